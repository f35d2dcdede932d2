# Homeless, beggars, scavengers, the destitute, vulnerable women.
post("Ada ibu2 bawa 2 anak kecil tidur di halte depan RSUD Sidoarjo udah 3 malem. Katanya diusir dari kontrakan krn gak bisa bayar. Anaknya batuk2. Lokasi Kel. Sidoklumpuk.",
     ("Sidoarjo", "Sidoarjo", "Sidoklumpuk"), "gelandangan", False, "high",
     dict(place="Kel. Sidoklumpuk", category="tidur di halte depan RSUD Sidoarjo udah 3 malem", pasung=None, urgency="Anaknya batuk2"),
     "Homeless family; debatable perempuan_rawan_sosial_ekonomi. Sidoklumpuk is a kelurahan of Kec. Sidoarjo.")
post("Pak tua ini udah setahun lebih hidup di kolong jembatan Kali Brantas dekat Balowerti, masak pake kayu bakar, mandi di kali. Ditawari ke liponsos gak mau. Kota Kediri.",
     ("Kota Kediri", "Kota", "Balowerti"), "gelandangan", False, "normal",
     dict(place="Balowerti", category="hidup di kolong jembatan", pasung=None, urgency="Ditawari ke liponsos gak mau"),
     "Chronic and refuses help: normal. Old but the problem is homelessness (debatable lanjut_usia_telantar).")
post("Mas2 sekitar 30an gak punya tempat tinggal, tiap malam tidur di masjid Kel. Kepanjenlor Kota Blitar, siang jadi kuli panggul di pasar Legi. KTP nya asli Lampung.",
     ("Kota Blitar", "Kepanjenkidul", "Kepanjenlor"), "gelandangan", False, "normal",
     dict(place="Kel. Kepanjenlor Kota Blitar", category="gak punya tempat tinggal, tiap malam tidur di masjid", pasung=None, urgency=None),
     "His ID card is from Lampung; he is in Blitar.")
post("Keluarga 5 org (ada bayi) numpang tidur di gerbong kereta bekas belakang stasiun Kel. Tambak Sarioso, Asem Rowo. Sudah 2 minggu. Bayinya demam sejak kemarin, gak ada uang berobat. #Surabaya",
     ("Kota Surabaya", "Asem Rowo", "Tambak Sarioso"), "gelandangan", False, "emergency",
     dict(place="Kel. Tambak Sarioso, Asem Rowo", category="numpang tidur di gerbong kereta bekas", pasung=None, urgency="Bayinya demam sejak kemarin, gak ada uang berobat"),
     "A sick infant without care: emergency (debatable high).")
post("wong lanang turu nang ngarep ruko pasar Pon Ponorogo wis seminggu, klambine kumel, ora tau ngomong. Jare bakul sayur ora gendheng, mung ora duwe omah.",
     "Ponorogo", "gelandangan", False, "normal",
     dict(place="pasar Pon Ponorogo", category="turu nang ngarep ruko", pasung=None, urgency=None),
     "Javanese; 'ora gendheng' denies mental illness. The market names only the kabupaten.")
post("Info: banyak 'manusia gerobak' tiap malam Ramadan di sepanjang Jl. Pemuda–Jl. Panglima Sudirman, ada yg bawa anak balita. Kec. Genteng Surabaya. Sebagian dari luar kota.",
     ("Kota Surabaya", "Genteng"), "gelandangan", False, "normal",
     dict(place="Kec. Genteng Surabaya", category="'manusia gerobak'", pasung=None, urgency=None),
     "Seasonal street dwellers; Genteng is also a kecamatan of Banyuwangi.")
post("TOLONG ada orang tergeletak di depan pertokoan Jl. Pahlawan Kel. Lemahputro Sidoarjo, kurus, bau, gak sadar. Kayaknya gelandangan. Sudah telpon 112 belum datang.",
     ("Sidoarjo", "Sidoarjo", "Lemahputro"), "gelandangan", False, "emergency",
     dict(place="Kel. Lemahputro Sidoarjo", category="Kayaknya gelandangan", pasung=None, urgency="gak sadar"))
post("Pengemis yg sama tiap hari di perempatan Bundaran Sumenep, ibu2 bawa bayi, bayinya kayak dikasih obat tidur, tidur terus dari pagi sampe sore. Curiga bayi sewaan.",
     "Sumenep", "pengemis", False, "high",
     dict(place="Bundaran Sumenep", category="Pengemis", pasung=None, urgency="bayinya kayak dikasih obat tidur"),
     "The roundabout names only the kabupaten. Debatable anak_balita_telantar (the drugged baby).")
