using TKSK.Cases.IntakeAssist;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Tests.IntakeAssist;

public sealed class reading_category_pasung_urgency
{
    [Theory]
    [InlineData("ODGJ sudah 6 tahun dipasung sama keluarganya di kamar belakang")]
    [InlineData("tetanggaku wis limang taun sikile dirante nang kamar mburi, jare gangguan jiwa")]
    [InlineData("binik 40 taon ganggoan jiwa, e pasung e dalem bilik sampe 5 taon")]
    [InlineData("pemuda sakit jiwa sudah 4 tahun dikurung di kandang bekas sapi")]
    [InlineData("Kakinya diikat balok kayu sejak 2019 krn sering mengamuk")]
    public void confinement_now_is_pasung_whatever_the_words(string post)
    {
        var answer = Assistant.Read(post);
        Assert.True(answer.Pasung.Value);
        Assert.NotEmpty(answer.Pasung.Evidence);
        Assert.Equal("penyandang_disabilitas", answer.Category?.Code);
    }

    [Theory]
    [InlineData("mas Heri dulu pernah dipasung tapi sudah dilepas thn 2022 setelah dirawat di RSJ Lawang. Sekarang butuh BPJS")]
    [InlineData("Gak ada yg dipasung kok, cuma ODGJ yg suka jalan2 di pasar")]
    [InlineData("Semoga ada beasiswa biar rantai kemiskinan ini putus")]
    [InlineData("[Pesan berantai] mohon doanya untuk keluarga Pak Tarno")]
    [InlineData("Mbah Kasiman tinggal sendirian di bekas kandang kambing milik tetangga")]
    [InlineData("Dia dijanjikan kerja di kafe, ternyata disekap di mess")]
    public void released_denied_or_figurative_confinement_is_not_pasung_now(string post) =>
        Assert.False(Assistant.Read(post).Pasung.Value);

    [Fact]
    public void a_past_pasung_shows_the_words_that_say_it_is_over()
    {
        var pasung = Assistant.Read("dulu pernah dipasung tapi sudah dilepas thn 2022").Pasung;
        Assert.False(pasung.Value);
        Assert.Contains(pasung.Evidence, e => e.Text.Contains("dipasung"));
    }

    [Theory]
    [InlineData("anak umur 7 tahun dipukul pakai gagang sapu sama bapak tirinya", "anak_korban_kekerasan")]
    [InlineData("ibu Rohmah (29) barusan dipukuli suaminya pakai kayu", "korban_tindak_kekerasan")]
    [InlineData("Balita 2 tahun beratnya cuma 6 kg (gizi buruk)", "anak_balita_telantar")]
    [InlineData("mbah Painem (80an) urip dewean, wis rong dino ora mangan", "lanjut_usia_telantar")]
    [InlineData("banyak pengemis di tempat wisata pas weekend", "pengemis")]
    [InlineData("seorang pria ODHA (HIV+) diusir dari kontrakan, putus minum ARV", "odha")]
    public void the_category_follows_the_cues_and_who_the_person_is(string post, string category) =>
        Assert.Equal(category, Assistant.Read(post).Category?.Code);

    [Theory]
    [InlineData("anak dipukul sampai kepalanya bocor, masih di rumah itu", Urgency.Emergency)]
    [InlineData("mbah urip dewean, wis rong dino ora mangan", Urgency.Emergency)]
    [InlineData("ODGJ dipasung bertahun-tahun di gubuk", Urgency.High)]
    [InlineData("Mohon bantuan kursi roda utk adik kami yang lumpuh", Urgency.Normal)]
    public void urgency_follows_its_cues(string post, Urgency urgency) =>
        Assert.Equal(urgency, Assistant.Read(post).Urgency.Value);

