# Outside East Java: still recognised, with real codes down to the kecamatan.
post("Min, ada orang Jatim (ngaku dari Ngawi) jadi manusia gerobak di Penjaringan, Jakut. Tidur di kolong tol sama istri & anak 3. Bisa dipulangkan ke kampungnya?",
     ("Jakarta Utara", "Penjaringan"), "gelandangan", False, "high",
     dict(place="Penjaringan, Jakut", category="jadi manusia gerobak", pasung=None, urgency="Tidur di kolong tol sama istri & anak 3"),
     "From Ngawi, now in Jakarta: labelled where they are.")
post("Pemulung di TPST Bantargebang, Kota Bekasi, banyak yang asal Jawa Timur. Anak2 mereka gak punya akta. Ada program dinsos Jatim buat mereka?",
     ("Kota Bekasi", "Bantargebang"), "pemulung", False, "normal",
     dict(place="TPST Bantargebang, Kota Bekasi", category="Pemulung", pasung=None, urgency="Ada program dinsos Jatim buat mereka?"))
post("Adik saya (asal Tuban) kerja di Jakarta Timur, Kec. Cakung, dipukuli mandor pabrik sampai tulang rusuk retak. Sekarang di kos, gak berani ke RS krn takut dipecat.",
     ("Jakarta Timur", "Cakung"), "korban_tindak_kekerasan", False, "emergency",
     dict(place="Jakarta Timur, Kec. Cakung", category="dipukuli mandor pabrik", pasung=None, urgency="tulang rusuk retak"),
     "From Tuban; he is in Cakung. Untreated fracture: emergency.")
post("Ada ibu dari Madura ngemis bawa bayi di perempatan Tebet, Jaksel. Katanya suaminya kabur. Tiap hari dari pagi sampe malam.",
     ("Jakarta Selatan", "Tebet"), "pengemis", False, "high",
     dict(place="Tebet, Jaksel", category="ngemis bawa bayi", pasung=None, urgency="Tiap hari dari pagi sampe malam"),
     "Jaksel = Jakarta Selatan.")
post("Tolong, temen saya asal Kediri jadi korban penipuan kerja, sekarang terlantar di Terminal Kampung Rambutan, Pasar Rebo, Jakarta Timur, uangnya habis gak bisa pulang, udah 2 hari gak makan.",
     ("Jakarta Timur", "Pasar Rebo"), "gelandangan", False, "emergency",
     dict(place="Terminal Kampung Rambutan, Pasar Rebo, Jakarta Timur", category="terlantar di Terminal", pasung=None, urgency="udah 2 hari gak makan"),
     "Stranded traveller: gelandangan (debatable korban_perdagangan_orang).")
post("Bapak saya ODGJ asal Bondowoso hilang sejak 2023, kemarin ada yg lihat di sekitar Tanah Abang, Jakarta Pusat, tidur di emperan. Mohon bantuan Dinsos DKI/Jatim untuk menjangkau.",
     ("Jakarta Pusat", "Tanah Abang"), "penyandang_disabilitas", False, "high",
     dict(place="Tanah Abang, Jakarta Pusat", category="ODGJ", pasung=None, urgency="tidur di emperan"),
     "Last seen in Tanah Abang; that is where he is.")
post("Kak, sepupu sy dari Banyuwangi dipasung keluarganya di Cisurupan, Garut (ikut suaminya), sudah 2 thn. Kami jauh, bisa dibantu koordinasi dinsos Garut?",
     ("Garut", "Cisurupan"), "penyandang_disabilitas", True, "high",
     dict(place="Cisurupan, Garut", category="dipasung", pasung="dipasung keluarganya", urgency="sudah 2 thn"),
     "Pasung outside East Java.")
post("Korban gempa di Cugenang Cianjur masih ada yg tinggal di huntara terpal sampai sekarang, anak2 sering sakit. Saya relawan dari Surabaya.",
     ("Cianjur", "Cugenang"), "korban_bencana_alam", False, "high",
     dict(place="Cugenang Cianjur", category="Korban gempa", pasung=None, urgency="anak2 sering sakit"),
     "Reporter from Surabaya.")
