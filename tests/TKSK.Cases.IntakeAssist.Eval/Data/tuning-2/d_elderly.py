# Old people left alone, lost, neglected.
post("Mbah Sainem, umure wis 90an, urip dhewekan nang gubuk cedhak kuburan Ds. Sendang Kec. Ngrayun. Anake siji wis seda. Mangan mung yen ono tonggo sing ngeterke. Mugi2 wonten bantuan 🙏 #ponorogo",
     ("Ponorogo", "Ngrayun", "Sendang"), "lanjut_usia_telantar", False, "high",
     dict(place="Ds. Sendang Kec. Ngrayun", category="urip dhewekan", pasung=None, urgency="Mangan mung yen ono tonggo sing ngeterke"),
     "Javanese; the kabupaten only in a hashtag.")
post("Assalamualaikum. Saya Kasun Krajan Ds. Kamulan Kec. Talun Kab. Blitar melaporkan warga kami Mbah Ponirah (87) janda tanpa keturunan, tinggal sendiri, pendengaran dan penglihatan sudah berkurang. Rumahnya dinding gedhek. Belum terdaftar DTKS. Mohon diusulkan ATENSI.",
     ("Blitar", "Talun", "Kamulan"), "lanjut_usia_telantar", False, "normal",
     dict(place="Ds. Kamulan Kec. Talun Kab. Blitar", category="Mbah Ponirah (87) janda tanpa keturunan, tinggal sendiri", pasung=None, urgency="Mohon diusulkan ATENSI"),
     "A village official's formal request: chronic need, normal.")
post("Ada kakek2 bingung di depan Indomaret Jl. Raya Pandaan sejak subuh, ditanya rumahnya cuma jawab 'Bangil… Bangil…'. Bajunya basah kena hujan. Siapa kenal? @infopasuruan",
     ("Pasuruan", "Pandaan"), "lanjut_usia_telantar", False, "high",
     dict(place="Jl. Raya Pandaan", category="kakek2 bingung", pasung=None, urgency="Bajunya basah kena hujan"),
     "He is in Pandaan now; Bangil is where he might be from.")
post("Nenek saya (81) di Kel. Sukorejo Kota Blitar ditinggal anak2nya ke Jakarta semua, cuma ada cucu SMP yg nemenin. Sekarang sakit2an & gak bisa ke pasar. Ada program pendamping lansia gak ya?",
     ("Kota Blitar", "Sukorejo", "Sukorejo"), "lanjut_usia_telantar", False, "normal",
     dict(place="Kel. Sukorejo Kota Blitar", category="Nenek saya (81)", pasung=None, urgency="Ada program pendamping lansia gak ya?"),
     "Sukorejo is a kecamatan and a kelurahan of Kota Blitar, and a kecamatan elsewhere.")
post("MIRIS!!! Kakek usia 70an ditemukan tergeletak lemas di kebun tebu Ds. Sidorejo Kec. Rowokangkung Lumajang, katanya diusir menantunya 3 hari lalu & gak makan. Sekarang diamankan di rumah Pak RT.",
     ("Lumajang", "Rowokangkung", "Sidorejo"), "lanjut_usia_telantar", False, "emergency",
     dict(place="Ds. Sidorejo Kec. Rowokangkung Lumajang", category="Kakek usia 70an", pasung=None, urgency="tergeletak lemas"),
     "Found collapsed, three days without food. Debatable high (he is now sheltered).")
post("lansia sebatang kara di gang sempit Kel. Kedundung Magersari Kota Mojokerto, rumah bocor, tidur di lantai pake tikar. Udah sering dibantu tetangga tp lama2 tetangga juga susah.",
     ("Kota Mojokerto", "Magersari", "Kedundung"), "lanjut_usia_telantar", False, "high",
     dict(place="Kel. Kedundung Magersari Kota Mojokerto", category="lansia sebatang kara", pasung=None, urgency="tetangga juga susah"),
     "Debatable normal.")
post("Mbah Kakung umur 93 th, veteran, tinggal di rumah anaknya tapi dikunci di gudang belakang kalau anaknya pergi, makan nasi sisa. Ds. Klurahan Kec. Kartoharjo Kab. Magetan. Sedih lihatnya.",
     ("Magetan", "Kartoharjo", "Klurahan"), "lanjut_usia_telantar", False, "high",
     dict(place="Ds. Klurahan Kec. Kartoharjo Kab. Magetan", category="Mbah Kakung umur 93 th", pasung="dikunci di gudang belakang kalau anaknya pergi", urgency="makan nasi sisa"),
     "Neglect of an old man who is not ill: not pasung (debatable). Kartoharjo is also a kecamatan of Kota Madiun.")