    [Fact]
    public void evidence_indexes_are_utf16_positions_in_the_text_as_sent_emoji_included()
    {
        // Each emoji is two UTF-16 units (a surrogate pair), as in JavaScript: the indexes must count them so.
        const string post = "😢😢 TOLONG!! ODGJ dirantai 🙏 di Ds. Sumberanget kec Ledokombo Jember, luka bernanah 😭";
        var answer = Assistant.Read(post);
        var all = answer.Place!.Evidence.Concat(answer.Category!.Evidence).Concat(answer.Pasung.Evidence).Concat(answer.Urgency.Evidence).ToList();
        Assert.NotEmpty(all);
        foreach (var e in all) Assert.Equal(post.Substring(e.Start, e.End - e.Start), e.Text);
        Assert.Contains(answer.Place.Evidence, e => e.Text == "Ds. Sumberanget" && e.Start == post.IndexOf("Ds.", StringComparison.Ordinal));
        Assert.Contains(answer.Pasung.Evidence, e => e.Text == "dirantai" && e.Start == post.IndexOf("dirantai", StringComparison.Ordinal));
    }

    // The kinds of cue added after a second set of posts, written by another hand, showed how others write.

    [Theory]
    [InlineData("Ada warga yang kena pasung di dusun kami sejak ibunya meninggal")]
    [InlineData("Oreng ghila e kerrong e kandang sape, la tello taon")]
    [InlineData("Mas Jono skizofrenia, keluarganya membuatkan kandang dari besi di belakang rumah")]
    [InlineData("Tetangga saya yang sakit jiwa pintunya dikunci dari luar sama keluarganya sudah setahun")]
    [InlineData("Pak Kades lapor warganya gangguan jiwa berat dipancang di pohon nangka belakang rumah")]
    [InlineData("klien yg kami bebaskan tahun lalu dipasung ulang oleh keluarga sejak 2 minggu lalu krn kambuh")]
    [InlineData("ODGJ kakinya dimasukkan ke kayu berlubang, keluarga takut kalau dilepas dia ngamuk lagi")]
    public void pasung_told_without_the_usual_words_or_done_again_is_pasung_now(string post) =>
        Assert.True(Assistant.Read(post).Pasung.Value, post);

    [Theory]
    [InlineData("Tolong, kakak saya dikurung suaminya di rumah, HP diambil, sering dipukul")]
    [InlineData("Anak tetangga umur 8 th sering dikunci di kamar mandi semalaman sama ibu tirinya")]
    [InlineData("Adik saya ditampung di penampungan sponsor, sudah 3 bulan gak boleh keluar")]
    [InlineData("Di panti rehab ilegal itu banyak pasien narkoba dirantai kakinya")]
    [InlineData("Tolong, nenek pikun tinggal sama 6 anjing yang dirantai di teras")]
    [InlineData("Hingga Oktober, Dinsos mencatat 128 ODGJ masih dipasung di 38 kabupaten/kota")]
    [InlineData("Kreativitas guru terpasung birokrasi, anak2 jadi korban")]
    [InlineData("Hoaks! Video ODGJ dirantai yang beredar itu bukan di desa kami")]
    public void confinement_of_someone_not_ill_by_an_institution_of_an_animal_counted_figurative_or_a_hoax_is_not_pasung(string post) =>
        Assert.False(Assistant.Read(post).Pasung.Value, post);

    [Theory]
    [InlineData("Bapak mertua bilang kalau ngamuk lagi mau dirantai aja, saya gak tega")]
    [InlineData("Mas Teguh kambuh lagi, takutnya nanti dipasung lagi sama keluarganya")]
    [InlineData("Jangan sampai ada lagi ODGJ yang dipasung di desa kami")]
    [InlineData("keluarga minta dikunjungi sebelum dipasung lagi")]
    [InlineData("Cak Ipul yg 4 tahun lalu dipasung sekarang sudah kerja jadi tukang parkir")]
    [InlineData("Bu Sulis sudah dievakuasi dari pasung hari ini dan dirawat di RSJ Menur")]
    [InlineData("Dulu waktu kecil saya lihat tetangga dipasung, sekarang sudah tidak ada")]
    [InlineData("berita soal warga dipasung itu TIDAK BENAR, dia rutin ambil obat")]
    public void pasung_threatened_feared_hoped_against_past_released_or_denied_is_not_pasung_now(string post)
    {
        var pasung = Assistant.Read(post).Pasung;
        Assert.False(pasung.Value, post);
        Assert.NotEmpty(pasung.Evidence);
    }