post("PMI asal Kec. Juntinyuat Indramayu meninggal di Malaysia, jenazah ditahan RS krn biaya belum lunas. Tolong dibantu, keluarga miskin.",
     ("Indramayu", "Juntinyuat"), "pekerja_migran_bermasalah", False, "high",
     dict(place="Kec. Juntinyuat Indramayu", category="PMI asal Kec. Juntinyuat Indramayu meninggal di Malaysia", pasung=None, urgency="jenazah ditahan RS"),
     "Abroad: labelled at home (West Java).")
post("Banjir rob di Genuk, Semarang, sudah sepinggang. Ada lansia stroke terjebak di lantai 2 rumahnya. Tim SAR belum sampai. Share!!",
     ("Kota Semarang", "Genuk"), "korban_bencana_alam", False, "emergency",
     dict(place="Genuk, Semarang", category="Banjir rob", pasung=None, urgency="terjebak di lantai 2"),
     "'Semarang' bare: the kota (Genuk is a kecamatan of Kota Semarang).")
post("Nenek2 linglung di depan Keraton Solo sejak pagi, ngomong bahasa Jawa Timuran, ngaku dari 'Kertosono'. Sekarang dijaga tukang parkir. Pasar Kliwon, Surakarta.",
     ("Kota Surakarta", "Pasar Kliwon"), "lanjut_usia_telantar", False, "high",
     dict(place="Pasar Kliwon, Surakarta", category="Nenek2 linglung", pasung=None, urgency="Nenek2 linglung"),
     "She is in Solo now, says she is from Kertosono (Nganjuk).")
post("Tetangga kami di Kroya, Cilacap, anak umur 3 th dirawat kakek neneknya, ibunya PMI di Taiwan, bapaknya dipenjara. Gizi buruk, BB cuma 9 kg.",
     ("Cilacap", "Kroya"), "anak_balita_telantar", False, "high",
     dict(place="Kroya, Cilacap", category="anak umur 3 th", pasung=None, urgency="Gizi buruk, BB cuma 9 kg"))
post("Anak2 nelayan di Sarang, Rembang banyak yg putus sekolah ikut melaut. Dekat perbatasan Tuban tapi masuk Jateng.",
     ("Rembang", "Sarang"), "anak_perlindungan_khusus", False, "normal",
     dict(place="Sarang, Rembang", category="ikut melaut", pasung=None, urgency=None),
     "Near Tuban but in Central Java. Child labour.")
post("Di Baturetno, Wonogiri ada pemuda dipasung di gubuk kayu sejak ibunya meninggal. Warga bilang sudah lapor tapi belum ada tindakan. Saya kuliah di Madiun, asli sana.",
     ("Wonogiri", "Baturetno"), "penyandang_disabilitas", True, "high",
     dict(place="Baturetno, Wonogiri", category="pemuda dipasung", pasung="dipasung di gubuk kayu", urgency="dipasung di gubuk kayu"),
     "Reporter in Madiun; the person in Wonogiri.")
post("Gelandangan psikotik banyak di sekitar Malioboro/Gondomanan Jogja, ada yg asal Jatim. Dinsos Kota Yogya pernah razia tapi balik lagi.",
     ("Kota Yogyakarta", "Gondomanan"), "penyandang_disabilitas", False, "normal",
     dict(place="Malioboro/Gondomanan Jogja", category="Gelandangan psikotik", pasung=None, urgency=None),
     "Psychotic street dwellers: penyandang_disabilitas (debatable gelandangan).")
post("Simbah putri (78) tetangga saya di Playen, Gunungkidul, sejak suaminya meninggal tinggal sendiri, kemarin bilang 'pengen nyusul bojoku' dan gak mau makan. Kasus bunuh diri lansia di sini tinggi, saya takut.",
     ("Gunungkidul", "Playen"), "lanjut_usia_telantar", False, "emergency",
     dict(place="Playen, Gunungkidul", category="Simbah putri (78)", pasung=None, urgency="'pengen nyusul bojoku'"),
     "'nyusul bojoku' = join my late husband: a suicide hint, emergency (debatable high).")
