namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Words that point to a PPKS category, in Indonesian as posted, Javanese and Madurese. Three
/// targets depend on who the person is, which <see cref="SubjectAge"/> decides: "@kekerasan"
/// (a child victim of violence is anak_korban_kekerasan), "@telantar" (a neglected toddler, child
/// or old person each has a category) and "@disabilitas" (a child's disability is anak_disabilitas).
/// </summary>
public static class CategoryCues
{
    public const string Violence = "@kekerasan", Neglect = "@telantar", Disability = "@disabilitas";

    public static readonly IReadOnlyList<Cue> All =
    [
        // mental illness and disability (pasung is penyandang_disabilitas with the flag)
        new("odgj", Disability, 3), new("gangguan|ganggoan|gangguen … jiwa", Disability, 3), new("sakit|sakek|sake … jiwa", Disability, 3),
        new("skizofrenia|schizophrenia|skizo|psikotik|psikosis|bipolar", Disability, 3), new("stres|stress|depresi", Disability, 0.8),
        new("gila|edan|sinting|gendeng|kenthir", Disability, 1.5), new("ngamuk|mengamuk", Disability, 1), new("halusinasi|ngelantur|linglung", Disability, 0.6),
        new("dipasung|pasung|dirantai|dirante|dipasong|pasong", Disability, 2.5), new("dikurung|dikerangkeng|dikrangkeng", Disability, 1.5), new("rsj", Disability, 1.5),
        new("disabilitas|difabel|penyandang|cacat|tunanetra|tunarungu|tunawicara|tunadaksa|tunagrahita", Disability, 2.5),
        new("lumpuh|kursi roda|stroke|buta|tuli|bisu|autis|autisme|down syndrome|cerebral palsy|keterbelakangan mental", Disability, 2),
        new("tidak|gak|ga … bisa jalan", Disability, 1.2), new("amputasi|diamputasi|kaki palsu", Disability, 2),
        // elderly
        new("lansia|manula|jompo|renta|sepuh|lanjut usia", "lanjut_usia_telantar", 2.5), new("pikun|pikoen|pikunen", "lanjut_usia_telantar", 1.5),
        new("mbah|nenek|kakek|mbok|embah|simbah|mbah2|nini|aki|kakung|uti|nyai|eyang", "lanjut_usia_telantar", 1.2),
        new("tinggal|urip|hidup|tidur|tidoer … sendiri|sendirian|dewean|dewekan|dhibik|sebatang kara", Neglect, 2),
        new("ditelantarkan|telantar|terlantar|ditinggal|dibuang|diusir|tidak ada yang ngurus|ga ada yg ngurus|gak ada yg ngurus", Neglect, 2),
        new("tidak|gak|ga|tak … ada … keluarga|anak", Neglect, 1), new("tidak punya anak", Neglect, 1.5), new("ora|gak|tidak … mangan|makan", Neglect, 1),
        // children
        new("balita|bayi|batita|baduta", "anak_balita_telantar", 2.5), new("gizi buruk|stunting|kurang gizi|busung lapar", "anak_balita_telantar", 2.5),
        new("putus sekolah|tidak sekolah|gak sekolah|ga sekolah|ndak sekolah", "anak_telantar", 1.2), new("yatim|piatu|yatim piatu", "anak_telantar", 1.5),
        new("hidup berdua|berdua di rumah|ditinggal orang tua|ditinggal ortu|tanpa orang tua", "anak_telantar", 2),
        new("anak jalanan|anjal|anak punk|punk|ngamen|mengamen|pengamen", "anak_jalanan", 2.5), new("perempatan|lampu merah|traffic light", "anak_jalanan", 0.8),
        new("anak berhadapan hukum|abh|tawuran|klitih|mencuri|nyolong|begal|ditahan polisi|pelaku anak", "anak_berhadapan_hukum", 2),
        new("perlindungan khusus|pernikahan anak|nikah dini|kawin anak|eksploitasi anak|pekerja anak", "anak_perlindungan_khusus", 2.5),
        new("dicabuli|pencabulan|pelecehan|diperkosa|pemerkosaan|disetubuhi|asusila|dilecehkan|digerayangi|pedofil", Violence, 3),
        // violence
        new("dipukul|dipukuli|mukul|memukul|dianiaya|penganiayaan|disiksa|menyiksa|ditendang|dihajar|digebuki|ditampar|dicekik|disiram", Violence, 2.5),
        new("kdrt|kekerasan|korban kekerasan|kekerasan dalam rumah tangga", Violence, 3), new("luka|berdarah|memar|lebam|bocor|melepuh", Violence, 0.8),
        new("majikan|majikannya", Violence, 0.8),
        // poverty, homelessness, begging, scavenging
        new("gelandangan|menggelandang|tunawisma|tidak punya rumah|gak punya rumah|ga punya rumah|tanpa rumah|tdk punya rumah", "gelandangan", 3),
        new("tidur|tinggal … emperan|teras|kolong|trotoar|pinggir jalan|pos ronda|emper|gerobak|bangku", "gelandangan", 2), new("luntang lantung|terlunta|terlunta lunta", "gelandangan", 2),
        new("pengemis|mengemis|ngemis|minta minta|meminta minta|pengemisnya|gepeng", "pengemis", 3),
        new("pemulung|mulung|memulung|rongsok|rongsokan|barang bekas|botol plastik|sampah", "pemulung", 2.2),
        new("miskin|kemiskinan|tidak mampu|kurang mampu|gak mampu|fakir|dhuafa|duafa|prasejahtera", "fakir_miskin", 1.5),
        new("phk|di phk|kena phk|nganggur|pengangguran|serabutan|kerja serabutan|buruh tani|ngontrak|nunggak|sembako|hutang|utang", "fakir_miskin", 1.2),
        new("rumah … roboh|reyot|bocor|retak|rusak", "fakir_miskin", 1.5), new("tidak layak huni|rtlh|bedah rumah", "fakir_miskin", 1.5),
        // drugs, HIV, trafficking, migrant workers, ex-prisoners, prostitution
        new("narkoba|narkotika|napza|nyabu|sabu|sabu2|putaw|ganja|pil koplo|koplo|pecandu|sakau|pil|obat terlarang|miras|mabuk|ngelem|lem", "korban_napza", 2.5),
        new("rehab|direhab|rehabilitasi|ipwl|bnn", "korban_napza", 1),
        new("odha|hiv|aids|arv|positif hiv|hiv+", "odha", 3.5),
        new("trafficking|perdagangan orang|tppo|dijual|sindikat|disekap|dijanjikan kerja|calo", "korban_perdagangan_orang", 2),
        new("dipaksa … melayani|kerja|menikah|jadi", "korban_perdagangan_orang", 2),
        new("pmi|tki|tkw|pekerja migran|buruh migran|paspor|dideportasi|deportasi|bp2mi|malaysia|saudi|arab|taiwan|hongkong|hong kong|brunei", "pekerja_migran_bermasalah", 1.5),
        new("mantan napi|eks napi|bekas napi|mantan narapidana|bebas dari lapas|keluar penjara|keluar lapas|residivis|warga binaan", "bekas_warga_binaan", 3),
        new("psk|pekerja seks|prostitusi|pelacur|lokalisasi|wts|open bo|mucikari|esek esek", "tuna_susila", 3),
        // disasters and social conflict
        new("banjir|longsor|tanah longsor|gempa|erupsi|lahar|tsunami|puting beliung|angin kencang|kebakaran|terbakar|kekeringan|rob|abu vulkanik|semeru|bencana", "korban_bencana_alam", 2.5),
        new("pengungsi|pengungsian|mengungsi|posko|dievakuasi|evakuasi", "korban_bencana_alam", 1.2),
        new("konflik|kerusuhan|bentrok|bentrokan|tawuran warga|carok|pengusiran|diusir warga|penggusuran|digusur", "korban_bencana_sosial", 2),
        // vulnerable women, families, minorities, remote communities
        new("janda|ditinggal suami|cerai|diceraikan|single parent|orang tua tunggal", "perempuan_rawan_sosial_ekonomi", 1.2),
        new("perempuan rawan|ibu rumah tangga miskin|kepala keluarga perempuan", "perempuan_rawan_sosial_ekonomi", 2.5),
        new("keluarga bermasalah|broken home|cekcok|bertengkar|ribut terus|sering bertengkar|perselingkuhan", "keluarga_bermasalah_psikologis", 2),
        new("minoritas|penghayat|ahmadiyah|syiah|diskriminasi|transgender|waria", "kelompok_minoritas", 2.5),
        new("suku terasing|komunitas adat|masyarakat adat|adat terpencil|pedalaman|suku pedalaman", "komunitas_adat_terpencil", 3),
    ];
}
