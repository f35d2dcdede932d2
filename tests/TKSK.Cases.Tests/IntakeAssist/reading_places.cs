using TKSK.Cases.IntakeAssist;

namespace TKSK.Cases.Tests.IntakeAssist;

/// <summary>The place in a post, in the ways posts write places. Posts are written here, not taken from the evaluation files.</summary>
public sealed class reading_places
{
    [Fact]
    public void desa_kecamatan_and_kabupaten_written_in_full_give_all_three_codes()
    {
        var place = Assistant.Read("Tulung min, ada mbah2 tinggal sendirian di Ds. Plumpungrejo kec. Wonoasri Madiun, ga ada yg ngurus 😢").Place!;
        Assert.Equal(("35", "35.19", "35.19.15", "35.19.15.2006"), (place.ProvinceCode, place.KabupatenCode, place.KecamatanCode, place.DesaCode));
        Assert.False(place.OutOfArea);
        Assert.True(place.Confidence >= 0.8, $"confidence {place.Confidence}");
    }

    [Theory]
    [InlineData("Nenek kami tidoer di emper Kel. Simolawang Kec. Simokerto Soerabaja", "35.78.11")]
    [InlineData("Banjir lagi di Kec. Kanor Bodjonegoro, warga mengungsi", "35.22.11")]
    [InlineData("Anak jalanan di kec. Lowokwaroe Kota Malang tiap malam", "35.73.05")]
    public void old_spellings_are_read_as_todays(string post, string kecamatan) =>
        Assert.Equal(kecamatan, Assistant.Read(post).Place?.KecamatanCode);

    [Theory]
    [InlineData("ODGJ dirantai di Ds. Sumber Gading, Kec. Sumberwringin, Bondowoso", "35.11.18.2002")]
    [InlineData("ODGJ dirantai di Ds. Sumbergading, Kec. Sumber Wringin, Bondowoso", "35.11.18.2002")]
    public void names_are_found_with_or_without_their_spaces(string post, string desa) =>
        Assert.Equal(desa, Assistant.Read(post).Place?.DesaCode);

    [Fact]
    public void a_misspelt_kecamatan_is_still_found() =>
        Assert.Equal("35.09.28", Assistant.Read("bapak dirantai bertahun2 di ds Sumberanget kec Ledokmbo Jember").Place?.KecamatanCode);

    [Theory]
    [InlineData("Dua bocah hidup berdua di Desa Kedungrejo Kec. Muncar Banyuwangi", "35.10.05.2002")]
    [InlineData("mas Heri warga Ds. Ngreco Kec. Kandat Kab. Kediri butuh obat", "35.06.05.2012")]
    public void a_desa_name_shared_by_several_kecamatan_is_settled_by_its_kecamatan(string post, string desa) =>
        Assert.Equal(desa, Assistant.Read(post).Place?.DesaCode);

    [Theory]
    [InlineData("Kami tinggal di Kec. Mojoroto Kota Kediri, adik sakau", "35.71", "35.71.01")]
    [InlineData("pemulung keliling Kec. Taman Kota Madiun", "35.77", "35.77.03")]
    [InlineData("warga Kel. Jrebeng Kidul, Kec. Wonoasih, KOTA Probolinggo dirantai", "35.74", "35.74.02")]
    [InlineData("ODGJ dirantai di kraksaan kab probolinggo", "35.13", "35.13.14")]
    public void kota_and_kabupaten_of_one_name_are_told_apart(string post, string kabupaten, string kecamatan)
    {
        var place = Assistant.Read(post).Place!;
        Assert.Equal((kabupaten, kecamatan), (place.KabupatenCode, place.KecamatanCode));
    }

    [Fact]
    public void kota_batu_is_the_kota_not_the_kecamatan_batu()
    {
        var place = Assistant.Read("Di Kota Batu makin banyak pengemis di tempat wisata").Place!;
        Assert.Equal("35.79", place.KabupatenCode);
        Assert.Null(place.KecamatanCode);
    }

    [Fact]
    public void a_kecamatan_named_like_its_kabupaten_needs_its_marker()
    {
        var marked = Assistant.Read("bapak tidur di emperan Kel. Mangundikaran, Kec. Nganjuk, Kab. Nganjuk").Place!;
        Assert.Equal(("35.18", "35.18.13"), (marked.KabupatenCode, marked.KecamatanCode));
        var bare = Assistant.Read("Seorang pria ODHA di Nganjuk diusir dari kontrakan").Place!;
        Assert.Equal("35.18", bare.KabupatenCode);
        Assert.Null(bare.KecamatanCode);
    }

    [Fact]
    public void of_two_places_the_one_told_in_full_is_where_the_person_is()
    {
        var place = Assistant.Read("Saya kerja di Surabaya, asli Jombang. Bulik saya masih dipasung di rumah, Desa Pasarlegi Kec. Sambeng Kab. Lamongan.").Place!;
        Assert.Equal("35.24.11", place.KecamatanCode);
    }