post("Tiap lampu merah di Kota Madiun ada yg minta2, sebagian pakai kostum badut, ada yg pura2 buta. Meresahkan pengendara. Satpol PP & dinsos tolong razia.",
     "Kota Madiun", "pengemis", False, "normal",
     dict(place="Kota Madiun", category="minta2", pasung=None, urgency="tolong razia"))
post("Kampung pengemis di Ds. Pragaan Daya? Katanya tiap Lebaran warga sana 'mudik' ngemis ke Surabaya. Apa benar? Kasian anak2 mereka gak sekolah.",
     ("Sumenep", "Pragaan", "Pragaan Daya"), "pengemis", False, "normal",
     dict(place="Ds. Pragaan Daya", category="Kampung pengemis", pasung=None, urgency="Apa benar?"),
     "A question about a village; its people beg in Surabaya but live here. Debatable place.")
post("Mbah putri ngemis di depan Masjid Agung Tuban tiap hari, ternyata rumahnya dekat situ, anak2nya mampu. Gimana ini min, dibina atau dibiarkan?",
     "Tuban", "pengemis", False, "normal",
     dict(place="Masjid Agung Tuban", category="Mbah putri ngemis", pasung=None, urgency="Gimana ini min"),
     "Old but not neglected (her children are able): pengemis.")
post("pengamen & peminta2 di lampu merah Pasar Kepanjen tambah banyak. kemarin ada yg maksa ngetok2 kaca mobil. Kab Malang tolong ditertibkan",
     ("Malang", "Kepanjen"), "pengemis", False, "normal",
     dict(place="Pasar Kepanjen", category="peminta2", pasung=None, urgency="tolong ditertibkan"),
     "Adults begging: pengemis (debatable anak_jalanan? no children named).")
post("Pak Surip (58) tiap hari cari rosok pake sepeda ontel keliling Kec. Tambaksari, malam tidur di lapak rosoknya. Sering sesak napas. Gak punya KIS.",
     ("Kota Surabaya", "Tambaksari"), "pemulung", False, "high",
     dict(place="Kec. Tambaksari", category="cari rosok pake sepeda ontel", pasung=None, urgency="Sering sesak napas"),
     "Tambaksari is also a kelurahan. 'rosok' = scrap.")
post("Di TPA Supit Urang Kota Malang ada puluhan keluarga pemilah sampah tinggal di gubuk2 pinggir TPA, anak2nya ikut ngais sampah. Kec. Sukun.",
     ("Kota Malang", "Sukun"), "pemulung", False, "normal",
     dict(place="Kec. Sukun", category="pemilah sampah tinggal di gubuk2 pinggir TPA", pasung=None, urgency=None),
     "Scavenging families.")
post("Mbak2 muda bawa karung & anak kecil ngumpulin gelas plastik di pinggir jalan Kel. Mentikan, Prajuritkulon. Kadang anaknya ditinggal di trotoar. Kota Mojokerto.",
     ("Kota Mojokerto", "Prajuritkulon", "Mentikan"), "pemulung", False, "normal",
     dict(place="Kel. Mentikan, Prajuritkulon", category="ngumpulin gelas plastik", pasung=None, urgency=None),
     "Debatable high (a toddler left on the pavement).")
post("Emak-emak pemungut kardus bekas di Pasar Kota Madiun, kena tabrak motor kemarin sore, kakinya bengkak gak bisa jalan, gak berani ke RS krn gak punya BPJS. Kel. Pandean.",
     ("Kota Madiun", "Taman", "Pandean"), "pemulung", False, "high",
     dict(place="Kel. Pandean", category="pemungut kardus bekas", pasung=None, urgency="kakinya bengkak gak bisa jalan"),
     "An untreated injury from yesterday: high (debatable emergency).")
post("Assalamualaikum. Kami dari Pemdes Ds. Jatisari Kec. Tempeh mengusulkan 23 KK miskin ekstrem yang belum tersentuh bantuan apapun, mayoritas buruh harian lepas & lansia. Mohon verifikasi DTKS. #Lumajang",
     ("Lumajang", "Tempeh", "Jatisari"), "fakir_miskin", False, "normal",
     dict(place="Ds. Jatisari Kec. Tempeh", category="23 KK miskin ekstrem", pasung=None, urgency="Mohon verifikasi DTKS"),
     "Village government's proposal.")
