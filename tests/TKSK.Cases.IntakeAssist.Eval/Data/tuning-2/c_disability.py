# Disability (adult and child), mental illness without pasung.
post("Mohon info bantuan alat bantu dengar untuk suami saya, budeg total sejak demam tinggi thn lalu, jadi susah kerja di bengkel. Kami di Ds. Tiru Kidul Kec. Gurah Kab. Kediri.",
     ("Kediri", "Gurah", "Tiru Kidul"), "penyandang_disabilitas", False, "normal",
     dict(place="Ds. Tiru Kidul Kec. Gurah Kab. Kediri", category="budeg total", pasung=None, urgency="Mohon info bantuan alat bantu dengar"),
     "'budeg' = deaf (colloquial).")
post("Pak Rohim (45) netra sejak lahir, kerja pijat keliling di Kel. Ngagel Rejo Wonokromo Surabaya. Tempat tinggalnya kena gusur proyek, skrg numpang di musholla. Mohon dibantu.",
     ("Kota Surabaya", "Wonokromo", "Ngagel Rejo"), "penyandang_disabilitas", False, "normal",
     dict(place="Kel. Ngagel Rejo Wonokromo Surabaya", category="netra sejak lahir", pasung=None, urgency="Mohon dibantu"),
     "Blind masseur, evicted: debatable gelandangan.")
post("Ada ODGJ perempuan jalan kaki bawa karung, bicara sendiri, tidur di depan ruko Jl. Raya Gempol. Kasian kalau malam banyak laki2 mabuk lewat. Mohon dijangkau 🙏 #pasuruan",
     ("Pasuruan", "Gempol"), "penyandang_disabilitas", False, "high",
     dict(place="Jl. Raya Gempol", category="ODGJ perempuan", pasung=None, urgency="Kasian kalau malam banyak laki2 mabuk lewat"),
     "A wandering psychotic woman is penyandang_disabilitas (not gelandangan), as in the dev set's convention. Gempol is the kecamatan.")
post("Pak Yanto (52) warga Kel. Pilangbango Kartoharjo Kota Madiun, kakinya diamputasi karena diabetes. Dulu sopir, sekarang gak bisa kerja. Butuh kaki palsu & kursi roda.",
     ("Kota Madiun", "Kartoharjo", "Pilangbango"), "penyandang_disabilitas", False, "normal",
     dict(place="Kel. Pilangbango Kartoharjo Kota Madiun", category="kakinya diamputasi", pasung=None, urgency="Butuh kaki palsu & kursi roda"))
post("Ono wong edan mlaku-mlaku nang tengah dalan raya Ngawi-Solo cedhak Paron, wis rong dino bolak-balik, ora nganggo klambi. Mbahayani, akeh truk. Tulung dijemput.",
     ("Ngawi", "Paron"), "penyandang_disabilitas", False, "high",
     dict(place="cedhak Paron", category="wong edan", pasung=None, urgency="Mbahayani, akeh truk"),
     "Javanese. Walking in traffic: high (debatable emergency). 'Solo' here is a road name.")
post("Adik saya (30) tunagrahita, gak bisa baca tulis, sering dibohongi orang disuruh2 kerja gak dibayar. Ibu sudah meninggal, bapak sudah tua. Kami di Ds. Jatigedong Kec. Ploso Jombang. Bisa masuk panti?",
     ("Jombang", "Ploso", "Jatigedong"), "penyandang_disabilitas", False, "normal",
     dict(place="Ds. Jatigedong Kec. Ploso Jombang", category="tunagrahita", pasung=None, urgency="Bisa masuk panti?"),
     "Ploso is also a desa in Pacitan.")
post("Temen kos saya depresi berat, barusan kirim chat mau gantung diri, sekarang HP nya gak aktif. Kosnya di Keputih, Sukolilo, Surabaya. Siapa yg bisa bantu ke sana sekarang??",
     ("Kota Surabaya", "Sukolilo", "Keputih"), "penyandang_disabilitas", False, "emergency",
     dict(place="Keputih, Sukolilo, Surabaya", category="depresi berat", pasung=None, urgency="mau gantung diri"),
     "Suicide threat: emergency. Category debatable (psychosocial disability).")
post("Mbak Yuli (27) kena stroke habis melahirkan, separuh badan gak bisa gerak, suami kerja di Kalimantan. Bayinya dirawat neneknya. Ds. Ngrami Kec. Sukomoro Nganjuk. Mohon bantuan terapi.",
     ("Nganjuk", "Sukomoro", "Ngrami"), "penyandang_disabilitas", False, "normal",
     dict(place="Ds. Ngrami Kec. Sukomoro Nganjuk", category="separuh badan gak bisa gerak", pasung=None, urgency="Mohon bantuan terapi"),
     "The baby is cared for; Kalimantan is where the husband works.")
post("ijin share min, mas Dodik korban kecelakaan kerja di pabrik, tangan kanannya putus. Skrg nganggur, anak 2. Alamat Ds. Manyar Sidomukti, Manyar, Gresik.",
     ("Gresik", "Manyar", "Manyar Sidomukti"), "penyandang_disabilitas", False, "normal",
     dict(place="Ds. Manyar Sidomukti, Manyar, Gresik", category="tangan kanannya putus", pasung=None, urgency=None),
     "Category debatable (fakir_miskin).")
