# No place (or only "Jatim"): nothing should be suggested at 0.5 or more.
post("Min mau tanya, kalau mau daftarin ortu ke panti jompo milik pemerintah syaratnya apa aja? Bapak sudah 80 th, saya kerja shift malam gak bisa jagain.",
     None, "lanjut_usia_telantar", False, "normal",
     dict(place=None, category="daftarin ortu ke panti jompo", pasung=None, urgency="syaratnya apa aja?"))
post("Tolong bantu doa & share. Saudara kami kecelakaan kerja, kakinya diamputasi, sekarang gak bisa nafkahi 3 anaknya. Donasi bisa via rekening di bio.",
     None, "penyandang_disabilitas", False, "normal",
     dict(place=None, category="kakinya diamputasi", pasung=None, urgency=None),
     "A fundraising post.")
post("Ya Allah anakku panas 40 derajat kejang2, puskesmas tutup, gak punya uang ke RS 😭😭 suami kerja di luar pulau. TOLONG",
     None, "fakir_miskin", False, "emergency",
     dict(place=None, category="gak punya uang ke RS", pasung=None, urgency="kejang2"),
     "Category debatable (anak_balita_telantar? age unknown): the need is money for care.")
post("Apakah anak yatim piatu bisa dapat KIP & PKH sekaligus? Keponakan saya (10) ikut saya sejak ortunya meninggal.",
     None, "anak_telantar", False, "normal",
     dict(place=None, category="anak yatim piatu", pasung=None, urgency="Apakah anak yatim piatu bisa dapat KIP & PKH sekaligus?"))
post("Gimana cara lapor kalau tetangga sering mukulin anaknya? Takut salah, takut dimusuhi. Anaknya masih TK.",
     None, "anak_korban_kekerasan", False, "high",
     dict(place=None, category="sering mukulin anaknya", pasung=None, urgency="sering mukulin anaknya"),
     "Ongoing abuse asked as a question: high (debatable normal).")
post("Sy korban KDRT, suami sering mukul kl cemburu. Hari ini dia pergi kerja, sy mau kabur bawa anak tapi gak punya uang & gak tau kemana. Ada rumah aman?",
     None, "korban_tindak_kekerasan", False, "high",
     dict(place=None, category="korban KDRT", pasung=None, urgency="sy mau kabur bawa anak"),
     "Debatable emergency.")
post("Pesan berantai dari grup RT: 'Dicari keluarga Bpk. Sukiman (75) pikun, pergi dari rumah sejak Selasa pagi, pakai sarung kotak2 & kopyah hitam. Yang melihat harap hubungi 08xx.'",
     None, "lanjut_usia_telantar", False, "high",
     dict(place=None, category="Bpk. Sukiman (75) pikun", pasung=None, urgency="pergi dari rumah sejak Selasa pagi"),
     "A missing old man; the chain message gives no place.")
post("Kenapa bansos cuma buat yang dekat sama perangkat desa? Kami janda 3 anak gak pernah dapat. #jatim #bansostidaktepatsasaran",
     None, "perempuan_rawan_sosial_ekonomi", False, "normal",
     dict(place=None, category="janda 3 anak", pasung=None, urgency="Kenapa bansos cuma buat yang dekat sama perangkat desa?"),
     "'#jatim' only.")
post("Anak sy 14 th ketahuan ngelem & nyoba tembakau sintetis. Apa bisa rehab tanpa lapor polisi? Sy takut masa depannya hancur.",
     None, "korban_napza", False, "normal",
     dict(place=None, category="ngelem & nyoba tembakau sintetis", pasung=None, urgency="Apa bisa rehab tanpa lapor polisi?"),
     "A child using drugs: korban_napza (debatable).")
post("Thread: Pengalaman jadi relawan penjangkauan ODGJ di jalanan. Banyak dari mereka sebenarnya punya keluarga, tapi keluarga menyerah. Yuk kurangi stigma. 🧵",
     None, "penyandang_disabilitas", False, "normal",
     dict(place=None, category="ODGJ di jalanan", pasung=None, urgency=None),
     "Commentary.")
