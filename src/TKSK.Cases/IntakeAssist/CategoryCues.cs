namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Words that point to a PPKS category, in Indonesian as posted, Javanese and Madurese. Several
/// targets depend on who the person is, which <see cref="SubjectAge"/> decides: "@kekerasan" (a
/// child victim of violence is anak_korban_kekerasan), "@telantar" (a neglected toddler, child or
/// old person each has a category), "@disabilitas" and "@jiwa" (a child's disability is
/// anak_disabilitas; "@jiwa" is mental illness or an intellectual disability, which is also what
/// makes a family's confinement pasung), "@jalanan" (a child busking is a street child, an adult a
/// beggar), "@hukum" (acts and words of the law: a child in conflict with it), and "@anak:code"
/// (a cue that means that category only when the person is a child: a pregnancy, night work).
/// Weights: 3 a word that names the category, 2 a strong sign, 1 a hint, below 1 context.
/// </summary>
public static class CategoryCues
{
    public const string Violence = "@kekerasan", Neglect = "@telantar", Disability = "@disabilitas", Mental = "@jiwa",
        Street = "@jalanan", Law = "@hukum", ChildOnly = "@anak:";

    public static readonly IReadOnlyList<Cue> All =
    [
        // mental illness and intellectual disability (pasung is penyandang_disabilitas with the flag)
        new("odgj|odmk|skizofrenia|schizophrenia|skizo|skizofren|psikotik|psikosis|bipolar|paranoid|waham", Mental, 3),
        new("gangguan|ganggoan|gangguen|ganguan|ggn … jiwa|kejiwaan|mental|jiwane|jiwana|pikiran", Mental, 3),
        new("sakit|sakek|sake|lara|penyakit|kelainan … jiwa|kejiwaan|mental", Mental, 3), new("jiwanya terganggu|jiwane keganggu|mentalnya terganggu", Mental, 3),
        new("orang|org|wong|oreng|reng|uwong … gila|ghila|edan|gendeng|gendheng|sinting|stres|stress|setres|kenthir", Mental, 3),
        new("kurang|tidak|gak|ga|nggak|ora|ta|tak … waras", Mental, 3), new("gila|ghila|edan|gendeng|gendheng|sinting|kenthir|miring otaknya", Mental, 1.5),
        new("stres|stress|setres|strees … berat", Mental, 2.5), new("depresi|depresi berat|depresif", Mental, 1.5), new("stres|stress|setres", Mental, 0.8),
        new("ngomong|bicara|ngoceh|ketawa|tertawa|senyum|teriak|ngobrol|omong|ngomel … sendiri|dewe|dhewe|dhibi", Mental, 2),
        new("halusinasi|berhalusinasi|bisikan|mendengar bisikan|dengar bisikan|ngelantur|linglung", Mental, 1),
        new("kambuh|kumat|kambuhan|kumatan|relaps", Mental, 1.2), new("ngamuk|mengamuk|ngamuk2|ngamok", Mental, 1),
        new("rsj|rumah sakit jiwa|psikiater|poli jiwa|obat jiwa|obat penenang|menur|radjiman|lawang", Mental, 1.5),
        new("keterbelakangan mental|disabilitas intelektual|disabilitas mental|tunagrahita|tuna grahita|retardasi|idiot|cacat mental|lemah mental", Mental, 3),
        new("telanjang|bugil|ora nganggo klambi|gak pakai baju|tanpa busana", Mental, 1.2),
        new("dipasung|pasung|dirantai|dirante|dipasong|pasong|pasungan|terpasung|dikerangkeng|dikrangkeng", Mental, 2.5),
        // physical and sensory disability
        new("disabilitas|difabel|penyandang disabilitas|cacat|tunanetra|tunarungu|tunawicara|tunadaksa|tuna netra|tuna rungu|tuna wicara|tuna daksa", Disability, 2.5),
        new("netra|buta|tuli|bisu|budeg|budek|lumpuh|lumpuh layu|polio|autis|autisme|down syndrome|sindrom down|cerebral palsy|hidrosefalus|hydrocephalus|hidrocefalus", Disability, 2.5),
        new("kursi roda|alat bantu dengar|kaki palsu|tangan palsu|kruk|slb|sekolah luar biasa|bahasa isyarat|braille|alat bantu", Disability, 2),
        new("amputasi|diamputasi|teramputasi", Disability, 2.5), new("kaki|tangan|sikil|tangane … putus|diamputasi|bengkok|cacat|layuh|mengecil", Disability, 2),
        new("tidak|gak|ga|ora|ta|belum|blm|nggak … bisa|iso|isa … jalan|mlaku|berjalan|melihat|ndelok|mendengar|bicara|ngomong|duduk|gerak|bergerak", Disability, 1.5),
        new("stroke|struk|separuh badan|setengah badan|lumpuh separuh|lumpuh total|kelumpuhan", Disability, 1.5),
        new("sejak lahir|bawaan lahir|cacat bawaan|kelainan bawaan", Disability, 1), new("terapi|fisioterapi", Disability, 0.5),
        // old people
        new("lansia|manula|jompo|lanjut usia|usia lanjut|renta|uzur|reng towa|oreng towa|wong tuwo|werdha|wreda|werda|karang werda|posyandu lansia|permakanan", "lanjut_usia_telantar", 2.5),
        new("pikun|pikoen|pikunen|demensia|dimensia|alzheimer|kerep lali|pelupa|lali omah", "lanjut_usia_telantar", 2),
        new("mbah|nenek|kakek|embah|simbah|mbah2|nini|aki|kakung|uti|eyang|mbah putri|mbah kakung|mbah uti|buyut|veteran|kaki nini|kek|nek", "lanjut_usia_telantar", 1.2),
        new("tua|tuwo|tuwek|sepuh|towa|sepuh sanget", "lanjut_usia_telantar", 0.6),
        // neglect, whoever it is of
        new("tinggal|urip|hidup|tidur|tidoer|tedung|turu … sendiri|sendirian|dewean|dhewekan|dewekan|dhewe|dhibik|dhibi|dibik|sebatang kara", Neglect, 2),
        new("sebatang kara|hidup sendiri|tanpa keluarga|tak andi sanak|gak punya siapa2|tidak punya siapa siapa|gak punya siapa siapa", Neglect, 2.5),
        new("ditelantarkan|telantar|terlantar|ditinggal|ditinggalkan|dibuang|ditolak keluarga|diusir|dioper oper|dioper", Neglect, 2),
        new("tidak|gak|ga|ora|ta|tak|nggak|ndak … diurus|diopeni|dirawat|dipedulikan|diperhatikan|dinafkahi|eropeni|dijenguk", Neglect, 2),
        new("tidak|gak|ga|ora|tak|nggak|ndak … ada|ono|onok|bada … yang|yg|sing|se … ngurus|mengurus|ngurusi|merawat|ngopeni|ngerawat|peduli|gelem|mau", Neglect, 2.5),
        new("gak|tidak|ga|ora|nggak|ndak … mau|gelem … ngurus|mengurus|ngurusi|merawat|ngopeni|peduli", Neglect, 2),
        new("tidak|gak|ga|tak|ora|nggak … ada|punya|duwe|andi … keluarga|anak|sanak|saudara|ana|keturunan|sedulur", Neglect, 1),
        new("tanpa keturunan|tidak punya anak|gak punya anak|ora duwe anak|ta andi ana|tak andi ana", Neglect, 1.5),
        new("ora|gak|tidak|ga|belum|blm|tak|ta … makan|mangan|ngakan|sarapan", Neglect, 1),
        new("nyasar|tersesat|kesasar|terpisah dari|mencari ibunya|nyari ibunya|mencari orang tuanya|nyari ortunya|gak inget rumahnya|lupa jalan pulang", Neglect, 1.5),
        new("gak bisa dihubungi|tidak bisa dihubungi|gak ada kabar|tidak ada kabar|hilang kontak|lost contact|gak pernah pulang|ora tau bali|tak toman mole", Neglect, 1.2),
        // toddlers and children
        new("balita|bayi|batita|baduta|orok|bayinya|jabang bayi", "anak_balita_telantar", 1.5),
        new("gizi buruk|stunting|kurang gizi|busung lapar|marasmus|kwashiorkor|gizi kurang|berat badan kurang|bb kurang|rambut jagung|perut buncit|kurus kering", "anak_balita_telantar", 2.5),
        new("tali pusar|tali pusarnya|ari ari|masih merah|dalam kardus|dalam kresek|dalam tas", "anak_balita_telantar", 2.5),
        new("bayi|orok|jabang … dibuang|ditemukan|ditinggal|ditinggalkan|ditelantarkan|diletakkan|ditaruh|dititipkan|dicampakkan", "anak_balita_telantar", 3),
        new("imunisasi|posyandu|pmt|susu formula|asi", "anak_balita_telantar", 0.8),
        new("putus sekolah|tidak sekolah|gak sekolah|ga sekolah|ndak sekolah|ora sekolah|berhenti sekolah|gak bisa sekolah|tidak bisa sekolah|ta sakola|tak sakola|bolos", "anak_telantar", 1.2),
        new("yatim|piatu|yatim piatu|yatim-piatu|panti asuhan|anak asuh", "anak_telantar", 1.5),
        new("hidup berdua|berdua di rumah|tinggal bertiga|hidup bertiga|ditinggal orang tua|ditinggal ortu|tanpa orang tua|ditinggal ibunya|ditinggal bapaknya|ditinggal ayahnya", "anak_telantar", 2),
        new("orang tua|ortu|ortunya|wong tuwane|ibunya|bapaknya|ayahnya|ibu|bapak … pergi|kabur|minggat|cerai|pisah|menikah lagi|nikah lagi|kawin lagi|dipenjara|di penjara|meninggal|gak jelas|entah", "anak_telantar", 1),
        new("diasuh|dirawat|ikut|dititipkan|numpang … nenek|kakek|mbah|buyut|bulik|paman|budhe|bude|tetangga|neneknya|kakeknya|mbahnya|buyutnya|pamannya", "anak_telantar", 1.2),
        new("akta kelahiran|gak punya akta|tidak punya akta|ora duwe akta|kip|kartu indonesia pintar", "anak_telantar", 0.8),
        // street children, beggars
        new("anak jalanan|anjal|anak punk|anak2 punk|bocah punk|arek punk|anak jalan", "anak_jalanan", 3),
        new("punk|ngamen|mengamen|pengamen|busker", Street, 2.5), new("nyanyi|nyanyi2 … lampu merah|perempatan|bus|angkot", Street, 1.5),
        new("jualan|jual|menjual|nawarin … tisu|koran|asongan|permen|kerupuk", Street, 1.5), new("semir sepatu|tukang semir|ngelap kaca|lap kaca|ojek payung|joki 3 in 1|pak ogah|polisi cepek", Street, 2),
        new("perempatan|lampu merah|traffic light|prapatan|bangjo|lampu abang|flyover|kolong jembatan|alun alun|alun|stasiun|terminal|pinggir jalan|jalanan", Street, 0.6),
        new("malak|memalak|nodong|ngelem|mabuk lem", Street, 0.8),
        new("pengemis|mengemis|ngemis|peminta|meminta minta|minta minta|ngemis2|gepeng|pengemisnya|ngemis", "pengemis", 3),
        new("minta|meminta … uang|receh|sedekah|belas kasihan|di jalan|di lampu|di perempatan|di pasar|di masjid|di pinggir|makan", "pengemis", 1.5),
        new("pura pura|pura … buta|pincang|cacat|sakit|lumpuh", "pengemis", 2), new("manusia silver|manusia badut|kostum badut|badut jalanan|manusia patung", "pengemis", 2.5),
        new("sedekah|belas kasihan|kaleng|mangkok|menadahkan tangan|tadah tangan", "pengemis", 0.8),
        // children in conflict with the law; children needing special protection
        new("anak berhadapan hukum|anak berhadapan dengan hukum|abh|anak berkonflik dengan hukum|diversi|bapas|lpka|lapas anak|pelaku anak", "anak_berhadapan_hukum", 3),
        new("tersangka|terdakwa|pelaku|pelakunya|dituduh|didakwa|diproses hukum|diproses polisi|diperiksa polisi|dilaporkan ke polisi|diciduk|ditangkap|tertangkap|diamankan polisi|ditahan polisi|di sel|sidang|divonis|dipenjara", Law, 1.5),
        new("bawa|membawa|nggowo … celurit|clurit|sajam|pisau|golok|parang|arit|pedang|samurai|gir", Law, 1.5),
        new("diamankan|ditangkap|dibawa|digelandang … polsek|polres|polisi|kantor polisi|satpol", Law, 1.5),
        new("tawuran|klitih|begal|membegal|nyolong|mencuri|curi|maling|jambret|menjambret|copet|mencopet|merampok|rampok|membacok|bacok|nyabet|sajam|senjata tajam|geng motor|gengster|konvoi|balap liar|nyerempet", Law, 2),
        new("perlindungan khusus|pernikahan anak|pernikahan dini|nikah dini|kawin anak|kawin muda|perkawinan anak|dispensasi kawin|dispensasi nikah|eksploitasi anak|pekerja anak|buruh anak|anak napiter|anak napi|anak narapidana|anak teroris|terpapar radikalisme|anak korban", "anak_perlindungan_khusus", 3),
        new("dinikahkan|dinikahi|dikawinkan|dijodohkan|mau dinikahkan|akan dinikahkan|nikahkan", ChildOnly + "anak_perlindungan_khusus", 2.5),
        new("kerja|bekerja|ikut|dipekerjakan|jadi … malam|kapal|perahu|melaut|tambang|pabrik|kuli|nelayan|karaoke|villa|kebun|sawah", ChildOnly + "anak_perlindungan_khusus", 1.2),
        new("hamil|hamil duluan|mengandung|melahirkan", ChildOnly + "anak_perlindungan_khusus", 1.5),
        new("dikucilkan|dibully|dirundung|diejek|ditolak sekolah|ditolak masuk", ChildOnly + "anak_perlindungan_khusus", 1),
        // violence and abuse
        new("dicabuli|pencabulan|cabul|mencabuli|pelecehan|dilecehkan|melecehkan|diperkosa|pemerkosaan|memperkosa|perkosa|disetubuhi|menyetubuhi|dirudapaksa|rudapaksa|asusila|digerayangi|pedofil|sodomi|disodomi|kekerasan seksual|dipegang|digrepe|grepe|dicium paksa|foto bugil|foto saru|foto telanjang|video asusila|vcs|sextortion|dihamili|menghamili|incest|inses", Violence, 3),
        new("dipukul|dipukuli|mukul|memukul|mukulin|dianiaya|penganiayaan|menganiaya|disiksa|menyiksa|siksa|ditendang|menendang|dihajar|menghajar|digebuki|digebukin|digebuk|ditampar|menampar|dicekik|mencekik|nyekik|disiram|disundut|diinjak|dijewer|dicubit|dicambuk|disabet|dikeroyok|mengeroyok|dibacok|ditusuk|dikepruk|dijotos|diantemi|diantem|ditempeleng|dikaploki|dipithes|disakiti|dilempar|dibanting|dijambak|disetrika|dipukuli|kekerasan fisik|dianiyaya|nampar|nendang|nonjok|ditonjok|njotos|ngantem|nabok|ditabok|nyiksa|ngeroyok|nganiaya|nggebuki|digebugi|mbacok|nusuk|nyakiti|menganiaya|dipukulin|ditendangi", Violence, 2.5),
        new("kdrt|kekerasan dalam rumah tangga|korban kekerasan|kekerasan|kekerasan psikis|tindak kekerasan", Violence, 3),
        new("diikat|diiket|ditali|dikurung|dikunci|disekap|digembok|dikunciin", Violence, 1.5),
        new("diculik|penculikan|menculik|dibawa kabur|dibawa lari|dilarikan", Violence, 1.5), new("diculik|penculikan|dibawa kabur|dibawa lari|dilarikan", ChildOnly + "anak_perlindungan_khusus", 2.5),
        new("hamil|dihamili|hamil duluan … pelaku|pelakunya|oleh|sama", Violence, 3),
        new("pelaku|pelakunya … ayah|bapak|paman|om|kakek|tetangga|guru|kakak|ayahnya|bapaknya|pamannya|kakeknya|tetangganya|gurunya|kakaknya|ayah tirinya|bapak tirinya|pacarnya", Violence, 2),
        new("luka|berdarah|memar|lebam|bocor|melepuh|bonyok|biru biru|babak belur|sobek|dijahit|patah|retak|rontok|copot|bengkak", Violence, 0.8),
        new("bullying|dibully|perundungan|dirundung|bully", Violence, 2), new("dikatain|dihina|dimaki|dicaci|dibentak|dimarahi|dikatai", Violence, 0.8),
        new("ngancam|mengancam|diancam|ancaman|teror|diteror|dendam|mateni|membunuh|dibunuh|mau bunuh|arep mateni", Violence, 1),
        new("majikan|majikannya", Violence, 0.5),
        // homeless
        new("gelandangan|menggelandang|tunawisma|tuna wisma|manusia gerobak|homeless|hidup di jalanan|hidup di jalan|liponsos|gelandangan psikotik", "gelandangan", 3),
        new("tidak|gak|ga|ora|tak|ta|nggak|tdk … punya|duwe|andi|memiliki|ada … rumah|tempat tinggal|omah|roma|tempat berteduh", "gelandangan", 3),
        new("tanpa rumah|tanpa tempat tinggal|gak punya tempat tinggal|tidak punya tempat tinggal", "gelandangan", 3),
        new("tidur|tiduran|rebahan|tinggal|turu|tedung|numpang tidur|menginap|bermalam|hidup|nginep|nginap … emperan|teras|kolong|trotoar|pinggir jalan|pos ronda|pos kamling|emper|gerobak|bangku|halte|gerbong|masjid|musholla|musala|mushola|langgar|ruko|terminal|stasiun|taman|jembatan|makam|kuburan|lapak|salon|jalanan|pasar|toko", "gelandangan", 2),
        new("luntang lantung|terlunta|terlunta lunta|keleleran|gelandang|ngemper", "gelandangan", 2),
        new("diusir|terusir|digusur … kontrakan|kos|kost|rumah kontrakan|pemilik rumah|pemilik kontrakan", "gelandangan", 1.5),
        new("gak bisa pulang|tidak bisa pulang|gak punya ongkos|tidak punya ongkos|ongkos pulang|ora iso mulih|kehabisan uang|uangnya habis|uang habis", "gelandangan", 1.5),
        // scavengers
        new("pemulung|mulung|memulung|pemungut|memungut|mungut|rongsok|rongsokan|rosok|pengepul|pemilah sampah|ngais|mengais|ngorek|pungut", "pemulung", 3),
        new("barang bekas|botol plastik|botol bekas|gelas plastik|kardus bekas|kardus|sampah|tps|tpa|tpst|bank sampah|karung|gerobak sampah", "pemulung", 1.2),
        // the destitute
        new("miskin|kemiskinan|tidak mampu|kurang mampu|gak mampu|ga mampu|fakir|dhuafa|duafa|prasejahtera|miskin ekstrem|mlarat|melarat|kere|serba kekurangan|kekurangan", "fakir_miskin", 1.5),
        new("keluarga miskin|warga miskin|kk miskin|rumah tangga miskin|miskin ekstrem|kemiskinan ekstrem", "fakir_miskin", 2.5),
        new("phk|di phk|kena phk|nganggur|menganggur|pengangguran|serabutan|kerja serabutan|buruh tani|buruh harian|buruh harian lepas|kuli|buruh cuci|ngontrak|nunggak|hutang|utang|rentenir|bank plecit|bank keliling|bank emok|pinjol|tengkulak", "fakir_miskin", 1.2),
        new("gak punya beras|tidak punya beras|beras habis|cuma minum air|minum air gula|kelaparan|gak ada makanan|tidak ada makanan|nasi aking|makan sehari sekali|makan sekali sehari|sehari makan sekali|listrik diputus|gak ada biaya|tidak ada biaya|gak punya biaya|tidak punya biaya|ga ada biaya|gak punya uang|tidak punya uang|gak ada uang|ra duwe duit|ora duwe duit|tak andi pesse", "fakir_miskin", 1.5),
        new("rumah|omah|roma|rumahnya|gubuk … roboh|reyot|bocor|retak|rusak|miring|ambruk|ambrol|lapuk|rosak", "fakir_miskin", 1.5),
        new("tidak layak huni|rtlh|bedah rumah|rumah tidak layak|lantai tanah|dinding bambu|dinding gedhek|gedhek|anyaman bambu|atap bocor|bolong", "fakir_miskin", 1.5),
        new("dtks|pkh|blt|bpnt|bansos|raskin|rastra|kis|pbi|sembako|bantuan pangan|kartu sembako", "fakir_miskin", 0.8), new("beasiswa|biaya sekolah|daftar ulang", "fakir_miskin", 0.8),
        // drugs, HIV, trafficking, migrant workers, ex-prisoners, prostitution
        new("narkoba|narkotika|napza|nyabu|sabu|shabu|putaw|ganja|gele|pil koplo|koplo|pecandu|sakau|obat terlarang|ngelem|lem aibon|dobel l|double l|pil dobel|yarindo|trihex|tramadol|excimer|ekstasi|ineks|inex|tembakau sintetis|sinte|gorila|drugs|ngedrugs|ngepil|nge pil|ngobat|pemakai|make sabu|oplosan|miras oplosan", "korban_napza", 3),
        new("kecanduan|candu|teler|fly|overdosis|sakau|mabuk lem|nyedot lem|ngisep lem", "korban_napza", 2), new("miras|arak|ciu|tuak|minuman keras", "korban_napza", 1.5),
        new("mabuk|mabok|pemabuk|mendem|lem|pil|obat batuk", "korban_napza", 0.8), new("kasus narkoba|kasus sabu|kasus narkotika|napi narkoba|bandar narkoba", "korban_napza", -2),
        new("rehab|direhab|rehabilitasi|ipwl|bnn|rehab narkoba|panti rehab|lapor diri", "korban_napza", 1),
        new("odha|hiv|aids|arv|positif hiv|hiv aids|cd4|vct|viral load|odhiv|reaktif hiv|status hiv", "odha", 3.5), new("reaktif|positif … tes|vct|hiv", "odha", 3),
        new("trafficking|perdagangan orang|perdagangan manusia|tppo|human trafficking|diperjualbelikan|sindikat|perekrut|calo|dijanjikan kerja|dijanjikan gaji|iming iming|diiming imingi|eksploitasi|kerja paksa|dijerat utang|jerat utang|terjerat utang|utang lunas", "korban_perdagangan_orang", 2.5),
        new("dijual|dijualin|menjual … ke|kepada|oleh|sama|pacar|pacarnya|lewat|via|tempat", "korban_perdagangan_orang", 2.5), new("dijual", "korban_perdagangan_orang", 0.6),
        new("disekap|penyekapan|ditampung|penampungan|dikurung di mess|disetrum|scam online|operator scam|online scam|direkrut|perekrutan|rekrut", "korban_perdagangan_orang", 2),
        new("dipaksa|terpaksa … melayani|layani|kerja|bekerja|menikah|jadi|menjadi|operator|scam", "korban_perdagangan_orang", 2.5),
        new("gak boleh|tidak boleh|tidak diizinkan|ga boleh|dilarang … pulang|keluar", "korban_perdagangan_orang", 1.2),
        new("gak digaji|tidak digaji|ga digaji|tidak dibayar|gak dibayar|gaji ditahan|paspor ditahan|paspornya ditahan|dokumen ditahan|hp disita|hp diambil|hpnya disita", "korban_perdagangan_orang", 1.2),
        new("kamboja|myanmar|laos|filipina", "korban_perdagangan_orang", 1),
        new("pmi|tki|tkw|pekerja migran|buruh migran|eks pmi|mantan tki|mantan pmi|eks tki|bp2mi|bp3mi|p4mi|deportasi|dideportasi|deportan|unprocedural|non prosedural|nonprosedural|overstay|buruh sawit", "pekerja_migran_bermasalah", 2.5),
        new("malaysia|saudi|arab|arab saudi|taiwan|hongkong|hong kong|brunei|singapura|korea|jepang|sabah|serawak|sarawak|tawau|johor|riyadh|jeddah|dubai|qatar|kuwait|luar negeri|abu dhabi|oman|turki|polandia", "pekerja_migran_bermasalah", 1.2),
        new("majikan|majikannya|agen|agensi|sponsor|pt penyalur|penyalur|kepulangan|pemulangan|dipulangkan|jenazah", "pekerja_migran_bermasalah", 0.8),
        new("mantan napi|eks napi|bekas napi|mantan narapidana|eks narapidana|bekas narapidana|mantan warga binaan|eks warga binaan|warga binaan|residivis|napiter|eks napiter|mantan napiter|bebas bersyarat|pembebasan bersyarat|asimilasi|mantan tahanan|eks tahanan", "bekas_warga_binaan", 3),
        new("bebas|keluar|lepas|pulang … dari lapas|dari penjara|dari rutan|lapas|penjara|rutan|bui|nusakambangan|tahanan", "bekas_warga_binaan", 3),
        new("keluar masuk penjara|keluar masuk lapas|skck|catatan kriminal", "bekas_warga_binaan", 2),
        new("pernah|sempat|dulu|habis … ditahan|dipenjara|dibui|masuk penjara|dihukum|mendekam|dipidana", "bekas_warga_binaan", 2.5),
        new("sudah bebas|baru bebas|udah bebas|sekarang bebas|habis bebas|bebas murni", "bekas_warga_binaan", 1.5), new("lapas|rutan|penjara|bui|nusakambangan|napi|narapidana", "bekas_warga_binaan", 0.8),
        new("psk|pekerja seks|pekerja seks komersial|prostitusi|pelacur|pelacuran|lokalisasi|wts|open bo|openbo|mucikari|germo|esek esek|esek|kupu malam|kupu kupu malam|wanita malam|cewek panggilan|ayam kampus|warung remang|remang remang|kopi pangku|warung pangku|warkop pangku|prostitusi online|pijat plus|plus plus|jual diri|menjual diri|dolly|lc karaoke|pemandu karaoke|wanita penghibur|cewek bo|bispak", "tuna_susila", 3),
        new("mangkal|nyebong|hidung belang|tamu pria|melayani tamu|layani tamu|karaoke|kafe remang", "tuna_susila", 1.2),
        // disasters and social conflict
        new("banjir|banjir bandang|banjir rob|rob|longsor|tanah longsor|tanah gerak|pergerakan tanah|gempa|gempa bumi|erupsi|lahar|lahar dingin|awan panas|guguran|tsunami|puting beliung|angin puting beliung|angin ribut|angin kencang|angin lesus|lesus|kebakaran|terbakar|kekeringan|kemarau|kemarau panjang|krisis air|sumur kering|abrasi|gelombang pasang|semeru|kelud|bencana|bencana alam|likuefaksi|banjir lahar|meluap|luapan|tanah ambles|hujan es|angin puyuh", "korban_bencana_alam", 2.5),
        new("pengungsi|pengungsian|mengungsi|ngungsi|posko|dievakuasi|evakuasi|huntara|hunian sementara|penyintas|tenda darurat|terpal|tertimbun|terseret|hanyut|air bersih|droping air|dropping air", "korban_bencana_alam", 1.2),
        new("konflik|kerusuhan|bentrok|bentrokan|tawuran warga|tawuran antar|antar kampung|antarwarga|antar warga|carok|carok massal|pengusiran|diusir warga|penggusuran|digusur|gusuran|sengketa lahan|sengketa tanah|konflik agraria|dirobohkan paksa|dibakar massa|dibakar warga|amuk massa|perang|terorisme|bom|konflik sosial|intoleransi|pengungsi syiah|pertikaian|perseteruan|relokasi", "korban_bencana_sosial", 2.5),
        new("perguruan silat|pesilat|dibakar|dirusak|perusakan|massa", "korban_bencana_sosial", 1),
        // vulnerable women, families, minorities, remote communities
        new("janda|duda|cerai|diceraikan|single parent|orang tua tunggal|single mom|janda muda|nikah siri", "perempuan_rawan_sosial_ekonomi", 1.2),
        new("ditinggal suami|ditinggal mati suami|suami meninggal|suaminya meninggal|suami sudah meninggal|suaminya sudah meninggal|ditinggal nikah|gak dinafkahi|tidak dinafkahi|tidak diberi nafkah|istri napi|kepala keluarga perempuan|perempuan kepala keluarga|pekka|ibu kepala keluarga|ibu2 kepala keluarga|ibu rumah tangga miskin|perempuan rawan|perempuan rawan sosial", "perempuan_rawan_sosial_ekonomi", 2.5),
        new("suami|suaminya|bojo|bojone|lakine … pergi|kabur|minggat|gak pulang|tidak pulang|ga pulang|nikah lagi|kawin lagi|menikah lagi|ninggal|meninggalkan|ditahan|dipenjara|divonis|merantau", "perempuan_rawan_sosial_ekonomi", 1.5),
        new("ibu|istri|perempuan|wanita|bu|mbak|ibu2 … sendirian ngurus|menghidupi|menafkahi|tulang punggung", "perempuan_rawan_sosial_ekonomi", 1.5),
        new("kehilangan … suami|bapaknya|ayahnya|tulang punggung|kepala keluarga|pencari nafkah", "perempuan_rawan_sosial_ekonomi", 2),
        new("suami|suaminya|bojo|bojone … di penjara|di lapas|di rutan|masuk penjara|ditahan|dibui|dipenjara", "perempuan_rawan_sosial_ekonomi", 2),
        new("jualan gorengan|jamu gendong|buruh cuci|jualan es|jualan keliling|jualan sayur|jual kue|jualan kue|tukang pijat", "perempuan_rawan_sosial_ekonomi", 0.6),
        new("keluarga bermasalah|broken home|cekcok|bertengkar|ribut terus|sering bertengkar|sering ribut|perselingkuhan|selingkuh|konflik keluarga|gak akur|tidak akur|ora akur|berantakan|keluarga berantakan|konseling keluarga|mediasi keluarga|masalah keluarga|masalah rumah tangga|saling lempar|lempar barang|geger|padu|tukaran|gugat cerai|mau cerai|pisah ranjang|rumah tangga", "keluarga_bermasalah_psikologis", 2),
        new("keluarga|keluarganya|rumah tangga … stres|stress|depresi|trauma|terguncang|berantakan|hancur|ribut|ketakutan|bermasalah|kacau", "keluarga_bermasalah_psikologis", 2.5),
        new("konseling|mediasi|pendampingan psikolog|psikolog|psikososial|dimediasi", "keluarga_bermasalah_psikologis", 1),
        new("minoritas|penghayat|penghayat kepercayaan|aliran kepercayaan|sapta darma|ahmadiyah|syiah|diskriminasi|didiskriminasi|transgender|transpuan|waria|wadam|lgbt|gay|lesbian|tionghoa|stateless|tanpa kewarganegaraan|dokumen kewarganegaraan|kewarganegaraan|dilarang beribadah|rumah ibadah|pendirian gereja|intoleran|minoritas agama|kaum minoritas", "kelompok_minoritas", 2.5),
        new("jemaat|gereja|kristen|katolik|hindu|buddha|budha|konghucu|kaharingan|kepercayaan|non muslim|etnis|keturunan", "kelompok_minoritas", 1),
        new("suku terasing|komunitas adat|masyarakat adat|adat terpencil|komunitas adat terpencil|suku pedalaman|suku anak dalam|orang rimba|baduy|badui|tengger|suku tengger|samin|sedulur sikep|suku bajo|bajo|dayak|mentawai|uma|osing|kanekes|suku", "komunitas_adat_terpencil", 3),
        new("pedalaman|terpencil|terisolir|terisolasi|belum ada listrik|belum dapat listrik|belum tersentuh|gak ada listrik|tidak ada listrik|jalan setapak|hutan adat|hukum adat|adat", "komunitas_adat_terpencil", 1.2),
    ];
}