post("Mahasiswa asal Jember ngekos di Depok, Sleman, sakit TBC parah, orang tuanya petani gak punya biaya. Temen2 patungan. Bisa dibantu Dinsos Jatim?",
     ("Sleman", "Depok"), "fakir_miskin", False, "high",
     dict(place="Depok, Sleman", category="orang tuanya petani gak punya biaya", pasung=None, urgency="sakit TBC parah"),
     "Depok here is the kecamatan of Sleman, not Kota Depok.")
post("Pengemis dari Munti Gunung, Kubu, Karangasem, masih banyak turun ke Denpasar bawa anak. Tolong Dinsos Bali 🙏",
     ("Karangasem", "Kubu"), "pengemis", False, "normal",
     dict(place="Munti Gunung, Kubu, Karangasem", category="Pengemis", pasung=None, urgency=None),
     "They beg in Denpasar but are labelled at home (Kubu)? Debatable: labelled at the village named as theirs.")
post("Ada anak jalanan usia 8-12 tahun jual tisu di Jl. Teuku Umar, Denpasar Barat sampai tengah malam. Logatnya kayak orang Jember.",
     ("Kota Denpasar", "Denpasar Barat"), "anak_jalanan", False, "high",
     dict(place="Jl. Teuku Umar, Denpasar Barat", category="anak jalanan usia 8-12 tahun", pasung=None, urgency="sampai tengah malam"))
post("Cewek asal Banyuwangi kerja di spa di Kuta, Badung, katanya dijerat utang sama bosnya, tiap hari dipaksa 'layani tamu'. Dia minta tolong lewat DM.",
     ("Badung", "Kuta"), "korban_perdagangan_orang", False, "high",
     dict(place="Kuta, Badung", category="dijerat utang sama bosnya, tiap hari dipaksa 'layani tamu'", pasung=None, urgency="Dia minta tolong lewat DM"),
     "Debt bondage and forced sex work in Bali. Debatable emergency.")
post("Ibu2 PMI dari Lotim (Sakra) pulang dari Saudi bawa anak hasil hubungan dgn majikan, ditolak suami & keluarga. Skrg tinggal di gubuk.",
     ("Lombok Timur", "Sakra"), "pekerja_migran_bermasalah", False, "high",
     dict(place="Lotim (Sakra)", category="PMI", pasung=None, urgency="Skrg tinggal di gubuk"),
     "Lotim = Lombok Timur.")
post("Balita gizi buruk di Kel. Alak, Kota Kupang meninggal minggu lalu, adiknya sekarang juga kurus sekali. Tolong.",
     ("Kota Kupang", "Alak"), "anak_balita_telantar", False, "emergency",
     dict(place="Kel. Alak, Kota Kupang", category="Balita gizi buruk", pasung=None, urgency="adiknya sekarang juga kurus sekali"),
     "A sibling died of malnutrition; the surviving toddler is wasting: emergency (debatable high).")
post("Perekrut calo TKI ilegal beroperasi di Kab. TTS (Soe), gadis2 belasan tahun dibawa ke Medan lalu ke Malaysia. Sudah ada 3 yg pulang jadi jenazah.",
     ("Timor Tengah Selatan", "Kota Soe"), "korban_perdagangan_orang", False, "high",
     dict(place="Kab. TTS (Soe)", category="calo TKI ilegal", pasung=None, urgency="3 yg pulang jadi jenazah"),
     "TTS = Timor Tengah Selatan; Soe is Kec. Kota Soe.")
