# Children abused; children needing special protection; adults hurt; trafficking; migrant workers.
post("Kakak kelas anak saya (SD kls 5) cerita kalau dia sering 'dipegang2' sama guru ngajinya di musholla Ds. Kesambirampak Kapongan. Sudah ada 4 anak yang ngaku. Kami takut lapor krn guru itu tokoh. Mohon perlindungan.",
     ("Situbondo", "Kapongan", "Kesambirampak"), "anak_korban_kekerasan", False, "high",
     dict(place="Ds. Kesambirampak Kapongan", category="sering 'dipegang2' sama guru ngajinya", pasung=None, urgency="Sudah ada 4 anak yang ngaku"),
     "Sexual abuse said in euphemism; kabupaten not named (Kapongan is only in Situbondo).")
post("Tolong!!! Anak tetangga umur 5 th barusan disundut rokok & diinjak bapaknya yg mabuk. Anaknya teriak2, kami gak berani masuk, bapaknya bawa parang. Ds. Tenggir Kec. Panji Situbondo. Polisi belum datang!!",
     ("Situbondo", "Panji", "Tenggir"), "anak_korban_kekerasan", False, "emergency",
     dict(place="Ds. Tenggir Kec. Panji Situbondo", category="Anak tetangga umur 5 th barusan disundut rokok & diinjak bapaknya", pasung=None, urgency="bapaknya bawa parang"),
     "Violence now and a weapon.")
post("Siswi kelas 8 di Kec. Tambelangan Sampang hamil 5 bulan, pelakunya pamannya sendiri. Keluarga malah mau nikahkan dia sama pelaku biar gak malu. Tolong dinsos & UPTD PPA 🙏",
     ("Sampang", "Tambelangan"), "anak_korban_kekerasan", False, "high",
     dict(place="Kec. Tambelangan Sampang", category="Siswi kelas 8", pasung=None, urgency="mau nikahkan dia sama pelaku"),
     "Incest and a planned marriage to the abuser; debatable anak_perlindungan_khusus.")
post("Ponakan saya (10) di Ds. Tlesah Tlanakan Pamekasan sering dicubit sampai biru, dijewer, dikatain anak haram sama ibu tirinya. Ayahnya kerja di Jakarta gak tau. Foto memarnya ada di saya.",
     ("Pamekasan", "Tlanakan", "Tlesah"), "anak_korban_kekerasan", False, "high",
     dict(place="Ds. Tlesah Tlanakan Pamekasan", category="dicubit sampai biru, dijewer, dikatain anak haram", pasung=None, urgency="sering dicubit sampai biru"),
     "Repeated abuse, no injury now: high.")
post("[BERITA] Seorang bocah 7 tahun di Kecamatan Sokobanah, Sampang, menjadi korban bullying hingga patah tangan setelah didorong kakak kelasnya dari tangga sekolah. Korban kini dirawat di RSUD Sampang.",
     ("Sampang", "Sokobanah"), "anak_korban_kekerasan", False, "high",
     dict(place="Kecamatan Sokobanah, Sampang", category="korban bullying hingga patah tangan", pasung=None, urgency="patah tangan"),
     "News; he is already treated: high (debatable emergency).")
post("Anak perempuan 12 th di Ds. Demuk Pucanglaban diperkosa bergiliran 3 pemuda kampung minggu lalu. Pelaku baru 1 ditangkap, 2 masih bebas berkeliaran dekat rumah korban. Keluarga ketakutan.",
     ("Tulungagung", "Pucanglaban", "Demuk"), "anak_korban_kekerasan", False, "high",
     dict(place="Ds. Demuk Pucanglaban", category="diperkosa bergiliran", pasung=None, urgency="2 masih bebas berkeliaran dekat rumah korban"),
     "Debatable emergency (perpetrators near).")
post("Video anak SD dipukuli teman2nya di kelas viral, lokasinya SDN di Kec. Munjungan Trenggalek. Sekolah bilang cuma bercanda. Anaknya sekarang gak mau sekolah. #stopbullying",
     ("Trenggalek", "Munjungan"), "anak_korban_kekerasan", False, "high",
     dict(place="Kec. Munjungan Trenggalek", category="anak SD dipukuli teman2nya", pasung=None, urgency="Anaknya sekarang gak mau sekolah"))