post("Keluarga Pak Tohari makan sehari sekali, nasi aking. Rumah lantai tanah, atap seng bolong. 3 anak. Bapaknya sakit TBC gak bisa kerja. Ds. Wringinputih Muncar Banyuwangi.",
     ("Banyuwangi", "Muncar", "Wringinputih"), "fakir_miskin", False, "high",
     dict(place="Ds. Wringinputih Muncar Banyuwangi", category="makan sehari sekali, nasi aking", pasung=None, urgency="makan sehari sekali"),
     "Irregular food: high.")
post("numpang share lurr, keluarga ini di Ds. Kedungwaras Modo Lamongan sudah 2 hari cuma minum air gula, bapaknya ditipu bos proyek gak dibayar. anak2nya lemes 😭 siapapun yg lewat situ mampir ya",
     ("Lamongan", "Modo", "Kedungwaras"), "fakir_miskin", False, "emergency",
     dict(place="Ds. Kedungwaras Modo Lamongan", category="bapaknya ditipu bos proyek gak dibayar", pasung=None, urgency="sudah 2 hari cuma minum air gula"),
     "No food for two days: emergency, said without 'tidak makan'.")
post("Pak RT lapor: warga RT 03 RW 02 Kel. Josenan Kota Madiun, suami istri lansia & anaknya disabilitas, listrik diputus PLN 2 bulan. Penghasilan dari jualan kerupuk. Mohon dibantu.",
     ("Kota Madiun", "Taman", "Josenan"), "fakir_miskin", False, "normal",
     dict(place="Kel. Josenan Kota Madiun", category="listrik diputus PLN 2 bulan", pasung=None, urgency="Mohon dibantu"),
     "A poor household with old and disabled members: fakir_miskin (debatable lanjut_usia_telantar).")
post("Mohon bantuan bedah rumah utk keluarga Mbak Santi, rumah dari anyaman bambu sudah miring, kalau angin kencang sekeluarga ngungsi ke tetangga. Ds. Sukodono Kec. Karangrejo Tulungagung",
     ("Tulungagung", "Karangrejo", "Sukodono"), "fakir_miskin", False, "normal",
     dict(place="Ds. Sukodono Kec. Karangrejo Tulungagung", category="rumah dari anyaman bambu sudah miring", pasung=None, urgency="Mohon bantuan bedah rumah"),
     "Sukodono is a desa here and a kecamatan in Sidoarjo and Lumajang.")
post("Nelayan di Ds. Jatirejo Kec. Lekok, Pasuruan, sudah 2 bulan gak melaut krn cuaca & solar mahal, banyak yg utang ke tengkulak. Anak2 mulai putus sekolah.",
     ("Pasuruan", "Lekok", "Jatirejo"), "fakir_miskin", False, "normal",
     dict(place="Ds. Jatirejo Kec. Lekok, Pasuruan", category="gak melaut", pasung=None, urgency=None),
     "Fishers' families; Jatirejo is also a kecamatan of Mojokerto.")
post("Kami 4 bersaudara yatim, ibu buruh cuci. Kakak sy lulus SMA diterima PTN tp gak ada biaya daftar ulang 7jt. Tolong info beasiswa. Kel. Kebonsari Kec. Sukun Kota Malang.",
     ("Kota Malang", "Sukun", "Kebonsari"), "fakir_miskin", False, "normal",
     dict(place="Kel. Kebonsari Kec. Sukun Kota Malang", category="ibu buruh cuci", pasung=None, urgency="Tolong info beasiswa"),
     "A poor family's request; the 'yatim' are adults now. Debatable anak_telantar.")
post("BLT gak pernah dapet, PKH dicoret, padahal suami sy kuli serabutan & kami ngontrak. Yg dapet malah yg punya mobil. Tolong dicek ulang pendataan di Ds. Betet Kec. Ngronggot Nganjuk!!",
     ("Nganjuk", "Ngronggot", "Betet"), "fakir_miskin", False, "normal",
     dict(place="Ds. Betet Kec. Ngronggot Nganjuk", category="suami sy kuli serabutan & kami ngontrak", pasung=None, urgency="Tolong dicek ulang pendataan"),
     "A complaint about targeting.")
