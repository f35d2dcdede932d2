namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// How soon someone must go, by the labelling conventions. Emergency: life or safety at risk now —
/// bleeding, burns, a fracture, unconscious, days without food, violence or a weapon now, a threat
/// to kill or of suicide, an abandoned infant, people trapped or swept away, labour on the street.
/// High: serious but not immediate — shackled for years, meals now and then, sleeping rough, lost
/// and confused, abused again and again, off medication, displaced, held by a recruiter. Normal:
/// a question, a chronic need, a complaint. Pasung now is high by itself (<see cref="UrgencyJudge"/>).
/// "handled" words ("sudah diamankan", "sekarang dirawat di RSUD") take an emergency down to high;
/// "question" words ("gimana caranya", "apakah bisa") take a high down to normal.
/// </summary>
public static class UrgencyCues
{
    public const string Emergency = "emergency", High = "high", Normal = "normal", Question = "question", Handled = "handled", Chronic = "chronic";

    public static readonly IReadOnlyList<Cue> All =
    [
        // life at risk now
        new("darurat|urgent|urgen|gawat|sekarat|kritis|koma|pingsan|tidak sadar|gak sadar|ga sadar|tak sadarkan diri|tidak sadarkan diri|gak sadarkan diri|ora eling|kejang|kejang2|sesak napas|sesak nafas|susah napas|susah nafas|sulit bernapas|mulut berbusa|muntah darah|batuk darah|muntah terus|muntah2 terus|muntah ora mandek|gak berhenti muntah|tidak berhenti muntah|pendarahan|perdarahan|keracunan|dehidrasi", Emergency, 3),
        new("tergeletak|terkapar|tidak bergerak|gak bergerak|ga gerak|gak gerak", Emergency, 2.5),
        new("tolong cepat|cepat tolong|segera ditolong|segera dijemput|tolong segera|mohon segera|butuh segera|sekarang juga|secepatnya|cepetan|tolong cepetan|tulung cepet|help|sos", Emergency, 1.5),
        new("berdarah|bersimbah darah|keluar darah|banyak darah|darahnya|kepalanya bocor|kepala bocor|patah|patah tulang|tulang retak|rusuk retak|kepala retak|melepuh|luka bakar|disiram air panas|luka bernanah|bernanah|membusuk|luka busuk|belatung|lalernya|dikerubungi lalat|dirubung lalat|luka parah|luka berat|luka serius|luka tusuk|luka bacok|bonyok|babak belur|gigi copot|gigi rontok|giginya rontok|untune copot|menghitam|bengkak hitam|pelipis sobek|pelipisnya sobek|kepala sobek|bibir sobek|luka sobek|luka di kepala|robek|kepalanya robek|sobek", Emergency, 2.5),
        new("bajunya robek|baju robek|bajunya sobek|baju sobek|celana sobek|kertas sobek", Emergency, -2.5),
        new("patah hati|patah semangat", Emergency, -2.5),
        new("luka|lebam|memar|biru", Emergency, 1),
        new("barusan|baru saja|barusan aja|tadi malam|tadi subuh|tadi pagi|tadi siang|tadi sore|semalam|saat ini|detik ini|malam ini|hari ini", Emergency, 0.8),
        new("masih ngamuk|masih mengamuk|masih di rumah itu|masih di rumah|masih di luar|masih serumah|masih bersama pelaku|ditunggui|masih naik|terus naik", Emergency, 1.5),
        new("masih tinggal … pelaku", Emergency, 1.5),
        new("teriak minta tolong|jerit minta tolong|menjerit minta tolong|sedang dipukuli|lagi dipukuli|masih dipukuli|sedang dianiaya|lagi dihajar|sedang dihajar|lagi ngamuk|sedang mengamuk", Emergency, 2),
        new("bawa|membawa|pegang|memegang|ngacungin|mengacungkan|acungkan|nggowo|gowo … parang|celurit|clurit|arit|sajam|pisau|golok|senjata|pistol|samurai|linggis|kapak|sabit|pedang|bendo", Emergency, 3),
        new("mau bunuh|ancam bunuh|mengancam membunuh|arep mateni|mau membunuh|diancam dibunuh|ancam mateni|akan dibunuh|mau dibunuh|ngancam mateni|mateni|membunuh", Emergency, 2.5),
        new("diancam|mengancam|ngancam|ancaman", Emergency, 1),
        new("disetrum|disekap|dikurung|dianiaya … sekarang|skrg|saiki|saat ini", Emergency, 1.5), new("disetrum|dibakar hidup", Emergency, 2.5),
        new("bunuh diri|mau bunuh diri|gantung diri|minum racun|menyakiti diri|nyakitin diri|melukai diri|mengakhiri hidup|pengen mati|ingin mati|mau mati|pengen nyusul|nyusul bojoku|nyusul suami|nyusul istri|lompat dari|menyayat|nyayat|gorok", Emergency, 3),
        // A shelter or aid "darurat" is the name of a thing, not a call for help.
        new("tenda darurat|tanggap darurat|bantuan darurat|posko darurat|rumah darurat|jembatan darurat|dana darurat|kontak darurat|nomor darurat", Emergency, -3),
        new("bayi dibuang|bayi ditemukan|membuang bayi|bayi ditinggal|bayi diletakkan", Emergency, 4),
        new("dibuang|ditemukan|ditinggal|ditinggalkan|diletakkan|ditaruh … bayi|orok", Emergency, 2.5), new("bayi|orok … dibuang|ditemukan|ditinggal|ditinggalkan|diletakkan|ditaruh", Emergency, 2.5),
        // An abandoned newborn is an emergency even once someone has taken it in.
        new("tali pusar|tali pusarnya|masih merah|dalam kardus|dalam kresek|ari arinya", Emergency, 4),
        new("lemas|lemes|lemah sekali|sangat lemah|kondisi lemah|kondisinya lemah|lunglai|gak kuat bangun|tidak bisa bangun|gak bisa bangun", Emergency, 1.5),
        new("hari|dino|dina|are|ari … ora|tidak|gak|ga|belum|blm|tak|ta|durung … makan|mangan|ngakan|maem", Emergency, 2.5),
        new("ora|tidak|gak|ga|belum|blm|tak|ta|durung … makan|mangan|ngakan|maem … hari|dino|dina|are|ari", Emergency, 2.5),
        new("gak|tidak|ga … mau makan sama sekali|makan sama sekali", Emergency, 2),
        new("cuma minum air|hanya minum air|minum air gula|cuma minum|beras habis|gak ada makanan|tidak ada makanan|gak ada yg dimakan|tidak ada yang dimakan|gak ada yang bisa dimakan|belum makan dari kemarin|belum makan sejak|kelaparan", Emergency, 2),
        new("menggigil|demam tinggi|badannya panas|panas tinggi|panas 40|40 derajat|kedinginan|kehujanan|hipotermia", Emergency, 1.5),
        new("sakau parah|overdosis|od|over dosis|teler berat", Emergency, 2.5),
        new("belum bisa dievakuasi|belum dievakuasi|belum mau dievakuasi|terjebak|terjebak banjir|terkepung|di atas loteng|di atap|naik ke atap|terseret|hanyut|tenggelam|orang tertimbun|warga tertimbun|tertimbun longsor|belum ditemukan|hilang terseret", Emergency, 2.5),
        new("tertimpa … genteng|pohon|reruntuhan|tembok|bangunan|atap|kayu|batu|material", Emergency, 2.5),
        new("sepinggang|sedada|setinggi dada|setinggi leher|seleher|sepaha|air masuk rumah", Emergency, 1),
        new("dibakar|rumah dibakar|dibakar massa|dibakar warga|dirusak massa|korban jiwa|meninggal dunia|tewas", Emergency, 1),
        new("kontraksi|pecah ketuban|ketuban pecah|melahirkan di jalan|lahiran di jalan|mau melahirkan|akan melahirkan|mau lahiran|mules|mulas|kesakitan mau melahirkan", Emergency, 3),
        new("diare|mencret|muntah|muntaber|demam|panas|kejang|sesak|batuk sesak … hari|malam|hr", Emergency, 1.5), new("batuk sesak|sesak napas|sesak nafas|napasnya sesak", Emergency, 2.5),
        new("gak pulang|tidak pulang|belum pulang|ga pulang|hilang|belum ketemu|belum ditemukan|tidak ditemukan|gak ada kabar|hp mati|hpnya mati … hari|malam|jam|sejak", Emergency, 1.5),
        new("belum bisa dikeluarkan|belum dikeluarkan|masih di dalam|terperangkap|terkurung api|masih tertimbun", Emergency, 2.5),
        new("dikurung|disekap|ditahan … pacarnya|suaminya|pelaku|penculik|sama pacar", Emergency, 1.5),
        new("nyusul bapak|nyusul ibu|nyusul mama|nyusul ayah|nyusul almarhum|nyusul anak", Emergency, 3),
        // serious, not immediate
        new("gizi buruk|stunting|kurang gizi|busung lapar|kurus kering|kurus sekali|tinggal tulang|tinggal kulit|rambut jagung|perut buncit|berat badan kurang|bb kurang", High, 2.5), new("kurus|awake kuru|kuru", High, 1),
        new("tinggal|urip|hidup|tidur|tidoer|tedung|turu … sendiri|sendirian|dewean|dhewekan|dewekan|dhibi|dhibik|sebatang kara", High, 1),
        new("ditelantarkan|telantar|terlantar|tidak ada yang ngurus|ga ada yg ngurus|gak ada yg ngurus|ora ono sing ngurus|gak ada yang ngurus|ora ono sing ngopeni|gak mau ngurus|ditinggal|ditinggalkan|dibuang|diusir|ditolak", High, 1.2),
        new("linglung|pikun|hilang ingatan|tersesat|nyasar|kesasar|ga inget alamat|gak ingat alamat|lupa alamat|gak inget alamat|bingung|ilang|hilang|keluyuran", High, 1.5),
        new("tidur|turu|tinggal|numpang|tedung|hidup|menginap|nginep … emperan|teras|halte|kolong|trotoar|pos ronda|pos kamling|gerbong|masjid|musholla|musala|mushola|langgar|ruko|tenda|terpal|pinggir jalan|tanah|lantai|pasar|terminal|stasiun|jalanan|gerobak|makam|bangku", High, 1),
        new("pos ronda|kolong jembatan|emperan|gerobak|gelandangan|tunawisma|luntang lantung|terlunta", High, 0.5),
        new("trauma|pendampingan psikologis|depresi|histeris|mengurung diri|ngurung diri|gak mau keluar kamar|tidak mau keluar|dikucilkan|dendam|stres berat", High, 1.5),
        new("takut|takutnya|khawatir|was was", High, 0.6), new("ketakutan", High, 1),
        new("takut … nyari|mencari|balik|datang lagi|kembali|ketahuan", High, 1),
        new("dicabuli|pencabulan|diperkosa|pemerkosaan|pelecehan|dilecehkan|dianiaya|dipukul|dipukuli|disiksa|dicubit|dijewer|dihajar|ditampar|disetubuhi|dihamili|dipegang|dibully|mukulin|mukul|memukul|kdrt|dikeroyok|diinjak|disundut|ditendang|dikatain|digebuki|siksa", High, 2),
        new("stroke|lumpuh total|sakit keras|sakit parah|sakit sakitan|sakitan|tbc|tb paru|kanker|tumor|gagal ginjal|cuci darah|jantung|sesak|diare|muntaber|gatal|gatel|infeksi|bengkak|borok|koreng", High, 1.5),
        new("batuk|demam|pilek|sakit|meriang", High, 0.8),
        new("putus minum arv|putus obat|putus arv|tidak minum obat|gak minum obat|ga minum obat|obat habis|obatnya habis|putus minum obat|gak mau minum obat|tidak mau minum obat|cd4", High, 2.5),
        new("pengungsian|mengungsi|pengungsi|ngungsi|huntara|tenda|terpal|tertimbun pasir|kehilangan rumah|rumah hancur|ludes|hanyut|rata dengan tanah|ambles", High, 1), new("roboh|ambruk|ambrol", High, 0.8),
        new("jam 11 malam|jam 11 malem|tengah malam|malam malam|malem malem|dini hari|jam 12 malam|jam 12 malem|jam 1 malam|jam 1 malem|sampai malam|sampe malem|sampai malem|sampe malam|larut malam", High, 1.5), new("tiap malam|tiap malem|malam2|malem2", High, 0.8),
        new("ditahan|paspornya ditahan|paspor ditahan|disekap|kabur|dipaksa|gak boleh pulang|tidak boleh pulang|gak boleh keluar|tidak boleh keluar|gak digaji|tidak digaji|dijerat utang|terjerat utang|hp disita|disita", High, 1.5),
        new("hidup berdua|berdua di rumah|belas kasihan tetangga|dari belas kasihan|sendirian di kamar|ditinggal sendirian|tinggal bertiga|hidup bertiga", High, 2),
        new("tidak punya|gak ada|ga ada|gak punya|ora ono|ora duwe … makan|beras|mangan", High, 1.5),
        new("makan kadang|kadang tidak makan|kadang gak makan|makan kadang2|kadang ada kadang|makan sehari sekali|makan sekali sehari|sehari sekali|nasi aking|nasi sisa|gak cukup buat makan|gak cukup makan|tidak cukup makan|gak ada yg dimasak|gak ada yang dimasak|dikasih tetangga|dari tetangga|dikirim tetangga|berri tatangga|e berri|mangan mung|makan kalau ada|lupa makan|gak sarapan|minta makan|makan seadanya", High, 2),
        new("hampir|nyaris|meh … ketabrak|tertabrak|tenggelam|jatuh|mati|terbakar|dibunuh|diperkosa", High, 2), new("membenturkan kepala|membentur benturkan|jedotin kepala|mukul kepalanya sendiri|melukai dirinya", High, 2),
        new("belum ada yg ngurus|belum ada yang ngurus|belum ada yang mengurus|belum ada tindakan|belum ditangani|belum tertangani|warga resah|meresahkan|mbahayani|membahayakan|bahaya|berbahaya|mengganggu warga", High, 1.2),
        new("ngamuk|mengamuk|ngamuk2|ngamok|kambuh|kumat", High, 0.8),
        new("gak bisa dihubungi|tidak bisa dihubungi|hilang kontak|ilang kontak|hilang sejak|pergi dari rumah|kabur dari rumah|dicari|tidak ada kabar|gak ada kabar|ora ono kabar", High, 1.5),
        new("hamil|mengandung", High, 1),
        new("digusur|dikucilkan|diasingkan|ditolak warga|ditolak keluarga|diusir warga|diusir dari", High, 1.2),
        new("jenazah … belum|ditahan|tertahan|ditolak|gak bisa|tidak bisa", High, 2),
        new("gak punya biaya berobat|tidak punya biaya berobat|gak ada biaya berobat|gak berani ke rs|tidak berani ke rs|gak ada uang berobat|tidak ada biaya ke rs|belum diperiksa|belum berobat|gak pernah diperiksa|ora tau diperiksakno|gak ada biaya ke rs|gak punya uang ke rs|gak punya bpjs|tidak punya bpjs", High, 1.5),
        new("kehujanan|kena hujan|kepanasan|kena panas|panas dingin|kena angin", High, 1),
        new("bertahun|bertahun tahun|bertahun2|sudah lama|udah lama|wis suwe|wis suwi|la lambek|sejak lama", High, 0.6),
        new("ngelem|mabuk lem|nyedot lem|teler|sakau|kecanduan", High, 1.5),
        new("dipalak|malak|memalak|eksploitasi|dieksploitasi|dijual|dijadikan alat|dijadikan pengemis|disuruh setor|disuruh kerja|disuruh ngemis", High, 1),
        // what lowers: handled, or asked about
        new("sudah diamankan|sudah ditangkap|sudah ditahan|sudah ditangani|sudah dirawat|sedang dirawat|kini dirawat|sekarang dirawat|masih dirawat|dirawat di|sudah dibawa|sudah dipulangkan|sudah didampingi|sudah dievakuasi|sudah aman|sudah ditolong|sudah diberi makan|diberi makan warga|di puskesmas|di rsud|di igd|sudah di rs|diamankan di|sudah dijahit|dijahit|sudah diobati|diobati|di shelter|di rumah aman|di upt|di uptd|sudah diselamatkan|diselamatkan|sudah dikubur|sudah dimakamkan", Handled, 2),
        new("mau tanya|syarat|syaratnya|gimana caranya|bagaimana caranya|caranya gimana|kemana ya|gimana ya|apakah|apa bisa|apa benar|bisa gak|bisa nggak|bisa ga|ada gak|adakah|bener gak|benarkah|kapan|nanya|tanya|mohon info|minta info|info dong|gimana cara|harus kemana|harus gimana|cara lapor|cara ngurus|bisa dapat", Question, 1.5),
        new("modal usaha|bantuan modal|pelatihan|beasiswa|bedah rumah|kursi roda|alat bantu|kaki palsu|adminduk|akta|reintegrasi|lapangan kerja|pekerjaan|sosialisasi|pendataan|didata|data ulang|program pencegahan", Chronic, 1),
        new("mohon bantuan|mohon dibantu|bantuan modal|modal usaha|kursi roda|bedah rumah|beasiswa|adminduk|ktp|kk|bpjs|pbi|pelatihan|ditertibkan|dibina|mohon infonya|daftar|bansos|sembako|dipantau|ditindaklanjuti|tindak lanjut|diusulkan|usulan|verifikasi|dtks|pkh|kip|alat bantu|terapi|konseling|pendampingan|modal|data ulang|didata|pendataan|razia|ditertibkan|perhatian|diperhatikan", Normal, 1),
    ];
}