post("Anak angkat umur 9 tahun di rumah juragan ikan Kel. Trajeng Kota Pasuruan disuruh kerja dari subuh, kalau salah dipukul pakai selang. Tetangga sering dengar jeritan.",
     ("Kota Pasuruan", "Panggungrejo", "Trajeng"), "anak_korban_kekerasan", False, "high",
     dict(place="Kel. Trajeng Kota Pasuruan", category="dipukul pakai selang", pasung=None, urgency="Tetangga sering dengar jeritan"),
     "Abuse and child labour; abuse decides.")
post("Anakku wedok umur 14 dikirimi foto saru karo wong lanang sing kenal nang game online, saiki diancam fotone disebar yen ora gelem ketemuan. Awake dewe nang Dawarblandong Mojokerto. Kudu piye?",
     ("Mojokerto", "Dawarblandong"), "anak_korban_kekerasan", False, "high",
     dict(place="Dawarblandong Mojokerto", category="diancam fotone disebar", pasung=None, urgency="diancam fotone disebar yen ora gelem ketemuan"),
     "Javanese; online sexual extortion of a child. Debatable anak_perlindungan_khusus.")
# Special protection
post("Mohon perhatian, anak tetangga baru lulus SD (12 th) mau dinikahkan bulan depan sama duda 35 th karena utang orang tuanya. Ds. Panaan Kec. Palengaan Pamekasan. Anaknya nangis2 gak mau.",
     ("Pamekasan", "Palengaan", "Panaan"), "anak_perlindungan_khusus", False, "high",
     dict(place="Ds. Panaan Kec. Palengaan Pamekasan", category="mau dinikahkan bulan depan", pasung=None, urgency="Anaknya nangis2 gak mau"),
     "Child marriage.")
post("Di perairan Ds. Sumberdadap Pucanglaban Tulungagung banyak anak 10-14 th ikut kerja di perahu nelayan sampai malam, putus sekolah. Ada yg pernah hampir tenggelam.",
     ("Tulungagung", "Pucanglaban", "Sumberdadap"), "anak_perlindungan_khusus", False, "normal",
     dict(place="Ds. Sumberdadap Pucanglaban Tulungagung", category="anak 10-14 th ikut kerja di perahu nelayan", pasung=None, urgency=None),
     "Child labour in hazardous work; chronic.")
post("Anak2 napiter (narapidana terorisme) di Kec. Tenggarang Bondowoso dikucilkan teman sekolah & tetangga. Ibunya butuh pendampingan psikososial utk anak2nya.",
     ("Bondowoso", "Tenggarang"), "anak_perlindungan_khusus", False, "normal",
     dict(place="Kec. Tenggarang Bondowoso", category="Anak2 napiter (narapidana terorisme)", pasung=None, urgency="butuh pendampingan psikososial"))
post("Anak 8 th positif HIV dari ibunya (sudah almarhumah) ditolak masuk SD di Ds. Entalsewu, Buduran, Sidoarjo krn wali murid protes. Sekarang diasuh neneknya.",
     ("Sidoarjo", "Buduran", "Entalsewu"), "anak_perlindungan_khusus", False, "high",
     dict(place="Ds. Entalsewu, Buduran, Sidoarjo", category="Anak 8 th positif HIV", pasung=None, urgency="ditolak masuk SD"),
     "A child with HIV refused schooling: anak_perlindungan_khusus under the PPKS rules (debatable odha).")
post("Kecamatan Trawas, banyak anak tanggung 13-15 th kerja malam di villa sebagai 'pemandu karaoke'. Orang tua tau tapi butuh duit. Tolong dinsos Mojokerto turun.",
     ("Mojokerto", "Trawas"), "anak_perlindungan_khusus", False, "high",
     dict(place="Kecamatan Trawas", category="anak tanggung 13-15 th kerja malam di villa", pasung=None, urgency="kerja malam di villa"),
     "Child sexual exploitation risk; debatable korban_perdagangan_orang.")
post("Dispensasi kawin di PA Kab. Blitar naik lagi tahun ini, kebanyakan krn hamil duluan. Anak2 usia 15-16 jadi ibu. Perlu program pencegahan di desa2.",
     "Blitar", "anak_perlindungan_khusus", False, "normal",
     dict(place="Kab. Blitar", category="Dispensasi kawin", pasung=None, urgency="Perlu program pencegahan"),
     "A general concern for a kabupaten.")
# Adults hurt
post("Kulo nyuwun tulung, anak wedok kulo dipun siksa bojone, rai ne bonyok, untune copot. Saiki mlayu teng griyo kulo Ds. Craken Munjungan. Bojone ngancam arep mateni yen ora bali.",
     ("Trenggalek", "Munjungan", "Craken"), "korban_tindak_kekerasan", False, "emergency",
     dict(place="Ds. Craken Munjungan", category="dipun siksa bojone", pasung=None, urgency="Bojone ngancam arep mateni"),
     "Krama Javanese; an adult daughter; a death threat now.")