post("Bu Marni (38) ditinggal suami nikah siri, 3 anak masih kecil, jualan es keliling, rumah numpang. Sering gak cukup buat makan. Ds. Pandanarum Tempeh Lumajang.",
     ("Lumajang", "Tempeh", "Pandanarum"), "perempuan_rawan_sosial_ekonomi", False, "high",
     dict(place="Ds. Pandanarum Tempeh Lumajang", category="ditinggal suami nikah siri, 3 anak masih kecil", pasung=None, urgency="Sering gak cukup buat makan"))
post("Kelompok ibu2 kepala keluarga (suaminya meninggal/merantau tak kembali) di Kec. Pasean Pamekasan butuh pelatihan & modal usaha. Ada 31 orang, kebanyakan buruh tani musiman.",
     ("Pamekasan", "Pasean"), "perempuan_rawan_sosial_ekonomi", False, "normal",
     dict(place="Kec. Pasean Pamekasan", category="ibu2 kepala keluarga", pasung=None, urgency="butuh pelatihan & modal usaha"))
post("Istri napi narkoba di Ds. Bulu Kec. Sambit, suaminya divonis 9 thn, dia sendirian ngurus 2 anak & mertua stroke, kerja buruh tani harian. Kadang gak ada yg dimasak. #ponorogo",
     ("Ponorogo", "Sambit", "Bulu"), "perempuan_rawan_sosial_ekonomi", False, "high",
     dict(place="Ds. Bulu Kec. Sambit", category="sendirian ngurus 2 anak & mertua stroke", pasung=None, urgency="Kadang gak ada yg dimasak"))
post("Mbak Lilis, baru cerai, pulang ke rumah ortu di Ds. Jatijejer Trawas bawa bayi 4 bulan, gak dinafkahi mantan suami. Ortunya juga petani miskin. Butuh bantuan susu & modal.",
     ("Mojokerto", "Trawas", "Jatijejer"), "perempuan_rawan_sosial_ekonomi", False, "normal",
     dict(place="Ds. Jatijejer Trawas", category="baru cerai", pasung=None, urgency="Butuh bantuan susu & modal"))
post("Janda muda 24 th, suaminya meninggal kecelakaan di tambang, anak 2 balita. Sekarang ditawari kerja 'LC karaoke' sama temannya krn butuh uang. Ds. Kauman Kec. Srengat Blitar. Tolong dibantu sebelum terjerumus.",
     ("Blitar", "Srengat", "Kauman"), "perempuan_rawan_sosial_ekonomi", False, "normal",
     dict(place="Ds. Kauman Kec. Srengat Blitar", category="Janda muda 24 th", pasung=None, urgency="Tolong dibantu sebelum terjerumus"),
     "At risk of prostitution, not in it: perempuan_rawan_sosial_ekonomi.")
post("Ibu Rumini (50) penjual jamu gendong, suami sakit jantung, anak bungsunya disabilitas. Utang di bank keliling sudah 12 juta. Kel. Pakunden Kota Kediri.",
     ("Kota Kediri", "Pesantren", "Pakunden"), "perempuan_rawan_sosial_ekonomi", False, "normal",
     dict(place="Kel. Pakunden Kota Kediri", category="penjual jamu gendong, suami sakit jantung", pasung=None, urgency=None),
     "Pakunden is also a kelurahan of Kota Blitar. Debatable fakir_miskin.")
post("Mbah Jumiran (70) sehari2 ngais botol & kardus di TPS Kel. Pilang Kademangan Kota Probolinggo, dapet 15rb sehari. Rumahnya di bantaran sungai, atap bocor. Minta dibantu bedah rumah.",
     ("Kota Probolinggo", "Kademangan", "Pilang"), "pemulung", False, "normal",
     dict(place="Kel. Pilang Kademangan Kota Probolinggo", category="ngais botol & kardus di TPS", pasung=None, urgency="Minta dibantu bedah rumah"),
     "Old but working as a scavenger: pemulung (debatable lanjut_usia_telantar).")
post("Anak2 pemulung di Kel. Karangketug Gadingrejo Kota Pasuruan ikut ortunya ngorek2 sampah sampai malam, gak sekolah. Tolong ada PKBM atau sekolah gratis.",
     ("Kota Pasuruan", "Gadingrejo", "Karangketug"), "pemulung", False, "normal",
     dict(place="Kel. Karangketug Gadingrejo Kota Pasuruan", category="Anak2 pemulung", pasung=None, urgency="Tolong ada PKBM atau sekolah gratis"),
     "Children of scavengers, scavenging: pemulung (debatable anak_perlindungan_khusus).")
