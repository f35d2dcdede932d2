namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// How soon someone must go. Emergency: life or body at risk now — bleeding, burns, wounds
/// festering under a chain, days without food, an abuser still there, people trapped by water.
/// High: harm that goes on without being acute — shackled for years, a neglected toddler
/// underweight, a child on the street at night, an old man lost. The rest is normal: a request
/// for aid, documents, a wheelchair. Words of time that end it ("sudah diamankan") lower it.
/// </summary>
public static class UrgencyCues
{
    public const string Emergency = "emergency", High = "high", Normal = "normal", Question = "question";

    public static readonly IReadOnlyList<Cue> All =
    [
        new("darurat|urgent|urgen|gawat|sekarat|kritis|koma|pingsan|tidak sadar|gak sadar|kejang|sesak napas|sesak nafas", Emergency, 3),
        new("tolong cepat|cepat tolong|segera ditolong|segera dijemput|tolong segera|segera ada|mohon segera|butuh segera|sekarang juga", Emergency, 2),
        new("berdarah|darah|kepalanya bocor|kepala bocor|patah|melepuh|luka bakar|disiram air panas|luka bernanah|bernanah|membusuk|belatung|lalernya|lalat", Emergency, 2.5),
        new("barusan|baru saja|tadi malam|tadi subuh|tadi pagi|semalam", Emergency, 0.8),
        new("masih ngamuk|masih mengamuk|masih di rumah itu|masih di rumah|masih di luar|mau bunuh|ancam bunuh|diancam|mengancam", Emergency, 1.5),
        new("masih tinggal … pelaku", Emergency, 1.5),
        // A shelter or aid "darurat" is the name of a thing, not a call for help.
        new("tenda darurat|tanggap darurat|bantuan darurat|posko darurat|rumah darurat|jembatan darurat", Emergency, -3),
        new("bayi dibuang|bayi ditemukan|membuang bayi|dibuang … bayi", Emergency, 2.5), new("lemas|lemes|lemah sekali|tidak bergerak|gak bergerak", Emergency, 1.5),
        new("hari|dino|dina|are … ora|tidak|gak|ga|belum|blm|tak … makan|mangan|ngakan", Emergency, 2.5),
        new("ora|tidak|gak|ga|belum|blm|tak … makan|mangan|ngakan … hari|dino|dina|are", Emergency, 2.5),
        new("gak|tidak|ga … mau makan sama sekali|makan sama sekali", Emergency, 2),
        new("menggigil|demam tinggi|badannya panas|panas tinggi|kedinginan|kehujanan|kelaparan", Emergency, 1.5),
        new("sakau parah|overdosis|od", Emergency, 2.5),
        new("belum bisa dievakuasi|belum dievakuasi|terjebak|terjebak banjir|di atas loteng|di atap|terseret|hanyut|tenggelam|orang tertimbun|warga tertimbun", Emergency, 2.5),
        new("bunuh diri|mau bunuh diri|gantung diri|minum racun|menyakiti diri", Emergency, 3),
        new("dipasung|pasung|dirantai|dirante|dikurung|dikrangkeng|diikat", High, 2.5),
        new("gizi buruk|stunting|kurang gizi|busung lapar", High, 2.5),
        new("tinggal|urip|hidup|tidur|tidoer … sendiri|sendirian|dewean|sebatang kara", High, 1),
        new("ditelantarkan|telantar|terlantar|tidak ada yang ngurus|ga ada yg ngurus|gak ada yg ngurus", High, 1.2),
        new("linglung|pikun|pikoen|hilang ingatan|tersesat|ga inget alamat|gak ingat alamat|lupa alamat", High, 2),
        new("pos ronda|kolong jembatan|emperan|gerobak", High, 1),
        new("trauma|pendampingan psikologis|depresi|ketakutan", High, 2), new("takut … nyari|mencari|balik|datang lagi", High, 1),
        new("dicabuli|pencabulan|diperkosa|pelecehan|dianiaya|dipukul|dipukuli|disiksa", High, 2),
        new("stroke|lumpuh total|sakit keras|sakit parah|sakit-sakitan|sakit sakitan|tbc|kanker", High, 1.5),
        new("putus minum arv|putus obat|putus arv|tidak minum obat|gak minum obat", High, 2.5),
        new("pengungsian|mengungsi|pengungsi|tertimbun pasir", High, 2),
        new("jam 11 malam|tengah malam|malam malam|dini hari|jam 12 malam|jam 1 malam", High, 2),
        new("ditahan|paspornya ditahan|disekap|kabur", High, 1.5),
        new("hidup berdua|berdua di rumah|belas kasihan tetangga|dari belas kasihan", High, 2),
        new("tidak punya|gak ada|ga ada … makan", High, 1.5), new("makan kadang|kadang tidak makan|kadang gak makan|makan kadang2", High, 1.5),
        new("belum ada yg ngurus|belum ada yang ngurus|belum ada yang mengurus|warga resah|meresahkan", High, 1),
        new("batuk|batuk terus|sesak|demam|sakitan", High, 1),
        new("ngamuk|mengamuk|ngamuk2", High, 0.8),
        // What an ordinary request sounds like: shown as the evidence of "normal".
        // A question about how to get help is not a call for it.
        new("mau tanya|syarat|gimana caranya|bagaimana caranya|caranya gimana|kemana ya|gimana ya", Question, 1),
        new("mohon bantuan|mohon dibantu|bantuan modal|kursi roda|bedah rumah|beasiswa|adminduk|ktp|bpjs|pbi|pelatihan|ditertibkan|dibina|mohon infonya|mau tanya|daftar|bansos|sembako|dipantau|ditindaklanjuti|tindak lanjut", Normal, 1),
    ];
}
