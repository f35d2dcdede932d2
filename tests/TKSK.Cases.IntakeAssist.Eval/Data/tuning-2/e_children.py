# Toddlers and children: neglected, on the street, in conflict with the law, abused, needing special protection.
post("Innalillahi, bayi perempuan masih ada tali pusarnya ditemukan dalam kardus di depan masjid Ds. Sumberkejayan Kec. Mayang Jember jam 4 subuh tadi. Sekarang di puskesmas, kondisi lemah. Siapa yg kenal ibunya?",
     ("Jember", "Mayang", "Sumberkejayan"), "anak_balita_telantar", False, "emergency",
     dict(place="Ds. Sumberkejayan Kec. Mayang Jember", category="bayi perempuan masih ada tali pusarnya ditemukan dalam kardus", pasung=None, urgency="bayi perempuan masih ada tali pusarnya ditemukan dalam kardus"),
     "An abandoned newborn is an emergency even when at the puskesmas.")
post("Bu bidan lapor: balita 3 th di Ds. Curahtakir Tempurejo Jember BB 8,5 kg, rambut jagung, perut buncit. Ibunya ODGJ, bapaknya pergi. Diasuh kakek yg buruh kebun. Perlu PMT & pendampingan.",
     ("Jember", "Tempurejo", "Curahtakir"), "anak_balita_telantar", False, "high",
     dict(place="Ds. Curahtakir Tempurejo Jember", category="balita 3 th", pasung=None, urgency="BB 8,5 kg, rambut jagung, perut buncit"),
     "Severe malnutrition described by signs, not named.")
post("Anak umur 2 taun ditinggal ibunya kerja ke Malaysia, bapaknya kawin lagi. Sekarang dirawat buyutnya yg udah 80 th & sakit2an. Sering kelaparan nangis malem2. Ds. Kebobang Kec. Wonosari Kab. Malang 😢",
     ("Malang", "Wonosari", "Kebobang"), "anak_balita_telantar", False, "high",
     dict(place="Ds. Kebobang Kec. Wonosari Kab. Malang", category="Anak umur 2 taun ditinggal ibunya", pasung=None, urgency="Sering kelaparan nangis malem2"),
     "The mother is in Malaysia; the great-grandmother is the carer, not the subject.")
post("Tetangga kos saya di Kel. Lirboyo Mojoroto Kediri sering ninggal bayinya (8 bln) sendirian di kamar dari pagi sampai malam, bayinya nangis terus. Ibunya masih 17 th.",
     ("Kota Kediri", "Mojoroto", "Lirboyo"), "anak_balita_telantar", False, "high",
     dict(place="Kel. Lirboyo Mojoroto Kediri", category="ninggal bayinya (8 bln) sendirian di kamar", pasung=None, urgency="dari pagi sampai malam, bayinya nangis terus"),
     "Lirboyo is in Kota Kediri ('Kediri' bare, but the kelurahan decides). Debatable emergency.")
post("Sedulur, nyuwun tulung. Ponakanku umur 3 taun, wong tuwane pisah, saiki ora ono sing gelem ngopeni, dioper-oper nang mbah lan bulik. Awake kuru, durung imunisasi. Ds. Wirotaman Ampelgading Malang.",
     ("Malang", "Ampelgading", "Wirotaman"), "anak_balita_telantar", False, "high",
     dict(place="Ds. Wirotaman Ampelgading Malang", category="ora ono sing gelem ngopeni", pasung=None, urgency="Awake kuru"),
     "Javanese: nobody willing to care for him; thin.")
post("Min balita 4th di kampung sy di Kec. Sempol Bondowoso sering dijadikan alat ngemis ibunya di pinggir jalan ke Ijen, kena panas dingin tiap hari.",
     ("Bondowoso", "Sempol"), "anak_balita_telantar", False, "high",
     dict(place="Kec. Sempol Bondowoso", category="balita 4th", pasung=None, urgency="kena panas dingin tiap hari"),
     "A toddler used for begging: debatable pengemis or anak_jalanan; the subject is the toddler. Sempol is also a desa.")
post("Adik2 saya tiga orang (13, 10, 7) tinggal sendiri sejak bapak meninggal dan ibu nikah lagi ke Kalimantan. Saya kerja di pabrik Sidoarjo, pulang seminggu sekali. Mereka sering gak sarapan ke sekolah. Rumah di Ds. Jabalsari Sumbergempol Tulungagung.",
     ("Tulungagung", "Sumbergempol", "Jabalsari"), "anak_telantar", False, "high",
     dict(place="Ds. Jabalsari Sumbergempol Tulungagung", category="tinggal sendiri sejak bapak meninggal dan ibu nikah lagi", pasung=None, urgency="sering gak sarapan"),
     "Three children alone; reporter in Sidoarjo, the mother in Kalimantan.")