post("Puluhan PMI deportasi dari Tawau tiba di Pelabuhan Tunon Taka Nunukan, sebagian asal Jatim. Mereka butuh makan & ongkos pulang. Nunukan, Kaltara.",
     ("Nunukan", "Nunukan"), "pekerja_migran_bermasalah", False, "high",
     dict(place="Nunukan, Kaltara", category="PMI deportasi", pasung=None, urgency="butuh makan & ongkos pulang"),
     "They are in Nunukan now.")
post("Batam: 12 calon PMI non-prosedural asal NTB & Jatim diamankan di ruko Batu Ampar, mau diseberangkan ke Malaysia pakai speedboat malam2. Korban sekarang di shelter BP3MI.",
     ("Kota Batam", "Batu Ampar"), "korban_perdagangan_orang", False, "normal",
     dict(place="ruko Batu Ampar", category="calon PMI non-prosedural", pasung=None, urgency="Korban sekarang di shelter BP3MI"),
     "Rescued and sheltered: normal (debatable high). Debatable pekerja_migran_bermasalah.")
post("Kakek asal Lamongan jualan kerupuk keliling di Balikpapan Barat, tidur di emperan masjid, badannya lemes kemarin pingsan di jalan. Anaknya gak bisa dihubungi.",
     ("Kota Balikpapan", "Balikpapan Barat"), "lanjut_usia_telantar", False, "emergency",
     dict(place="Balikpapan Barat", category="Kakek asal Lamongan", pasung=None, urgency="kemarin pingsan di jalan"),
     "Fainted, weak, alone: emergency (debatable high).")
post("Anak punk di Tallo, Makassar tiap malam ngelem di bawah jembatan, salah satunya anak 11 thn dari Jawa. Tolong dinsos Makassar.",
     ("Kota Makassar", "Tallo"), "anak_jalanan", False, "high",
     dict(place="Tallo, Makassar", category="Anak punk", pasung=None, urgency="tiap malam ngelem"))
post("Keluarga nelayan di Medan Belawan rumahnya di atas rawa, anaknya 5, makan sekali sehari. Ayahnya asli Jember, merantau 20 tahun.",
     ("Kota Medan", "Medan Belawan"), "fakir_miskin", False, "high",
     dict(place="Medan Belawan", category="makan sekali sehari", pasung=None, urgency="makan sekali sehari"))
post("Mbak Rini (asal Trenggalek) di Sukarami, Palembang, dipukuli suaminya tiap mabuk, terakhir pelipisnya sobek dijahit. Dia mau pulang ke Jawa tapi gak punya ongkos.",
     ("Kota Palembang", "Sukarami"), "korban_tindak_kekerasan", False, "high",
     dict(place="Sukarami, Palembang", category="dipukuli suaminya tiap mabuk", pasung=None, urgency="pelipisnya sobek dijahit"),
     "Treated already: high.")
post("Anak saya 15 th kabur dari rumah di Surabaya, sekarang terdeteksi di Pasar Kemis, Kab. Tangerang, ikut geng motor. Polisi setempat sudah amankan dia karena ikut tawuran.",
     ("Tangerang", "Pasar Kemis"), "anak_berhadapan_hukum", False, "high",
     dict(place="Pasar Kemis, Kab. Tangerang", category="ikut tawuran", pasung=None, urgency="Polisi setempat sudah amankan dia"),
     "He is in Tangerang now; home is Surabaya.")
post("Ada ODGJ ngamuk bawa pisau di perumahan Pamulang, Tangsel. Warga gak berani dekat. Katanya anak pemilik rumah yg kerja di Surabaya.",
     ("Tangerang Selatan", "Pamulang"), "penyandang_disabilitas", False, "emergency",
     dict(place="Pamulang, Tangsel", category="ODGJ ngamuk bawa pisau", pasung=None, urgency="ngamuk bawa pisau"),
     "Tangsel = Tangerang Selatan. A weapon now.")
post("Warga Baduy Dalam di Kanekes, Leuwidamar, Lebak yang sakit parah susah dirujuk karena adat melarang naik kendaraan. Butuh pendampingan kesehatan yang menghormati adat.",
     ("Lebak", "Leuwidamar"), "komunitas_adat_terpencil", False, "normal",
     dict(place="Kanekes, Leuwidamar, Lebak", category="Warga Baduy Dalam", pasung=None, urgency="Butuh pendampingan kesehatan"))