post("Tolong min, embah putri di Ds. Sukowiyono Kec. Karangrejo Tulungagung sudah pikun, sering keluar rumah malam2 dan nyasar, kemarin ditemukan di sungai. Anak satu2nya kerja di Hongkong.",
     ("Tulungagung", "Karangrejo", "Sukowiyono"), "lanjut_usia_telantar", False, "high",
     dict(place="Ds. Sukowiyono Kec. Karangrejo Tulungagung", category="embah putri", pasung=None, urgency="kemarin ditemukan di sungai"),
     "Her child is in Hong Kong; she is at home. Karangrejo is also a kecamatan of Magetan.")
post("Kepada Yth. Kepala Dinas Sosial Prov. Jatim. Dengan hormat, kami Karang Werda Ds. Trembes Kec. Malo Kab. Bojonegoro mengajukan permohonan bantuan permakanan untuk 14 lansia terlantar yang tinggal sendiri. Terlampir data. Hormat kami.",
     ("Bojonegoro", "Malo", "Trembes"), "lanjut_usia_telantar", False, "normal",
     dict(place="Ds. Trembes Kec. Malo Kab. Bojonegoro", category="14 lansia terlantar", pasung=None, urgency="mengajukan permohonan bantuan permakanan"),
     "A formal letter for a group.")
post("Ebu Misna, reng towa 85 taon, tedung dhibi' e roma se la rosak e Ds. Lalangon Kec. Manding Sumenep. Ta' andi' ana'. Mon ngakan e berri' tatangga.",
     ("Sumenep", "Manding", "Lalangon"), "lanjut_usia_telantar", False, "high",
     dict(place="Ds. Lalangon Kec. Manding Sumenep", category="reng towa 85 taon, tedung dhibi'", pasung=None, urgency="Mon ngakan e berri' tatangga"),
     "Madurese: 'reng towa' = old person, 'tedung dhibi'' = sleeps alone, food given by neighbours.")
post("Ada mbah2 kurus kering minta2 makan di warung2 sekitar Terminal Bungurasih, ngakunya dari Madiun, anaknya gak mau ngurus. Sudah 4 hari di sini. Waru, Sidoarjo.",
     ("Sidoarjo", "Waru", "Bungurasih"), "lanjut_usia_telantar", False, "high",
     dict(place="Terminal Bungurasih", category="anaknya gak mau ngurus", pasung=None, urgency="kurus kering minta2 makan"),
     "Begging for food but the issue is an abandoned old man: lanjut_usia_telantar (debatable pengemis). He is in Waru now, from Madiun.")
post("Eyang di Ds. Gondowido, Ngebel umurnya 88, tinggal sama cucunya yang ODGJ. Dua2nya gak ada yg ngurus, makan dari tetangga kadang ada kadang enggak. #Ponorogo",
     ("Ponorogo", "Ngebel", "Gondowido"), "lanjut_usia_telantar", False, "high",
     dict(place="Ds. Gondowido, Ngebel", category="Eyang di Ds. Gondowido, Ngebel umurnya 88", pasung=None, urgency="makan dari tetangga kadang ada kadang enggak"),
     "Two people in need; the old woman is the subject (first named). Debatable penyandang_disabilitas.")
post("Ibu saya 76 th, lumpuh separuh badan habis stroke, saya anak tunggal merantau di Batam, tiap hari cuma dicek tetangga. Rumah di Kel. Bendogerit Kota Blitar. Bisa dititipkan di panti werdha milik dinsos?",
     ("Kota Blitar", "Sananwetan", "Bendogerit"), "lanjut_usia_telantar", False, "normal",
     dict(place="Kel. Bendogerit Kota Blitar", category="Ibu saya 76 th", pasung=None, urgency="Bisa dititipkan di panti werdha milik dinsos?"),
     "Disabled and old; the request is elderly care. Reporter in Batam. Debatable penyandang_disabilitas.")
post("simbah ku di desa Gebangan kec Kapongan Situbondo kerep lali, wis ping pindo ilang, ndek wingi ketemu nang pasar Panji. Aku kerjo nang Surabaya, ora iso ngawasi.",
     ("Situbondo", "Kapongan", "Gebangan"), "lanjut_usia_telantar", False, "high",
     dict(place="desa Gebangan kec Kapongan Situbondo", category="simbah ku", pasung=None, urgency="wis ping pindo ilang"),
     "Javanese; Panji (a kecamatan) is where he was found, not where he lives; reporter in Surabaya.")
