# Families in crisis, prostitution, former prisoners, HIV, drugs.
post("Rumah tangga tetangga kami tiap hari geger, suami istri saling lempar barang, anak2 sampai ngungsi ke rumah mbahnya. Sudah dimediasi RT tapi kambuh lagi. Ds. Kalikajar Kulon Paiton Probolinggo. Mohon konseling keluarga.",
     ("Probolinggo", "Paiton", "Kalikajar Kulon"), "keluarga_bermasalah_psikologis", False, "normal",
     dict(place="Ds. Kalikajar Kulon Paiton Probolinggo", category="suami istri saling lempar barang", pasung=None, urgency="Mohon konseling keluarga"))
post("Setelah anak sulungnya meninggal tenggelam, keluarga Pak Hadi berantakan: istrinya mengurung diri, bapaknya mulai minum, adiknya bolos terus. Kec. Dolopo Kab. Madiun. Perlu pendampingan psikolog.",
     ("Madiun", "Dolopo"), "keluarga_bermasalah_psikologis", False, "normal",
     dict(place="Kec. Dolopo Kab. Madiun", category="keluarga Pak Hadi berantakan", pasung=None, urgency="Perlu pendampingan psikolog"),
     "Grief; 'mengurung diri' is shutting herself in, not pasung.")
post("Anak remaja (16) sering kabur dari rumah krn ortunya tiap hari bertengkar & mau cerai, sekarang dia nginep di warkop. Kami gurunya bingung. Kec. Gondang Nganjuk.",
     ("Nganjuk", "Gondang"), "keluarga_bermasalah_psikologis", False, "normal",
     dict(place="Kec. Gondang Nganjuk", category="ortunya tiap hari bertengkar & mau cerai", pasung=None, urgency=None),
     "The family is the problem; debatable anak_telantar. Gondang is a kecamatan of three kabupaten.")
post("Mertua & menantu gak akur sampai bacok2an mulut tiap hari, cucu2 jadi korban dimarahi terus. Sdh 3x lapor kades. Ds. Sukokerto Pajarakan Probolinggo. Butuh mediasi dinsos.",
     ("Probolinggo", "Pajarakan", "Sukokerto"), "keluarga_bermasalah_psikologis", False, "normal",
     dict(place="Ds. Sukokerto Pajarakan Probolinggo", category="Mertua & menantu gak akur", pasung=None, urgency="Butuh mediasi dinsos"),
     "'bacok2an mulut' is figurative (verbal fights).")
post("Keluarga Bu Ani (korban investasi bodong) stres berat, suaminya pernah coba minum racun tapi selamat, sekarang dijaga keluarga. Anak2nya ketakutan. Ds. Kebonwaris Pandaan.",
     ("Pasuruan", "Pandaan", "Kebonwaris"), "keluarga_bermasalah_psikologis", False, "high",
     dict(place="Ds. Kebonwaris Pandaan", category="Keluarga Bu Ani (korban investasi bodong) stres berat", pasung=None, urgency="pernah coba minum racun"),
     "A past suicide attempt, watched now: high.")
post("Kami keluarga yg anaknya baru keluar dari penjara kasus narkoba, sekarang di rumah sering ribut dengan bapaknya sampai tetangga terganggu. Ibunya sakit2an memikirkan. Tolong pendampingan. Kec. Kutorejo Mojokerto",
     ("Mojokerto", "Kutorejo"), "keluarga_bermasalah_psikologis", False, "normal",
     dict(place="Kec. Kutorejo Mojokerto", category="sering ribut dengan bapaknya", pasung=None, urgency="Tolong pendampingan"),
     "The request is for the family; debatable bekas_warga_binaan. Kutorejo is also a kelurahan of Pandaan.")
post("Ada rumah kos di Kel. Putat Jaya Sawahan yg dijadikan tempat 'esek2' terselubung, cewek2nya keluar masuk tiap malam. Bekas Dolly kok masih aja. Surabaya.",
     ("Kota Surabaya", "Sawahan", "Putat Jaya"), "tuna_susila", False, "normal",
     dict(place="Kel. Putat Jaya Sawahan", category="tempat 'esek2' terselubung", pasung=None, urgency=None),
     "Sawahan is also a kecamatan of Nganjuk and Madiun.")
post("Warung kopi pangku di sepanjang jalur pantura Ds. Sekapuk Ujungpangkah Gresik makin rame, ada yg masih SMA jadi pelayan. Mohon dinsos & satpol PP.",
     ("Gresik", "Ujungpangkah", "Sekapuk"), "tuna_susila", False, "normal",
     dict(place="Ds. Sekapuk Ujungpangkah Gresik", category="Warung kopi pangku", pasung=None, urgency="Mohon dinsos & satpol PP"),
     "'Warung kopi pangku' = coffee stalls with sex work. A schoolgirl is mentioned in passing (debatable anak_perlindungan_khusus).")