post("Istri tetangga sering jerit2 tiap malam, kemarin matanya lebam & tangannya diperban. Kalau ditanya bilang jatuh. Suaminya pemabuk. Perumahan di Ds. Sidokerto Buduran Sidoarjo.",
     ("Sidoarjo", "Buduran", "Sidokerto"), "korban_tindak_kekerasan", False, "high",
     dict(place="Ds. Sidokerto Buduran Sidoarjo", category="matanya lebam & tangannya diperban", pasung=None, urgency="sering jerit2 tiap malam"),
     "Suspected domestic violence.")
post("Pekerja rumah tangga asal Ds. Sooka Punung Pacitan di rumah majikan di Kel. Medokan Semampir, Sukolilo, Surabaya disiram air panas. Sekarang dia kabur ke rumah saya, punggungnya melepuh. Tolong!",
     ("Kota Surabaya", "Sukolilo", "Medokan Semampir"), "korban_tindak_kekerasan", False, "emergency",
     dict(place="Kel. Medokan Semampir, Sukolilo, Surabaya", category="disiram air panas", pasung=None, urgency="punggungnya melepuh"),
     "From Pacitan, now in Surabaya. Debatable: the reporter's house is in Surabaya too.")
post("Janda 40 th di Kec. Tempurejo Jember dikeroyok warga karena dituduh dukun santet, rumahnya dibakar. Sekarang ngungsi di balai desa dengan luka di kepala.",
     ("Jember", "Tempurejo"), "korban_tindak_kekerasan", False, "emergency",
     dict(place="Kec. Tempurejo Jember", category="dikeroyok warga karena dituduh dukun santet", pasung=None, urgency="luka di kepala"),
     "Mob violence against one person: korban_tindak_kekerasan (debatable korban_bencana_sosial).")
post("Saya korban KDRT 6 tahun, sekarang sudah cerai tapi mantan suami masih sering datang minta uang & mengancam. Saya takut. Anak saya 2. Tinggal di Ds. Randegan Tanggulangin.",
     ("Sidoarjo", "Tanggulangin", "Randegan"), "korban_tindak_kekerasan", False, "high",
     dict(place="Ds. Randegan Tanggulangin", category="korban KDRT", pasung=None, urgency="masih sering datang minta uang & mengancam"),
     "Randegan is also a desa in Mojokerto; Tanggulangin settles it.")
post("Bapak tua (67) penjaga sekolah di Ds. Kerkep Gurah dipukuli 3 pemuda mabuk semalam, giginya rontok, sekarang di puskesmas. Pelaku kabur.",
     ("Kediri", "Gurah", "Kerkep"), "korban_tindak_kekerasan", False, "high",
     dict(place="Ds. Kerkep Gurah", category="dipukuli 3 pemuda mabuk", pasung=None, urgency="giginya rontok"),
     "An old man as a victim of violence: korban_tindak_kekerasan, not lanjut_usia_telantar. Treated now: high.")
# Trafficking
post("Waspada! 6 gadis dari Kec. Sumbermanjing Wetan Malang dibawa calo ke Bali katanya kerja di spa, ternyata dijadikan terapis plus2 dan gak boleh pulang sampai utang lunas. 1 berhasil pulang kemarin.",
     ("Malang", "Sumbermanjing Wetan"), "korban_perdagangan_orang", False, "high",
     dict(place="Kec. Sumbermanjing Wetan Malang", category="dibawa calo ke Bali katanya kerja di spa", pasung=None, urgency="gak boleh pulang sampai utang lunas"),
     "The one who came home is in Malang; the others in Bali (unknown). Labelled at home.")
post("Suami saya direkrut kerja di kapal ikan Taiwan lewat agen di Pemalang, 2 tahun gak digaji, sering dipukul ABK senior, paspor ditahan. Kabar terakhir kapalnya di Fiji. Kami di Ds. Tremas Arjosari Pacitan.",
     ("Pacitan", "Arjosari", "Tremas"), "korban_perdagangan_orang", False, "high",
     dict(place="Ds. Tremas Arjosari Pacitan", category="2 tahun gak digaji, sering dipukul ABK senior, paspor ditahan", pasung=None, urgency="paspor ditahan"),
     "Forced labour at sea: labelled at home (abroad). Debatable pekerja_migran_bermasalah.")