post("Pemuda di Ds. Glagahwero Kalisat Jember sering ngomong sendiri, keluyuran malam2, nyolong ayam tetangga, dipukuli warga kemarin. Katanya dulu mondok terus pulang jadi aneh. Tolong dibawa berobat.",
     ("Jember", "Kalisat", "Glagahwero"), "penyandang_disabilitas", False, "high",
     dict(place="Ds. Glagahwero Kalisat Jember", category="sering ngomong sendiri", pasung=None, urgency="dipukuli warga kemarin"),
     "Untreated psychosis; beaten yesterday. Glagahwero is also a desa in Panti.")
# Children with a disability
post("Anak saya umur 6 th cerebral palsy, belum bisa duduk sendiri. Terapi di RSUD harus bayar karena BPJS kami mandiri nunggak. Mohon info bantuan. Ds. Bendilwungu, Sumbergempol, Tulungagung.",
     ("Tulungagung", "Sumbergempol", "Bendilwungu"), "anak_disabilitas", False, "normal",
     dict(place="Ds. Bendilwungu, Sumbergempol, Tulungagung", category="Anak saya umur 6 th cerebral palsy", pasung=None, urgency="Mohon info bantuan"))
post("Bocah SD kelas 3 di Ds. Titik Kec. Sekaran Lamongan gak bisa ngomong & dengar (tuli bisu), gak sekolah krn SLB jauh di kota. Ortunya buruh tambak. Semoga ada antar jemput.",
     ("Lamongan", "Sekaran", "Titik"), "anak_disabilitas", False, "normal",
     dict(place="Ds. Titik Kec. Sekaran Lamongan", category="tuli bisu", pasung=None, urgency="Semoga ada antar jemput"),
     "Titik is also a desa in Kediri.")
post("Info dari bidan desa: bayi 10 bulan di Dusun Krajan Ds. Bajulmati Wongsorejo Banyuwangi lahir dengan hidrosefalus, kepalanya makin besar, harus operasi di Surabaya. Keluarga nelayan gak punya biaya transport.",
     ("Banyuwangi", "Wongsorejo", "Bajulmati"), "anak_disabilitas", False, "high",
     dict(place="Ds. Bajulmati Wongsorejo Banyuwangi", category="lahir dengan hidrosefalus", pasung=None, urgency="kepalanya makin besar, harus operasi"),
     "An infant with a congenital condition: anak_disabilitas, debatable anak_balita_telantar. Surabaya is where the operation would be.")
post("Anak autis umur 12 di perumahan kami sering lari keluar rumah telanjang, pernah hampir ketabrak. Ibunya single parent kerja pabrik. Adakah sekolah khusus gratis di Kota Malang? Kami di Bandungrejosari, Sukun.",
     ("Kota Malang", "Sukun", "Bandungrejosari"), "anak_disabilitas", False, "normal",
     dict(place="Bandungrejosari, Sukun", category="Anak autis umur 12", pasung=None, urgency="Adakah sekolah khusus gratis di Kota Malang?"),
     "A question: normal.")
post("Mohon bantuan kursi roda untuk putri kami Aisyah (9) penderita lumpuh layu sejak bayi. Berat kalau digendong terus ke sekolah. Alamat Ds Jatitengah Kec Selopuro Kab Blitar. Matur nuwun.",
     ("Blitar", "Selopuro", "Jatitengah"), "anak_disabilitas", False, "normal",
     dict(place="Ds Jatitengah Kec Selopuro Kab Blitar", category="putri kami Aisyah (9) penderita lumpuh layu", pasung=None, urgency="Mohon bantuan kursi roda"))
post("Bocah cilik umur 4 taun nang Ds. Pujon Kidul Kec. Pujon ora iso mlaku, sikile bengkok, ora tau diperiksakno amarga wong tuwane ora duwe duit. Kab Malang.",
     ("Malang", "Pujon", "Pujon Kidul"), "anak_disabilitas", False, "normal",
     dict(place="Ds. Pujon Kidul Kec. Pujon", category="ora iso mlaku, sikile bengkok", pasung=None, urgency=None),
     "Javanese. Debatable anak_balita_telantar (never examined).")
post("Anak down syndrome 15 th di Kel. Gili Ketapang? bukan, maksud saya Ds. Pesisir Kec. Sumberasih Probolinggo, sering dibully & dipalak anak2 kampung. Ibunya minta dia bisa ikut kegiatan di UPT.",
     ("Probolinggo", "Sumberasih", "Pesisir"), "anak_disabilitas", False, "normal",
     dict(place="Ds. Pesisir Kec. Sumberasih Probolinggo", category="Anak down syndrome 15 th", pasung=None, urgency="Ibunya minta dia bisa ikut kegiatan di UPT"),
     "The reporter corrects the place mid-post: Gili Ketapang is wrong, Pesisir is right.")
