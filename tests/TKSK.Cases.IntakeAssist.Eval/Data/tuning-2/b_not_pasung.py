# Not pasung now: past, released, denied, threatened, news of the programme, figurative, other confinement.
post("Kabar baik 😊 Cak Ipul warga Ds. Penompo Kec. Jetis Mojokerto yg 4 tahun lalu dipasung, sekarang sudah sehat, kerja jadi tukang parkir. Cuma minta dibantu BPJS PBI biar kontrol rutin gak bayar.",
     ("Mojokerto", "Jetis", "Penompo"), "penyandang_disabilitas", False, "normal",
     dict(place="Ds. Penompo Kec. Jetis Mojokerto", category="kontrol rutin", pasung="4 tahun lalu dipasung", urgency="minta dibantu BPJS PBI"),
     "Past pasung; now working.")
post("Tim gabungan Dinsos, Puskesmas dan TKSK membebaskan seorang warga Desa Karangpring, Kecamatan Sukorambi, Jember, dari pasung yang dialaminya selama 7 tahun. Pria 41 tahun itu langsung dibawa ke RSJ Radjiman Wediodiningrat Lawang untuk perawatan.",
     ("Jember", "Sukorambi", "Karangpring"), "penyandang_disabilitas", False, "normal",
     dict(place="Desa Karangpring, Kecamatan Sukorambi, Jember", category="RSJ", pasung="membebaskan seorang warga", urgency=None),
     "News of a release already done; the RSJ is in Lawang (Malang) but the label is home, as the case is followed up there. Debatable place.")
post("Klarifikasi: berita yg beredar soal warga Ds. Cantel Kec. Pitu Ngawi dipasung itu TIDAK BENAR. Yang bersangkutan memang ODGJ tapi tidak dipasung, tinggal bersama kakaknya dan rutin ambil obat di puskesmas.",
     ("Ngawi", "Pitu", "Cantel"), "penyandang_disabilitas", False, "normal",
     dict(place="Ds. Cantel Kec. Pitu Ngawi", category="ODGJ", pasung="tidak dipasung", urgency="rutin ambil obat di puskesmas"),
     "Denied.")
post("Min, adik ipar saya ODGJ kambuh terus, ngamuk, lempar piring. Bapak mertua udah ngomong kalau sampai ngamuk lagi mau dirantai aja. Saya gak tega. Gimana cara bawa ke RSJ Menur ya? Kami di Kec. Tandes Surabaya.",
     ("Kota Surabaya", "Tandes"), "penyandang_disabilitas", False, "high",
     dict(place="Kec. Tandes Surabaya", category="ODGJ kambuh terus", pasung="mau dirantai aja", urgency="kambuh terus, ngamuk, lempar piring"),
     "Threatened, not done. Urgency debatable (normal: a question).")
post("Keluarga Bu Sri di Kel. Tanggung, Kepanjenkidul, Kota Blitar: suami sakit paru, 4 anak, rumah numpang mertua. Semoga ada beasiswa buat anak sulungnya biar bisa memutus rantai kemiskinan 🙏",
     ("Kota Blitar", "Kepanjenkidul", "Tanggung"), "fakir_miskin", False, "normal",
     dict(place="Kel. Tanggung, Kepanjenkidul, Kota Blitar", category="rantai kemiskinan", pasung=None, urgency="Semoga ada beasiswa"),
     "Figurative chain.")
post("Tolong, di Ds. Punten Bumiaji Batu ada nenek2 tinggal sama 6 anjing yang dirantai di teras. Nenek sudah pikun, sering lupa makan, anjingnya juga kurus2.",
     ("Kota Batu", "Bumiaji", "Punten"), "lanjut_usia_telantar", False, "high",
     dict(place="Ds. Punten Bumiaji Batu", category="nenek2 tinggal sama 6 anjing", pasung=None, urgency="sering lupa makan"),
     "The dogs are chained, not the woman.")
post("Adik saya dijanjikan jadi TKW ke Arab, sekarang ditampung di penampungan sponsor di Beji, Pasuruan, sudah 3 bulan gak boleh keluar, HP disita, belum juga diberangkatkan. Kami keluarga di Blitar bingung.",
     ("Pasuruan", "Beji"), "korban_perdagangan_orang", False, "high",
     dict(place="Beji, Pasuruan", category="sudah 3 bulan gak boleh keluar, HP disita", pasung=None, urgency="gak boleh keluar, HP disita"),
     "Held by a recruiter: not a family's confinement. The family is in Blitar; she is in Beji. Category debatable (pekerja_migran_bermasalah).")