post("Ada info lowongan kerja ke Kamboja gaji 15jt tanpa syarat di grup FB, sepupu sy dr Ds. Ngromo Nawangan sdh berangkat, skrg dia dipaksa jd operator scam online, kl gak capai target disetrum. Tolong bgt.",
     ("Pacitan", "Nawangan", "Ngromo"), "korban_perdagangan_orang", False, "emergency",
     dict(place="Ds. Ngromo Nawangan", category="dipaksa jd operator scam online", pasung=None, urgency="disetrum"),
     "Online-scam trafficking to Cambodia; labelled at home. Torture now: emergency (debatable high).")
post("Polres Tulungagung bongkar jaringan perdagangan orang, 3 korban masih di bawah umur asal Kec. Campurdarat dijual ke tempat hiburan di Papua. Korban sudah dipulangkan dan didampingi.",
     ("Tulungagung", "Campurdarat"), "korban_perdagangan_orang", False, "normal",
     dict(place="Kec. Campurdarat", category="jaringan perdagangan orang", pasung=None, urgency="Korban sudah dipulangkan dan didampingi"),
     "News; the victims are home and supported.")
post("tolong tmn sy cewe 20th dijual pacarnya sendiri lewat aplikasi, skrg disekap di kos di Kec. Kedungkandang, Kota Malang, ditunggui cowoknya. barusan dia kirim lokasi diam2",
     ("Kota Malang", "Kedungkandang"), "korban_perdagangan_orang", False, "emergency",
     dict(place="Kec. Kedungkandang, Kota Malang", category="dijual pacarnya sendiri lewat aplikasi", pasung=None, urgency="skrg disekap"),
     "Held now: emergency.")
# Migrant workers
post("Ibu saya PMI di Taiwan sudah 3 bulan gak bisa dihubungi, agen PT di Malang juga lepas tangan. Terakhir cerita majikannya kasar. Kami di Ds. Sumberjo Sanankulon Blitar. Mohon bantu lacak.",
     ("Blitar", "Sanankulon", "Sumberjo"), "pekerja_migran_bermasalah", False, "high",
     dict(place="Ds. Sumberjo Sanankulon Blitar", category="PMI di Taiwan sudah 3 bulan gak bisa dihubungi", pasung=None, urgency="sudah 3 bulan gak bisa dihubungi"),
     "Abroad: labelled at home.")
post("Bapak sy buruh sawit di Sabah, kena stroke, dipulangkan lewat Nunukan tanpa uang sepeser pun. Skrg sdh di rumah Ds. Sliwung Panji Situbondo, lumpuh, kami gak punya BPJS.",
     ("Situbondo", "Panji", "Sliwung"), "pekerja_migran_bermasalah", False, "normal",
     dict(place="Ds. Sliwung Panji Situbondo", category="buruh sawit di Sabah", pasung=None, urgency="kami gak punya BPJS"),
     "Now at home in Situbondo; Nunukan is where he passed. Debatable penyandang_disabilitas.")
post("Jenazah TKW asal Ds. Somber Tambelangan Sampang belum bisa dipulangkan dari Saudi, keluarga diminta biaya 60 juta. Mohon bantuan pemerintah.",
     ("Sampang", "Tambelangan", "Somber"), "pekerja_migran_bermasalah", False, "high",
     dict(place="Ds. Somber Tambelangan Sampang", category="Jenazah TKW", pasung=None, urgency="belum bisa dipulangkan dari Saudi"),
     "Somber is also a desa in Sumenep.")
post("Keluarga eks-PMI Hongkong di Ds. Ambat Tlanakan Pamekasan, istrinya pulang hamil tanpa suami, ditolak keluarga, skrg tinggal di musholla. Anak pertamanya masih SD.",
     ("Pamekasan", "Tlanakan", "Ambat"), "pekerja_migran_bermasalah", False, "high",
     dict(place="Ds. Ambat Tlanakan Pamekasan", category="eks-PMI Hongkong", pasung=None, urgency="skrg tinggal di musholla"),
     "Debatable perempuan_rawan_sosial_ekonomi.")
post("Min, cara ngurus kepulangan adik saya yg kerja di Malaysia tanpa dokumen (unprocedural)? Dia mau pulang tapi takut ditangkap. Alamat asal Kec. Kwanyar Bangkalan.",
     ("Bangkalan", "Kwanyar"), "pekerja_migran_bermasalah", False, "normal",
     dict(place="Kec. Kwanyar Bangkalan", category="kerja di Malaysia tanpa dokumen", pasung=None, urgency="Min, cara ngurus kepulangan"),
     "A question; abroad, labelled at home.")