post("Uma2 di pedalaman Siberut Selatan, Mentawai masih belum ada sekolah & puskesmas. Anak2 jalan kaki 3 jam ke sekolah terdekat.",
     ("Kepulauan Mentawai", "Siberut Selatan"), "komunitas_adat_terpencil", False, "normal",
     dict(place="Siberut Selatan, Mentawai", category="pedalaman", pasung=None, urgency=None))
post("Suku Anak Dalam di Air Hitam, Sarolangun, Jambi kehilangan hutan karena sawit, sekarang banyak yang minta2 di jalan lintas.",
     ("Sarolangun", "Air Hitam"), "komunitas_adat_terpencil", False, "normal",
     dict(place="Air Hitam, Sarolangun, Jambi", category="Suku Anak Dalam", pasung=None, urgency=None),
     "They beg, but the category is the community (KAT).")
post("Penyintas likuefaksi di Dolo, Sigi masih di huntara sejak 2018, air bersih susah, banyak yang kena diare.",
     ("Sigi", "Dolo"), "korban_bencana_alam", False, "high",
     dict(place="Dolo, Sigi", category="Penyintas likuefaksi", pasung=None, urgency="banyak yang kena diare"))
post("Konflik antarwarga di Kec. Mentawa Baru Ketapang, Sampit semalam, beberapa rumah pendatang dibakar, warga asal Madura mengungsi ke kantor polisi.",
     ("Kotawaringin Timur", "Mentawa Baru Ketapang"), "korban_bencana_sosial", False, "emergency",
     dict(place="Kec. Mentawa Baru Ketapang, Sampit", category="Konflik antarwarga", pasung=None, urgency="rumah pendatang dibakar"),
     "Sampit is the town of Kotawaringin Timur.")
post("Mahasiswa Papua di Abepura, Jayapura butuh bantuan setelah asramanya digusur. Ada yg sudah 3 hari tidur di gereja.",
     ("Kota Jayapura", "Abepura"), "korban_bencana_sosial", False, "high",
     dict(place="Abepura, Jayapura", category="asramanya digusur", pasung=None, urgency="3 hari tidur di gereja"),
     "Debatable gelandangan.")
post("Anak SMA di Banjarmasin Utara ketahuan hamil 6 bln, diusir dari rumah oleh ayahnya. Sekarang tinggal di rumah guru BK. Kota Banjarmasin.",
     ("Kota Banjarmasin", "Banjarmasin Utara"), "anak_perlindungan_khusus", False, "high",
     dict(place="Banjarmasin Utara", category="Anak SMA", pasung=None, urgency="diusir dari rumah oleh ayahnya"),
     "A pregnant schoolgirl thrown out: debatable anak_telantar.")
post("Laporan warga Kuta Alam Banda Aceh: ada bapak tua gelandangan asal Surabaya, sakit kaki, tidur di halte dekat masjid raya.",
     ("Kota Banda Aceh", "Kuta Alam"), "gelandangan", False, "high",
     dict(place="Kuta Alam Banda Aceh", category="gelandangan", pasung=None, urgency="sakit kaki, tidur di halte"),
     "From Surabaya, now in Aceh. Debatable lanjut_usia_telantar.")
post("Ngawi dan Sragen itu tetangga. Ada warga Sragen (Kec. Sragen) yg ODGJ sering nyebrang ke Mantingan dan tidur di masjid. Keluarganya di Sragen sudah angkat tangan.",
     ("Sragen", "Sragen"), "penyandang_disabilitas", False, "normal",
     dict(place="Kec. Sragen", category="ODGJ", pasung=None, urgency="Keluarganya di Sragen sudah angkat tangan"),
     "Two provinces: home in Sragen (Central Java), wanders to Mantingan (Ngawi). Debatable place.")