    [Theory]
    [InlineData("Saya korban KDRT 6 tahun, sekarang sudah cerai tapi mantan suami masih mengancam", "korban_tindak_kekerasan")]
    [InlineData("Adik2 saya tiga orang (13, 10, 7) tinggal sendiri sejak bapak meninggal", "anak_telantar")]
    [InlineData("Orang tua ngaku gak sanggup ngurus anaknya yg autis berat (15 th)", "anak_disabilitas")]
    [InlineData("Anak umur 2 taun ditinggal ibunya ke Malaysia, bapaknya kawin lagi", "anak_balita_telantar")]
    [InlineData("Tiap pagi ada 2 bocah umur 10an minta2 di lampu merah, ortunya nunggu di warung", "anak_jalanan")]
    [InlineData("Bapak2 pengamen di perempatan tiap hari maksa minta uang", "pengemis")]
    [InlineData("Banyak anak 13-15 th kerja malam sebagai pemandu karaoke", "anak_perlindungan_khusus")]
    [InlineData("anak tetangga baru lulus SD (12 th) mau dinikahkan sama duda", "anak_perlindungan_khusus")]
    [InlineData("Bocah umur 13 dituduh nyolong HP, sekarang ditahan polisi", "anak_berhadapan_hukum")]
    [InlineData("Suami saya kalau mabuk suka nampar saya dan nendang", "korban_tindak_kekerasan")]
    [InlineData("Saya ibu 4 anak, suami di penjara, kerja buruh cuci", "perempuan_rawan_sosial_ekonomi")]
    [InlineData("Dulu sempat ditahan 2 tahun, sekarang sudah bebas, mau kerja ditolak terus", "bekas_warga_binaan")]
    [InlineData("Ebu Misna, reng towa 85 taon, tedung dhibi' e roma se la rosak", "lanjut_usia_telantar")]
    [InlineData("Rumah tangga tetangga tiap hari geger, suami istri saling lempar barang", "keluarga_bermasalah_psikologis")]
    [InlineData("Warga Suku Tengger di lereng paling atas belum dapat listrik", "komunitas_adat_terpencil")]
    [InlineData("pak, sy baru tau reaktif di tes VCT, takut keluarga tau", "odha")]
    public void the_category_is_read_from_how_people_say_it_and_who_it_is_about(string post, string category) =>
        Assert.Equal(category, Assistant.Read(post).Category?.Code);

    [Theory]
    [InlineData("Ibu saya kabur dari rumah pagi tadi, sempat bilang mau nyusul bapak", Urgency.Emergency)]
    [InlineData("bocah umur 5 th barusan disundut rokok, bapaknya bawa parang", Urgency.Emergency)]
    [InlineData("bayi masih ada tali pusarnya ditemukan dalam kardus, sekarang di puskesmas", Urgency.Emergency)]
    [InlineData("perempuan hamil tua tiduran di emperan ruko, katanya udah mules dari tadi", Urgency.Emergency)]
    [InlineData("anakku muntah2 ora mandek habis ngombe oplosan", Urgency.Emergency)]
    [InlineData("sudah 4 hari suami gak pulang, beras habis, anak kelaparan", Urgency.High)]
    [InlineData("ODGJ keluyuran di jalan raya, sudah 2x hampir ketabrak truk", Urgency.High)]
    [InlineData("korban patah tangan, kini dirawat di RSUD", Urgency.High)]
    [InlineData("dulu pernah dipasung, sekarang sudah bebas dan minta bantuan modal", Urgency.Normal)]
    [InlineData("korban kebakaran pasar, mohon bantuan modal usaha", Urgency.Normal)]
    public void urgency_follows_what_is_happening_now(string post, Urgency urgency) =>
        Assert.Equal(urgency, Assistant.Read(post).Urgency.Value);

    [Fact]
    public void pasung_now_is_high_and_its_words_are_why()
    {
        var answer = Assistant.Read("Sepupu saya gangguan jiwa, tangan dan kakinya diikat tambang di dipan");
        Assert.True(answer.Pasung.Value);
        Assert.Equal(Urgency.High, answer.Urgency.Value);
        Assert.Contains(answer.Urgency.Evidence, e => e.Text.Contains("diikat"));
    }
}