post("Anak saya (16) ditahan di Polsek Kraksaan sejak Jumat karena ikut tawuran perguruan silat. Dia dikurung bareng tahanan dewasa. Kami warga Ds. Kalibuntu, Kraksaan, Probolinggo. Mohon pendampingan ABH.",
     ("Probolinggo", "Kraksaan", "Kalibuntu"), "anak_berhadapan_hukum", False, "high",
     dict(place="Ds. Kalibuntu, Kraksaan, Probolinggo", category="ditahan di Polsek Kraksaan sejak Jumat karena ikut tawuran", pasung=None, urgency="dikurung bareng tahanan dewasa"),
     "Police custody is not pasung.")
post("Anak tetangga umur 8 th sering dikunci di kamar mandi semalaman sama ibu tirinya kalau ngompol, kadang ga dikasih makan. Tadi pagi saya lihat badannya banyak memar. Ds. Kedungrejo, Kec. Sukorame, Lamongan.",
     ("Lamongan", "Sukorame", "Kedungrejo"), "anak_korban_kekerasan", False, "emergency",
     dict(place="Ds. Kedungrejo, Kec. Sukorame, Lamongan", category="dikunci di kamar mandi semalaman sama ibu tirinya", pasung=None, urgency="badannya banyak memar"),
     "Locking a child in as punishment is abuse, not pasung. Urgency debatable (high).")
post("Pemprov Jatim menargetkan Jatim Bebas Pasung 2026. Hingga Oktober, Dinsos mencatat 128 ODGJ masih dipasung di 38 kabupaten/kota dan 1.204 sudah dibebaskan sejak 2014.",
     None, "penyandang_disabilitas", False, "normal",
     dict(place=None, category="ODGJ", pasung="masih dipasung di 38 kabupaten/kota", urgency=None),
     "News of the programme (statistics, nobody in particular). 'Jatim' only: no place.")
post("Keluarga kami sudah gak sanggup, adik saya ngamuk tiap malam, tetangga menyarankan dipasung saja. Kami gak mau itu. Tolong bantu rujuk ke RSJ. Ds. Ngadisanan Kec. Sambit Ponorogo",
     ("Ponorogo", "Sambit", "Ngadisanan"), "penyandang_disabilitas", False, "high",
     dict(place="Ds. Ngadisanan Kec. Sambit Ponorogo", category="ngamuk tiap malam", pasung="menyarankan dipasung saja", urgency="Keluarga kami sudah gak sanggup"),
     "Suggested by neighbours, refused.")
post("Mbah Darmi (79) tidur di gubuk bambu di tengah kebun Ds. Kalang Kec. Pitu Ngawi. Bukan dikurung, memang sejak cerai gak punya rumah. Makan kalau ada yg ngasih.",
     ("Ngawi", "Pitu", "Kalang"), "lanjut_usia_telantar", False, "high",
     dict(place="Ds. Kalang Kec. Pitu Ngawi", category="Mbah Darmi (79)", pasung="Bukan dikurung", urgency="Makan kalau ada yg ngasih"),
     "Denied explicitly; a hut she lives in freely.")
post("Suami saya baru bebas dari Lapas Porong bulan lalu, susah cari kerja krn SKCK ada catatan. Kami tinggal di Ds. Kedungsoko Kec. Plumpang Tuban. Mohon info pelatihan kerja.",
     ("Tuban", "Plumpang", "Kedungsoko"), "bekas_warga_binaan", False, "normal",
     dict(place="Ds. Kedungsoko Kec. Plumpang Tuban", category="baru bebas dari Lapas Porong", pasung=None, urgency="Mohon info pelatihan kerja"),
     "Lapas Porong (Sidoarjo) is where he was, not where he is.")
post("Tolong, kakak saya dikurung suaminya di rumah, HP diambil, gak boleh keluar, sering dipukul. Barusan dia telp nangis, badannya lebam. Alamat Ds. Wonokoyo Kec. Beji Kab Pasuruan.",
     ("Pasuruan", "Beji", "Wonokoyo"), "korban_tindak_kekerasan", False, "emergency",
     dict(place="Ds. Wonokoyo Kec. Beji Kab Pasuruan", category="sering dipukul", pasung=None, urgency="Barusan dia telp nangis, badannya lebam"),
     "Domestic violence, confined by the husband: not pasung.")
post("Apakah orang yang pernah dipasung bisa dapat bantuan modal usaha? Abang saya sudah 2 tahun bebas pasung dan sekarang jualan cilok.",
     None, "penyandang_disabilitas", False, "normal",
     dict(place=None, category="pernah dipasung", pasung="sudah 2 tahun bebas pasung", urgency="Apakah orang yang pernah dipasung bisa dapat bantuan modal usaha?"))