post("Pekerja anak di pabrik rokok rumahan di Jekulo, Kudus, umur 13-14, kerja 10 jam sehari. Bosnya orang Malang.",
     ("Kudus", "Jekulo"), "anak_perlindungan_khusus", False, "normal",
     dict(place="Jekulo, Kudus", category="Pekerja anak", pasung=None, urgency=None),
     "The boss is from Malang; the children are in Kudus.")
post("Kel. Cihideung Kota Tasikmalaya: nenek 90 th tinggal sendiri di rumah panggung reyot, anak2nya di Surabaya gak pernah pulang. Makan dari tetangga.",
     ("Kota Tasikmalaya", "Cihideung"), "lanjut_usia_telantar", False, "high",
     dict(place="Kel. Cihideung Kota Tasikmalaya", category="nenek 90 th tinggal sendiri", pasung=None, urgency="Makan dari tetangga"),
     "Kelurahan Cihideung of Kecamatan Cihideung.")
post("TKW asal Kec. Sumber, Cirebon disiksa majikan di Riyadh, video nya viral. Keluarga minta bantuan pemulangan.",
     ("Cirebon", "Sumber"), "pekerja_migran_bermasalah", False, "high",
     dict(place="Kec. Sumber, Cirebon", category="TKW", pasung=None, urgency="disiksa majikan"),
     "'Cirebon' bare with a kecamatan of the kabupaten. Abroad: labelled at home.")
post("Warga Bandung Kulon, Kota Bandung, ada keluarga dari Jawa Timur yg anaknya disabilitas ganda, tinggal di kontrakan 2x3, mau dikirim ke panti tapi gak ada biaya.",
     ("Kota Bandung", "Bandung Kulon"), "anak_disabilitas", False, "normal",
     dict(place="Bandung Kulon, Kota Bandung", category="anaknya disabilitas ganda", pasung=None, urgency=None))
post("Adik sy korban KDRT di Cibinong Kab. Bogor, suaminya barusan nyekik dia sampai pingsan. Sekarang di rumah tetangga. Kami di Blitar gak bisa ke sana!!",
     ("Bogor", "Cibinong"), "korban_tindak_kekerasan", False, "emergency",
     dict(place="Cibinong Kab. Bogor", category="korban KDRT", pasung=None, urgency="barusan nyekik dia sampai pingsan"),
     "Family in Blitar; she is in Cibinong.")
post("ODHA asal Pasuruan yang merantau ke Samarinda Ulu, sekarang putus ARV 2 bulan krn BPJS nya terdaftar di Jatim. Tolong bantu pindah faskes.",
     ("Kota Samarinda", "Samarinda Ulu"), "odha", False, "high",
     dict(place="Samarinda Ulu", category="ODHA", pasung=None, urgency="putus ARV 2 bulan"))
post("Pecandu sabu di Kampung Ambon, Cengkareng Jakarta Barat, banyak anak muda pendatang dari Jawa Timur. Orang tuanya minta rehab.",
     ("Jakarta Barat", "Cengkareng"), "korban_napza", False, "normal",
     dict(place="Cengkareng Jakarta Barat", category="Pecandu sabu", pasung=None, urgency="Orang tuanya minta rehab"),
     "'Ambon' here is the name of a kampung, not the city of Ambon.")
post("Lokalisasi liar di Kec. Cepu, Blora banyak PSK dari Bojonegoro & Tuban. Mereka mau pulang tapi terikat utang mucikari.",
     ("Blora", "Cepu"), "tuna_susila", False, "normal",
     dict(place="Kec. Cepu, Blora", category="PSK", pasung=None, urgency=None),
     "Debatable korban_perdagangan_orang (debt bondage).")
post("Eks napi asal Madura yang bebas dari Nusakambangan terlantar di Cilacap, gak punya ongkos pulang.",
     "Cilacap", "bekas_warga_binaan", False, "high",
     dict(place="Cilacap", category="Eks napi", pasung=None, urgency="gak punya ongkos pulang"),
     "Kabupaten only.")