post("Mantan PSK usia 45 di eks lokalisasi Kec. Kraton Pasuruan pengen berhenti, minta modal usaha jahit. Sudah ikut pelatihan tapi mesin gak ada.",
     ("Pasuruan", "Kraton"), "tuna_susila", False, "normal",
     dict(place="Kec. Kraton Pasuruan", category="Mantan PSK", pasung=None, urgency="minta modal usaha jahit"),
     "Former sex worker: tuna_susila is the PPKS category for rehabilitation.")
post("Di grup FB jual beli 'open BO' banyak yg nawarin dari area Bangil, ada yg ngaku umur 16. Gimana cara lapornya?",
     ("Pasuruan", "Bangil"), "tuna_susila", False, "high",
     dict(place="area Bangil", category="'open BO'", pasung=None, urgency="ada yg ngaku umur 16"),
     "Debatable anak_perlindungan_khusus (a minor).")
post("Razia Satpol PP semalam di hotel melati Kel. Kepatihan? maaf, Kel. Sekardangan Sidoarjo, 7 perempuan pekerja seks diamankan, 2 di antaranya hamil. Mohon dibina di UPT.",
     ("Sidoarjo", "Sidoarjo", "Sekardangan"), "tuna_susila", False, "normal",
     dict(place="Kel. Sekardangan Sidoarjo", category="7 perempuan pekerja seks diamankan", pasung=None, urgency="Mohon dibina di UPT"),
     "A correction: Kepatihan (a desa of Tulangan) is wrong, Sekardangan is right.")
post("Mbak2 'kupu2 malam' sering mangkal di bawah jembatan dekat terminal Kota Probolinggo, satu di antaranya ODHA. Perlu penjangkauan.",
     ("Kota Probolinggo"), "tuna_susila", False, "normal",
     dict(place="Kota Probolinggo", category="'kupu2 malam'", pasung=None, urgency="Perlu penjangkauan"),
     "Euphemism for sex workers; ODHA mentioned for one of them.")
post("Adik saya baru bebas dari Lapas Kelas I Malang setelah 5 tahun, ditolak pulang oleh warga Ds. Karangsari Bantur karena kasusnya pencurian di desa itu. Sekarang tidur di pos kamling.",
     ("Malang", "Bantur", "Karangsari"), "bekas_warga_binaan", False, "high",
     dict(place="Ds. Karangsari Bantur", category="baru bebas dari Lapas Kelas I Malang", pasung=None, urgency="Sekarang tidur di pos kamling"),
     "The prison is in Kota Malang; he is in Bantur.")
post("Eks narapidana terorisme di Kec. Grujugan Bondowoso butuh bantuan usaha agar tidak kembali ke jaringan. Sudah ikrar setia NKRI.",
     ("Bondowoso", "Grujugan"), "bekas_warga_binaan", False, "normal",
     dict(place="Kec. Grujugan Bondowoso", category="Eks narapidana terorisme", pasung=None, urgency="butuh bantuan usaha"),
     "")
post("Pak, saya residivis, sudah 3x keluar masuk penjara. Sekarang mau tobat tapi gak ada yang mau terima kerja. Saya di Ds. Kenep Balen Bojonegoro. Bisa ikut pelatihan las?",
     ("Bojonegoro", "Balen", "Kenep"), "bekas_warga_binaan", False, "normal",
     dict(place="Ds. Kenep Balen Bojonegoro", category="sudah 3x keluar masuk penjara", pasung=None, urgency="Bisa ikut pelatihan las?"))
post("Bapak sy (64) habis keluar rutan bulan lalu, gak diterima keluarga istri barunya, skrg luntang lantung di sekitar Pasar Tawangrejo Pandaan. Mohon dibantu pulang ke kampung.",
     ("Pasuruan", "Pandaan", "Tawangrejo"), "bekas_warga_binaan", False, "high",
     dict(place="Pasar Tawangrejo Pandaan", category="habis keluar rutan bulan lalu", pasung=None, urgency="luntang lantung"),
     "Old, homeless, just released: debatable gelandangan or lanjut_usia_telantar.")
post("Teman saya waria ODHA di Kel. Dupak Krembangan Surabaya, CD4 tinggal 50, gak mau ke puskesmas krn pernah dihina petugas. Badannya tinggal tulang. Tolong pendamping.",
     ("Kota Surabaya", "Krembangan", "Dupak"), "odha", False, "high",
     dict(place="Kel. Dupak Krembangan Surabaya", category="waria ODHA", pasung=None, urgency="CD4 tinggal 50"),
     "HIV outweighs the minority identity for the category. Debatable emergency.")
post("Ibu hamil positif HIV di Ds. Daun Sangkapura Bawean, harus lahiran di RS rujukan di Gresik daratan, gak ada biaya nyeberang & takut ketahuan warga.",
     ("Gresik", "Sangkapura", "Daun"), "odha", False, "high",
     dict(place="Ds. Daun Sangkapura Bawean", category="Ibu hamil positif HIV", pasung=None, urgency="harus lahiran"),
     "Bawean is an island of Gresik.")
