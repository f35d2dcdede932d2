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
}
