# Pasung now, described many ways (and re-shackled after a release).
post("Assalamu'alaikum min 🙏 mau lapor, di Dsn. Sumberjo Ds. Ngrayun Kec. Ngrayun Ponorogo ada bapak2 umur 50an sudah lama kakinya dimasukkan ke kayu berlubang di belakang rumah. Keluarganya bilang takut kalau dilepas dia ngamuk dan lempar batu ke tetangga. Makan dikasih tiap hari tapi badannya kotor sekali.",
     ("Ponorogo", "Ngrayun", "Ngrayun"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Ngrayun Kec. Ngrayun Ponorogo", category="dia ngamuk dan lempar batu ke tetangga", pasung="kakinya dimasukkan ke kayu berlubang", urgency="sudah lama kakinya dimasukkan ke kayu berlubang"),
     "Stocks described without the word pasung; fed daily, so high.")
post("Nyo'on tolong, bada tatangga kaule e Ds. Bangkes Kec. Kadur Pamekasan, lake' ta' waras, la duwa' taon e rante e budi roma. Kaluarga ta' andi' biaya ka RSJ. Tolong dinsos 🙏",
     ("Pamekasan", "Kadur", "Bangkes"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Bangkes Kec. Kadur Pamekasan", category="ta' waras", pasung="e rante", urgency="la duwa' taon e rante"),
     "Madurese: 'ta' waras' = not sane, 'e rante' = chained, 'e budi roma' = behind the house.")
post("Rek, iki nyata ndek Kel. Sidotopo Wetan, Kenjeran, Suroboyo. Cak Mat (40an) wong stres ditali nang cagak omah wis 3 wulan, mbok'e wis tuwek gak kuat ngurusi. Tulung diparani @dinsosjatim",
     ("Kota Surabaya", "Kenjeran", "Sidotopo Wetan"), "penyandang_disabilitas", True, "high",
     dict(place="Kel. Sidotopo Wetan, Kenjeran, Suroboyo", category="wong stres", pasung="ditali nang cagak omah", urgency="ditali nang cagak omah wis 3 wulan"),
     "Surabaya Javanese: 'ditali nang cagak omah' = tied to the house pillar.")
post("TRENGGALEK – Seorang perempuan berinisial S (33) warga Desa Bendoroto, Kecamatan Munjungan, ditemukan dalam kondisi terpasung di sebuah bilik kayu berukuran 1,5 x 2 meter. Menurut perangkat desa, S mengalami gangguan kejiwaan sejak ditinggal suaminya dan dikurung keluarganya sejak 2021. Pihak desa berkoordinasi dengan TKSK untuk proses pembebasan.",
     ("Trenggalek", "Munjungan", "Bendoroto"), "penyandang_disabilitas", True, "high",
     dict(place="Desa Bendoroto, Kecamatan Munjungan", category="gangguan kejiwaan", pasung="ditemukan dalam kondisi terpasung di sebuah bilik kayu", urgency="dikurung keluarganya sejak 2021"),
     "News style; the release has not happened yet, so pasung now. Kabupaten from the dateline.")
post("Ngapunten admin, mas Yoyok (29) Ds. Jiwut Kec. Nglegok Kab. Blitar taun 2022 sudah dilepas dari pasung dan dirawat di RSJ Lawang. Tapi sejak obatnya habis kambuh lagi, sekarang sama bapaknya dirantai lagi di kamar belakang. Mohon dibantu lagi 🙏",
     ("Blitar", "Nglegok", "Jiwut"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Jiwut Kec. Nglegok Kab. Blitar", category="kambuh lagi", pasung="sekarang sama bapaknya dirantai lagi di kamar belakang", urgency="dirantai lagi"),
     "Re-shackled after a release: pasung now although the post also tells of the release.")
post("ODGJ dikerangkeng besi di pekarangan, kena hujan kena panas. Lokasi Ds Sumberbulu, Songgon, Banyuwangi. Dah 5 thn lebih. kasihan bgt 😭😭",
     ("Banyuwangi", "Songgon", "Sumberbulu"), "penyandang_disabilitas", True, "high",
     dict(place="Ds Sumberbulu, Songgon, Banyuwangi", category="ODGJ", pasung="dikerangkeng besi", urgency="Dah 5 thn lebih"))
post("DARURAT. Pak Sarip (45) dipasung pakai balok kayu di gubuk sawah Ds. Tambakmerak Kec. Kasiman Bojonegoro. Kakinya bengkak menghitam dan ada luka busuk, sudah 3 hari gak mau makan. Keluarga pasrah. Tolong segera tim dinsos & puskesmas!",
     ("Bojonegoro", "Kasiman", "Tambakmerak"), "penyandang_disabilitas", True, "emergency",
     dict(place="Ds. Tambakmerak Kec. Kasiman Bojonegoro", category="dipasung", pasung="dipasung pakai balok kayu", urgency="Kakinya bengkak menghitam dan ada luka busuk, sudah 3 hari gak mau makan"),
     "Wound and three days without food: emergency.")
post("tetangga sy ada yg dikurung d kamar dikunci dr luar udh 2thn krn sakit jiwa,mkn dikasih lwt lubang pintu. ds lengkong kec sukorejo ponorogo. tlg min",
     ("Ponorogo", "Sukorejo", "Lengkong"), "penyandang_disabilitas", True, "high",
     dict(place="ds lengkong kec sukorejo ponorogo", category="sakit jiwa", pasung="dikurung d kamar dikunci dr luar", urgency="udh 2thn"),
     "Abbreviations and missing spaces.")
post("Lek Narto wonge Ds. Gabru Kec. Gurah, Kediri, wis suwe dikrangkeng nang kandang pitik mburi omah amarga kerep ngamuk lan nyawat watu. Mangan diwenehi sedino pisan, awake kuru. Mugi enggal dibantu.",
     ("Kediri", "Gurah", "Gabru"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Gabru Kec. Gurah, Kediri", category="kerep ngamuk lan nyawat watu", pasung="dikrangkeng nang kandang pitik", urgency="Mangan diwenehi sedino pisan"),
     "Javanese: kept in a chicken coop; fed once a day.")
post("#stoppasung #jatimbebaspasung Masih ada di 2025!! Seorang ibu di Kec. Tlogosari Bondowoso tangannya diborgol & dirantai ke ranjang sama anaknya sendiri karena sering kabur dan ngomong sendiri. @dinsosjatim @khofifah.ip",
     ("Bondowoso", "Tlogosari"), "penyandang_disabilitas", True, "high",
     dict(place="Kec. Tlogosari Bondowoso", category="ngomong sendiri", pasung="tangannya diborgol & dirantai ke ranjang", urgency="dirantai ke ranjang"))
post("Relawan KPSI simpul Jember menemukan 1 kasus pasung baru di Desa Sukamakmur, Kecamatan Ajung. Klien laki-laki 36 th, diagnosis skizofrenia paranoid, putus obat sejak 2023, saat ini dirantai di dapur. Kondisi fisik cukup, makan teratur. Mohon koordinasi untuk rujukan ke RSJ.",
     ("Jember", "Ajung", "Sukamakmur"), "penyandang_disabilitas", True, "high",
     dict(place="Desa Sukamakmur, Kecamatan Ajung", category="skizofrenia paranoid", pasung="saat ini dirantai di dapur", urgency="saat ini dirantai di dapur"),
     "NGO report; kabupaten from 'simpul Jember'.")
post("ada org gila diikat di pohon mangga depan rumahnya. jombang, kec. kabuh. udah seminggu ga dilepas2",
     ("Jombang", "Kabuh"), "penyandang_disabilitas", True, "high",
     dict(place="jombang, kec. kabuh", category="org gila", pasung="diikat di pohon mangga", urgency="udah seminggu ga dilepas2"))
post("Bibi' kaule e Ds. Rapa Laok Kec. Omben Sampang, sakek jiwa, e pasong bi' kaluarga la sapolo taon. Mon malem kadinginan. Mator sakalangkong mon bisa ebantu 🙏",
     ("Sampang", "Omben", "Rapa Laok"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Rapa Laok Kec. Omben Sampang", category="sakek jiwa", pasung="e pasong", urgency="la sapolo taon"),
     "Madurese: 'e pasong' = shackled, 'sapolo taon' = ten years.")
post("Min, ini di Kel. Jodipan, Blimbing, Kota Malang. Ada pemuda ODGJ yg kamarnya dipasang teralis dan digembok dari luar, udah setahun ga pernah keluar, BAB di kamar. Keluarga ga tau harus kemana.",
     ("Kota Malang", "Blimbing", "Jodipan"), "penyandang_disabilitas", True, "high",
     dict(place="Kel. Jodipan, Blimbing, Kota Malang", category="ODGJ", pasung="kamarnya dipasang teralis dan digembok dari luar", urgency="udah setahun ga pernah keluar"))
post("Tolong cepat!! Ada ODGJ dipasung di Ds. Kalipang Kec. Grogol Kediri, tadi siang gubuknya kebakaran, orangnya luka bakar di kaki, masih terikat. Warga sudah coba padamkan",
     ("Kediri", "Grogol", "Kalipang"), "penyandang_disabilitas", True, "emergency",
     dict(place="Ds. Kalipang Kec. Grogol Kediri", category="ODGJ", pasung="masih terikat", urgency="luka bakar di kaki, masih terikat"),
     "Kalipang is a desa in four kabupaten; Grogol settles it.")
post("Info TKSK Kec. Sukodono Lumajang: klien a.n. Sdr. B yg kami bebaskan tahun lalu dipasung ulang oleh keluarga sejak 2 minggu lalu krn kambuh & memukul ibunya. Mohon dukungan obat dan rujukan ulang.",
     ("Lumajang", "Sukodono"), "penyandang_disabilitas", True, "high",
     dict(place="Kec. Sukodono Lumajang", category="kambuh & memukul ibunya", pasung="dipasung ulang oleh keluarga", urgency="dipasung ulang"),
     "Re-pasung. Sukodono is also a kecamatan of Sidoarjo.")
post("Ya Allah... sebut saja Mbak Ning, 38 th, warga Ds. Sumberdawe Maron Probolinggo. Sejak keguguran jadi sering teriak2 dan pernah bakar baju. Sekarang kakinya dirantai di tiang dapur. Makan disuapi ibunya yg sudah sepuh.",
     ("Probolinggo", "Maron", "Sumberdawe"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Sumberdawe Maron Probolinggo", category="sering teriak2 dan pernah bakar baju", pasung="kakinya dirantai di tiang dapur", urgency="kakinya dirantai"),
     "'ibunya yg sudah sepuh' is the carer, not the subject.")
post("pasung masih ada guys. tetangga mbahku di Kec. Jenangan Ponorogo dikurung di kandang sapi bertahun2. gaada yg peduli. @dinsosjatim tolong",
     ("Ponorogo", "Jenangan"), "penyandang_disabilitas", True, "high",
     dict(place="Kec. Jenangan Ponorogo", category="dikurung di kandang sapi", pasung="dikurung di kandang sapi", urgency="bertahun2"),
     "'mbahku' is the reporter's grandmother, not the subject.")
post("Sepupu saya di Ngawi, tepatnya Ds. Kendung Kec. Kwadungan, gangguan jiwa berat, tangan dan kakinya diikat tambang di dipan karena kalau lepas suka mukul orang. Sudah 8 bulan begitu.",
     ("Ngawi", "Kwadungan", "Kendung"), "penyandang_disabilitas", True, "high",
     dict(place="Ngawi, tepatnya Ds. Kendung Kec. Kwadungan", category="gangguan jiwa berat", pasung="tangan dan kakinya diikat tambang di dipan", urgency="Sudah 8 bulan"),
     "'suka mukul orang' is why he is tied, not violence against him.")
post("Saya kerja di Bekasi, baru dengar dari ibu kalau adik saya (26) di Ds. Jono Kec. Cerme Gresik sekarang dikurung di kamar dan jendelanya dipaku krn sering kabur telanjang ke jalan. Mohon bantuan penanganan 🙏",
     ("Gresik", "Cerme", "Jono"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Jono Kec. Cerme Gresik", category="sering kabur telanjang ke jalan", pasung="dikurung di kamar dan jendelanya dipaku", urgency="dikurung di kamar"),
     "Reporter in Bekasi; the person is in Gresik. Jono is also a desa in Bojonegoro.")
post("Alhamdulillah sudah ada tim yg datang survei kemarin, tapi sampai hari ini pak Jumali masih dipasung di Ds. Slempit Kec. Kedamean Gresik, belum dibawa ke RSJ. Kapan ya dijemput?",
     ("Gresik", "Kedamean", "Slempit"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Slempit Kec. Kedamean Gresik", category="masih dipasung", pasung="masih dipasung", urgency="masih dipasung"))
post("Ada orang gila dikurung di kurungan bambu kayak kandang ayam, ga dikasih baju, tidur di tanah. Ds. Tobaddung Kec. Klampis, Bangkalan. Oreng dinnak takok ka keluargana.",
     ("Bangkalan", "Klampis", "Tobaddung"), "penyandang_disabilitas", True, "high",
     dict(place="Ds. Tobaddung Kec. Klampis, Bangkalan", category="orang gila", pasung="dikurung di kurungan bambu", urgency="ga dikasih baju, tidur di tanah"),
     "Mixed Indonesian and Madurese.")