    [Fact]
    public void a_place_outside_east_java_keeps_its_real_codes_and_is_out_of_area()
    {
        var place = Assistant.Read("Saudara saya asal Djember kerja jadi ART di Kebon Jeruk, Jakarta Barat, sering dipukul majikan").Place!;
        Assert.Equal(("31", "31.73", "31.73.05"), (place.ProvinceCode, place.KabupatenCode, place.KecamatanCode));
        Assert.True(place.OutOfArea);
    }

    [Theory]
    [InlineData("Min mau tanya, adik saya sudah 2 tahun nyabu, kemana ya daftar rehab yg gratis? 🙏")]
    [InlineData("[Pesan berantai] mohon bantu sembako utk keluarga Pak Tarno, kena PHK, anak masih kecil2")]
    [InlineData("Kasian banget liat videonya, semoga cepat ditolong ya Allah 😭")]
    public void a_post_without_a_place_gets_no_place_at_half_confidence_or_more(string post) =>
        Assert.True(Assistant.Read(post).Place is null or { Confidence: < 0.5 });

    [Fact]
    public void alternatives_are_other_kecamatan_each_once_never_the_suggested_one()
    {
        var place = Assistant.Read("ada warga sakit jiwa dikurung di Desa Kebonsari, mohon dibantu").Place;
        if (place is null) return;
        var kecamatan = place.Alternatives.Select(a => a.KecamatanCode ?? a.KabupatenCode).ToList();
        Assert.DoesNotContain(place.KecamatanCode ?? place.KabupatenCode, kecamatan);
        Assert.Equal(kecamatan.Distinct().Count(), kecamatan.Count);
        Assert.Equal(place.Alternatives.OrderByDescending(a => a.Confidence).ToList(), place.Alternatives.ToList());
    }

    [Theory]
    [InlineData("Tolooong", "tolong")]
    [InlineData("Soerabaja", "surabaya")]
    [InlineData("Djember", "jember")]
    [InlineData("Tjilatjap", "cilacap")]
    [InlineData("anak2", "anak")]
    [InlineData("Pamékasan", "pamekasan")]
    public void words_are_compared_in_todays_spelling_without_case_accents_or_stretching(string word, string compared) =>
        Assert.Equal(compared, Spelling.Normalise(word));

    [Theory]
    [InlineData("kakak saya di Purwokerto kena PHK, anaknya 3", "33.02")]
    [InlineData("ODGJ terlantar di Singaraja, asal Banyuwangi", "51.08")]
    [InlineData("Ibu saya di Sampit sakit stroke sendirian", "62.02")]
    [InlineData("korban KDRT di Pamulang, Tangsel", "36.74")]
    [InlineData("di Soe, Kab TTS ada anak gizi buruk", "53.02")]
    public void a_town_or_short_form_is_the_kabupaten_everyone_means(string post, string kabupaten)
    {
        var place = Assistant.Read(post).Place!;
        Assert.Equal(kabupaten, place.KabupatenCode);
        Assert.True(place.OutOfArea);
    }

    [Theory]
    [InlineData("anak punk di Depok ngelem tiap malam", "32.76")]
    [InlineData("keluarga miskin di Wonosobo butuh bantuan", "33.07")]
    [InlineData("gelandangan di Semarang makin banyak", "33.74")]
    [InlineData("korban banjir di Padang butuh selimut", "13.71")]
    public void a_bare_city_name_is_that_city_not_a_kecamatan_or_desa_called_so_elsewhere(string post, string kabupaten) =>
        Assert.Equal(kabupaten, Assistant.Read(post).Place?.KabupatenCode);

    [Fact]
    public void a_kecamatan_named_after_its_kota_names_both_and_a_stray_origin_does_not_win()
    {
        var place = Assistant.Read("Ada anak jalanan jual tisu di Jl. Teuku Umar, Denpasar Barat sampai tengah malam. Logatnya kayak orang Jember.").Place!;
        Assert.Equal(("51.71", "51.71.03"), (place.KabupatenCode, place.KecamatanCode));
    }

    [Fact]
    public void gone_to_live_somewhere_is_where_they_are() =>
        Assert.Equal("64.72", Assistant.Read("ODHA asal Pasuruan yang merantau ke Samarinda Ulu, sekarang putus ARV").Place?.KabupatenCode);

    [Theory]
    [InlineData("Keluarga Pak Slamet di Kel. Sukun, Kota Malang butuh bantuan", "35.73.04.1005")]
    [InlineData("anak perempuan dibawa kabur di depan SD Kel. Bubutan, Surabaya", "35.78.13.1002")]
    public void a_kelurahan_named_like_its_kecamatan_is_read_as_the_kelurahan(string post, string desa) =>
        Assert.Equal(desa, Assistant.Read(post).Place?.DesaCode);

    [Fact]
    public void a_place_name_that_is_also_a_cue_word_is_still_a_place() =>
        Assert.Equal("35.78.07", Assistant.Read("Pengemis bawa bayi tiap malam di Genteng, Surabaya").Place?.KecamatanCode);
}