post("Anak SMP (14) di Ds. Lombang Dajah Kec. Blega Bangkalan sudah 6 bulan gak sekolah, ikut kerja kuli bangunan krn ortunya cerai dan gak ada yg biayai. Tinggal sama paman yg juga kurang mampu.",
     ("Bangkalan", "Blega", "Lombang Dajah"), "anak_telantar", False, "normal",
     dict(place="Ds. Lombang Dajah Kec. Blega Bangkalan", category="Anak SMP (14)", pasung=None, urgency=None),
     "Debatable anak_perlindungan_khusus (child labour).")
post("Bocah yatim piatu 11 taun saiki urip karo tonggone sing yo mlarat nang Ds. Tawangagung Ampelgading. Ora duwe akta, ora iso sekolah. Mugi ono bantuan.",
     ("Malang", "Ampelgading", "Tawangagung"), "anak_telantar", False, "normal",
     dict(place="Ds. Tawangagung Ampelgading", category="Bocah yatim piatu 11 taun", pasung=None, urgency="Mugi ono bantuan"),
     "Javanese. Ampelgading is a kecamatan of Kab. Malang only.")
post("Info warga: 2 bocah kakak adik (9 & 6) ditemukan tidur di pos kamling Ds. Sentul Kec. Sumbersuko Lumajang, ngaku ditinggal ibunya di situ sejak kemarin, bapaknya di penjara. Sudah diberi makan warga.",
     ("Lumajang", "Sumbersuko", "Sentul"), "anak_telantar", False, "emergency",
     dict(place="Ds. Sentul Kec. Sumbersuko Lumajang", category="ngaku ditinggal ibunya", pasung=None, urgency="ditinggal ibunya di situ sejak kemarin"),
     "Children abandoned overnight: emergency (debatable high, as they are fed now).")
post("Anaknya almarhum Pak Darsono (tukang ojek yg meninggal kecelakaan) 4 orang masih kecil2, ibunya sudah lama pergi. Sekarang diasuh neneknya yg jualan sayur. Kel. Gedongan, Magersari, Kota Mojokerto. Butuh KIP & bantuan.",
     ("Kota Mojokerto", "Magersari", "Gedongan"), "anak_telantar", False, "normal",
     dict(place="Kel. Gedongan, Magersari, Kota Mojokerto", category="4 orang masih kecil2, ibunya sudah lama pergi", pasung=None, urgency="Butuh KIP & bantuan"))
post("Anak kos kecil umur 12 ditinggal ortunya di kos, sewa sudah nunggak 3 bulan, ortunya gak bisa dihubungi. Pemilik kos bingung. Kel. Sawojajar Kota Malang.",
     ("Kota Malang", "Kedungkandang", "Sawojajar"), "anak_telantar", False, "high",
     dict(place="Kel. Sawojajar Kota Malang", category="ditinggal ortunya di kos", pasung=None, urgency="ortunya gak bisa dihubungi"),
     "Sawojajar is also a desa in Magetan; 'Kel.' and 'Kota Malang' settle it.")
post("Arek2 punk umur 13-16an nongkrong & ngamen nang ngisor flyover Jl. Ahmad Yani Gayungan Surabaya. Tiap malem mabuk lem. Miris.",
     ("Kota Surabaya", "Gayungan"), "anak_jalanan", False, "high",
     dict(place="Gayungan Surabaya", category="Arek2 punk umur 13-16an nongkrong & ngamen", pasung=None, urgency="Tiap malem mabuk lem"),
     "Surabaya Javanese. Debatable korban_napza.")
post("Anak2 kecil jualan tisu & minta2 di lampu merah Jl. Basuki Rahmat Tuban sampe jam 11 malem, ada yg masih umur 5an. Ortunya nunggu di becak. Dinsos Tuban kemana?",
     "Tuban", "anak_jalanan", False, "high",
     dict(place="Jl. Basuki Rahmat Tuban", category="Anak2 kecil jualan tisu & minta2 di lampu merah", pasung=None, urgency="sampe jam 11 malem"),
     "The street is in the town of Tuban, but the post names only the kabupaten.")
post("Ngamen nang prapatan Kaliwates, bocah cilik2 sing nyanyi karo ecek2 tutup botol. Jare tonggoku, bocah2 kuwi kerep turu nang teras toko. Mesakke rek.",
     ("Jember", "Kaliwates"), "anak_jalanan", False, "high",
     dict(place="prapatan Kaliwates", category="bocah cilik2 sing nyanyi karo ecek2 tutup botol", pasung=None, urgency="kerep turu nang teras toko"),
     "Javanese; Kaliwates is in Jember (not named).")
post("Ada 5 anak jalanan di alun2 Kota Probolinggo, ngelem & malak pengunjung. Umur 10-15 th. Mohon dibina bukan cuma diusir satpol PP.",
     "Kota Probolinggo", "anak_jalanan", False, "normal",
     dict(place="alun2 Kota Probolinggo", category="5 anak jalanan", pasung=None, urgency="Mohon dibina"),
     "A complaint: normal.")