post("Bener gak sih Dinsos bisa bantu pemulangan TKI yang sakit di luar negeri? Paman saya di Malaysia lumpuh, majikan lepas tangan.",
     None, "pekerja_migran_bermasalah", False, "high",
     dict(place=None, category="TKI yang sakit di luar negeri", pasung=None, urgency="majikan lepas tangan"),
     "Malaysia is where he is but not a region code; no home place given: no place.")
post("Dicari orang tua/keluarga bayi laki2 yang ditinggal di teras rumah warga tadi malam, dalam tas belanja, masih merah. Bayi sekarang di bidan desa.",
     None, "anak_balita_telantar", False, "emergency",
     dict(place=None, category="bayi laki2 yang ditinggal di teras rumah warga", pasung=None, urgency="ditinggal di teras rumah warga tadi malam"),
     "An abandoned newborn: emergency. No place named.")
post("Kami komunitas tuli ingin ada juru bahasa isyarat di layanan JSC. Selama ini kami susah lapor lewat telepon.",
     None, "penyandang_disabilitas", False, "normal",
     dict(place=None, category="komunitas tuli", pasung=None, urgency="ingin ada juru bahasa isyarat"),
     "A service request.")
post("Teman sy transgender diusir keluarganya, skrg numpang tidur di salon. Ada shelter gak ya yg nerima?",
     None, "kelompok_minoritas", False, "high",
     dict(place=None, category="transgender diusir keluarganya", pasung=None, urgency="numpang tidur di salon"),
     "Debatable gelandangan; debatable normal.")
post("Korban banjir kemarin belum dapat bantuan sama sekali, padahal posko ada di balai desa. Yang dapat cuma RT yang dekat jalan besar.",
     None, "korban_bencana_alam", False, "normal",
     dict(place=None, category="Korban banjir", pasung=None, urgency="belum dapat bantuan sama sekali"),
     "A complaint; 'balai desa', 'jalan besar' are not names.")
post("Selamat pagi Jatim! Hari ini JSC buka layanan konseling keluarga via WA. Yang punya masalah rumah tangga, jangan dipendam sendiri ya 🙏 #JatimSocialCare",
     None, "keluarga_bermasalah_psikologis", False, "normal",
     dict(place=None, category="konseling keluarga", pasung=None, urgency=None),
     "An announcement; 'Jatim' only.")
post("Sudah 4 hari suami gak pulang, beras habis, anak 2 rewel kelaparan, listrik token tinggal 2. Malu minta tetangga terus. Harus gimana 😔",
     None, "perempuan_rawan_sosial_ekonomi", False, "emergency",
     dict(place=None, category="suami gak pulang", pasung=None, urgency="beras habis, anak 2 rewel kelaparan"),
     "Children hungry with no food now: emergency (debatable high). Category debatable (fakir_miskin).")
post("Di kampung sebelah ada yg anaknya dirantai di kamar krn ODGJ, udh lama. Mau lapor tapi gak enak sama keluarganya.",
     None, "penyandang_disabilitas", True, "high",
     dict(place=None, category="ODGJ", pasung="dirantai di kamar", urgency="udh lama"),
     "Pasung now with no place at all.")
post("Bantu RT kami, ada bapak2 mantan napi baru pulang, gak punya KTP krn dulu hilang pas ditahan. Mau kerja susah.",
     None, "bekas_warga_binaan", False, "normal",
     dict(place=None, category="mantan napi baru pulang", pasung=None, urgency="gak punya KTP"))
post("Adik saya (24) positif HIV, baru tau minggu lalu, sekarang gak mau makan & ngurung diri di kamar. Kami bingung harus bagaimana.",
     None, "odha", False, "high",
     dict(place=None, category="positif HIV", pasung=None, urgency="gak mau makan & ngurung diri di kamar"),
     "'ngurung diri' = shuts herself in: not pasung.")
post("Pengemis di pasar makin banyak pas Jumat, ada yg naik motor bagus. Mending dinsos data ulang.",
     None, "pengemis", False, "normal",
     dict(place=None, category="Pengemis", pasung=None, urgency="Mending dinsos data ulang"),
     "'pasar' is not a name.")