post("pak, sy lelaki 27 th baru tau reaktif di tes VCT, takut kalau keluarga tau. ada gak pendamping yg bisa nemenin ambil obat di kab. jombang?",
     "Jombang", "odha", False, "normal",
     dict(place="kab. jombang", category="reaktif di tes VCT", pasung=None, urgency="ada gak pendamping"),
     "HIV said as a test result.")
post("Jenazah ODHA di Ds. Glagahwangi Sugihwaras Bojonegoro ditolak dimakamkan warga, keluarganya diusir dari kampung. Anaknya 2 masih kecil.",
     ("Bojonegoro", "Sugihwaras", "Glagahwangi"), "odha", False, "high",
     dict(place="Ds. Glagahwangi Sugihwaras Bojonegoro", category="Jenazah ODHA", pasung=None, urgency="keluarganya diusir dari kampung"),
     "The family of a deceased person with HIV, evicted. Debatable korban_bencana_sosial.")
post("Kakak saya kena HIV dari suaminya yg sudah meninggal, sekarang drop, kena TB juga, batuk darah. Di rumah Ds. Sumberagung Rejotangan Tulungagung, gak ada yg mau bawa ke RS.",
     ("Tulungagung", "Rejotangan", "Sumberagung"), "odha", False, "emergency",
     dict(place="Ds. Sumberagung Rejotangan Tulungagung", category="kena HIV", pasung=None, urgency="batuk darah"))
post("Anak saya 19 th kecanduan obat batuk & tramadol, sudah 2x overdosis masuk IGD. Tolong info rehab rawat inap gratis daerah Blitar.",
     "Blitar", "korban_napza", False, "high",
     dict(place="daerah Blitar", category="kecanduan obat batuk & tramadol", pasung=None, urgency="sudah 2x overdosis masuk IGD"),
     "Past overdoses, not now: high. 'Blitar' bare is the kabupaten.")
post("Darurat! Pemuda tergeletak kejang2 mulut berbusa di gang Kel. Morokrembangan, kata temannya habis nge-drugs campur miras oplosan. Ambulan belum datang.",
     ("Kota Surabaya", "Krembangan", "Morokrembangan"), "korban_napza", False, "emergency",
     dict(place="Kel. Morokrembangan", category="habis nge-drugs campur miras oplosan", pasung=None, urgency="tergeletak kejang2 mulut berbusa"))
post("Di Ds. Ketapanglor Ujungpangkah banyak remaja 'nge-pil' (dobel L) sampai teler di pinggir tambak. Orang tua resah tapi takut melapor polisi.",
     ("Gresik", "Ujungpangkah", "Ketapanglor"), "korban_napza", False, "normal",
     dict(place="Ds. Ketapanglor Ujungpangkah", category="'nge-pil' (dobel L)", pasung=None, urgency=None),
     "A community concern. Debatable anak (teenagers).")
post("Suami sy pecandu judi online & sabu, semua barang dijual, sekarang gak pulang 4 hari. Sy & 3 anak gak punya beras. Ds. Pagak Kec. Pagak Malang.",
     ("Malang", "Pagak", "Pagak"), "korban_napza", False, "high",
     dict(place="Ds. Pagak Kec. Pagak Malang", category="pecandu judi online & sabu", pasung=None, urgency="gak punya beras"),
     "The reporter's household lacks food (debatable emergency). Debatable perempuan_rawan_sosial_ekonomi.")
post("Ponakan sy (23) make ganja sejak SMA, sekarang halusinasi, ngomong ada yg mau bunuh dia, gak tidur 3 hari. Kami takut dia nyakitin diri. Kel. Kutorejo Pandaan.",
     ("Pasuruan", "Pandaan", "Kutorejo"), "korban_napza", False, "emergency",
     dict(place="Kel. Kutorejo Pandaan", category="make ganja sejak SMA", pasung=None, urgency="Kami takut dia nyakitin diri"),
     "Drug-induced psychosis: debatable penyandang_disabilitas; urgency debatable high.")
post("Mohon info, korban penyalahgunaan narkoba yg lapor diri (IPWL) apakah tidak diproses hukum? Saudara saya mau berhenti. Kami dari Kec. Jetis Mojokerto.",
     ("Mojokerto", "Jetis"), "korban_napza", False, "normal",
     dict(place="Kec. Jetis Mojokerto", category="korban penyalahgunaan narkoba", pasung=None, urgency="Mohon info"),
     "A question.")
post("Bocah2 SMP di kampungku nyedot lem aibon nang pinggir kali tiap sore. Wis tak kandani ora ngerungokne. Ds. Bareng Kec. Babadan Ponorogo.",
     ("Ponorogo", "Babadan", "Bareng"), "korban_napza", False, "high",
     dict(place="Ds. Bareng Kec. Babadan Ponorogo", category="nyedot lem aibon", pasung=None, urgency="tiap sore"),
     "Children sniffing glue: korban_napza (debatable anak_*). Bareng is also a kecamatan of Jombang.")