post("Bocah tukang semir sepatu di stasiun Kota Baru Malang umur 10an, katanya gak sekolah, disuruh setor ke 'bos'nya tiap sore. Pernah liat dia dipukul sama orang dewasa yg jemput.",
     "Kota Malang", "anak_jalanan", False, "high",
     dict(place="stasiun Kota Baru Malang", category="Bocah tukang semir sepatu di stasiun", pasung=None, urgency="Pernah liat dia dipukul"),
     "The station (in Klojen) names only Kota Malang. Debatable anak_perlindungan_khusus (exploitation).")
post("rombongan anak punk dari luar kota, 4 cowok 1 cewek masih belasan, tidur di emperan ruko depan pasar Kepanjen 3 hari ini. yg cewek kayaknya hamil. mohon dinsos kab malang",
     ("Malang", "Kepanjen"), "anak_jalanan", False, "high",
     dict(place="pasar Kepanjen", category="rombongan anak punk", pasung=None, urgency="yg cewek kayaknya hamil"),
     "Street teenagers; a pregnant girl among them.")
post("Anak2 ngamen di perempatan Mayangan pagi jam sekolah. Sdh biasa kata warga. Kota Probolinggo.",
     ("Kota Probolinggo", "Mayangan"), "anak_jalanan", False, "normal",
     dict(place="perempatan Mayangan", category="Anak2 ngamen", pasung=None, urgency=None),
     "Short; normal (chronic).")
# Children in conflict with the law
post("Anak saya 15 th ditangkap Polres Sampang tuduhan ikut begal motor. Dia bilang cuma dibonceng temannya. Sekarang di sel. Kami orang gak mampu, gak ngerti hukum. Ds. Banyusokah Kec. Ketapang.",
     ("Sampang", "Ketapang", "Banyusokah"), "anak_berhadapan_hukum", False, "high",
     dict(place="Ds. Banyusokah Kec. Ketapang", category="ditangkap Polres Sampang tuduhan ikut begal motor", pasung=None, urgency="Sekarang di sel"),
     "Ketapang is a kecamatan of Sampang; the kabupaten comes from 'Polres Sampang'.")
post("Mohon pendampingan Bapas & peksos untuk keponakan kami (17) yang jadi tersangka kasus penganiayaan pas konvoi pesilat di Kec. Kartoharjo, Kota Madiun. Sidang minggu depan.",
     ("Kota Madiun", "Kartoharjo"), "anak_berhadapan_hukum", False, "normal",
     dict(place="Kec. Kartoharjo, Kota Madiun", category="jadi tersangka kasus penganiayaan", pasung=None, urgency="Sidang minggu depan"),
     "'penganiayaan' is what he is accused of, not what was done to him.")
post("Geng motor anak2 SMP di Kec. Sukun Kota Malang bawa sajam, kemarin bacok pelajar lain. 3 pelakunya masih 14-15 th sudah diamankan. Orang tuanya minta dibina bukan dipenjara.",
     ("Kota Malang", "Sukun"), "anak_berhadapan_hukum", False, "normal",
     dict(place="Kec. Sukun Kota Malang", category="3 pelakunya masih 14-15 th", pasung=None, urgency="sudah diamankan"),
     "The children are the perpetrators, already held: normal for them.")
post("Bocah umur 13 dituduh nyolong HP di Pasar Besar, dihakimi massa terus dibawa ke Polsek Klojen. Ibunya pingsan. Mohon bantuan hukum 🙏",
     ("Kota Malang", "Klojen"), "anak_berhadapan_hukum", False, "high",
     dict(place="Polsek Klojen", category="dituduh nyolong HP", pasung=None, urgency="dihakimi massa"),
     "Pasar Besar is in Klojen, Kota Malang. The Polsek names the kecamatan he is in.")
post("Putra kami 16 th tertangkap konsumsi & jual pil dobel L di sekolahnya di Kec. Babat Lamongan. Sekarang diproses polisi. Apakah bisa direhab saja, bukan penjara?",
     ("Lamongan", "Babat"), "anak_berhadapan_hukum", False, "normal",
     dict(place="Kec. Babat Lamongan", category="tertangkap konsumsi & jual pil dobel L", pasung=None, urgency="Apakah bisa direhab saja, bukan penjara?"),
     "A child caught selling pills: ABH (debatable korban_napza).")
post("Bocah klitih 2 orang umur 15-16 tertangkap warga habis nyerempet & nyabet pengendara pakai gir di ringroad Kota Madiun. Sudah di Polres. Korbannya dirawat.",
     ("Kota Madiun"), "anak_berhadapan_hukum", False, "normal",
     dict(place="ringroad Kota Madiun", category="Bocah klitih", pasung=None, urgency="Sudah di Polres"),
     "Kota only. The victim is not the subject.")