post("Nonton dokumenter soal pasung di Jatim semalam, merinding. Semoga gak ada lagi manusia dirantai kayak hewan. #bebaspasung",
     None, "penyandang_disabilitas", False, "normal",
     dict(place=None, category="soal pasung", pasung="Semoga gak ada lagi manusia dirantai", urgency=None),
     "Commentary, nobody in particular; 'Jatim' only.")
post("ODGJ ngamuk bawa celurit di Pasar Kalisat tadi siang, sudah diamankan polisi dan diborgol, sekarang di Polsek. Keluarganya minta dibantu bawa ke RSJ. Kalisat, Jember.",
     ("Jember", "Kalisat"), "penyandang_disabilitas", False, "high",
     dict(place="Kalisat, Jember", category="ODGJ ngamuk", pasung="diamankan polisi dan diborgol", urgency="sudah diamankan polisi"),
     "Handcuffed by police, not pasung. The weapon is secured: high (debatable emergency).")
post("Mas Teguh yang dulu sempat dipasung, sudah 2 minggu kambuh lagi, jalan2 telanjang di jalan raya Pakisaji. Takutnya nanti dipasung lagi sama keluarganya. Tolong dijemput tim.",
     ("Malang", "Pakisaji"), "penyandang_disabilitas", False, "high",
     dict(place="jalan raya Pakisaji", category="kambuh lagi", pasung="dulu sempat dipasung", urgency="jalan2 telanjang di jalan raya"),
     "Past pasung, and a fear of it again: not now.")
post("Di panti rehab ilegal di Kec. Karangploso Malang banyak pasien narkoba dirantai kakinya, kata mantan pasiennya. Tolong diselidiki dinsos dan BNN.",
     ("Malang", "Karangploso"), "korban_napza", False, "high",
     dict(place="Kec. Karangploso Malang", category="pasien narkoba", pasung="dirantai kakinya", urgency="dirantai kakinya"),
     "Borderline: chained, but by an illegal rehab camp, not a family restraining someone ill.")
post("Warga Ds. Sumengko Kec. Sukomoro Nganjuk banyak yang terjerat rentenir, terbelenggu utang bank plecit sampai rumahnya disita. Mohon ada pendampingan ekonomi.",
     ("Nganjuk", "Sukomoro", "Sumengko"), "fakir_miskin", False, "normal",
     dict(place="Ds. Sumengko Kec. Sukomoro Nganjuk", category="terjerat rentenir", pasung=None, urgency="Mohon ada pendampingan ekonomi"),
     "Figurative shackles.")
post("Update: Bu Sulis di Ds. Tangkil Kec. Panggul Trenggalek sudah dievakuasi dari pasung hari ini dan sedang dirawat di RSJ Menur. Terima kasih semua yg sudah share 🙏",
     ("Trenggalek", "Panggul", "Tangkil"), "penyandang_disabilitas", False, "normal",
     dict(place="Ds. Tangkil Kec. Panggul Trenggalek", category="RSJ Menur", pasung="sudah dievakuasi dari pasung hari ini", urgency=None),
     "Released today.")
post("Anak saya (22) gangguan jiwa, alhamdulillah tidak sampai dipasung, tapi obat dari RSJ habis dan BPJS nonaktif. Kami di Kec. Pesantren Kota Kediri. Gimana cara aktifkan lagi?",
     ("Kota Kediri", "Pesantren"), "penyandang_disabilitas", False, "normal",
     dict(place="Kec. Pesantren Kota Kediri", category="gangguan jiwa", pasung="tidak sampai dipasung", urgency="Gimana cara aktifkan lagi?"),
     "'Anak saya (22)' is an adult.")
post("Bapak saya pernah dirantai 2 tahun waktu saya SD. Sekarang beliau sudah meninggal. Saya cuma mau cerita, semoga keluarga lain dapat bantuan lebih cepat dari kami dulu.",
     None, "penyandang_disabilitas", False, "normal",
     dict(place=None, category="pernah dirantai", pasung="pernah dirantai 2 tahun", urgency=None),
     "A memory.")
post("Ada ibu2 keterbelakangan mental dikunci di rumah tiap hari sama suaminya kalau dia kerja, katanya biar gak hilang. Pulang sore baru dibuka. Ds. Karangsono Kec. Bangsalsari Jember.",
     ("Jember", "Bangsalsari", "Karangsono"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Karangsono Kec. Bangsalsari Jember", category="keterbelakangan mental", pasung="dikunci di rumah tiap hari sama suaminya", urgency="dikunci di rumah tiap hari"),
     "Borderline: locked in daily by family because of her disability; labelled pasung (a family restraining someone ill). Debatable.")
