# Natural and social disasters; minorities; remote customary communities.
post("INFO TERKINI ‼️ Banjir lahar dingin Semeru menerjang Ds. Supiturang Kec. Pronojiwo sore ini, 2 rumah hanyut, 1 warga belum ditemukan. Warga mengungsi ke masjid. Butuh relawan & perahu karet. #Lumajang #PrayForSemeru",
     ("Lumajang", "Pronojiwo", "Supiturang"), "korban_bencana_alam", False, "emergency",
     dict(place="Ds. Supiturang Kec. Pronojiwo", category="Banjir lahar dingin Semeru", pasung=None, urgency="1 warga belum ditemukan"))
post("Tanah gerak di Ds. Kaligentong Pucanglaban, 14 rumah retak parah, warga takut tidur di rumah, sekarang tidur di tenda terpal depan balai desa. Butuh terpal, selimut, makanan bayi.",
     ("Tulungagung", "Pucanglaban", "Kaligentong"), "korban_bencana_alam", False, "high",
     dict(place="Ds. Kaligentong Pucanglaban", category="Tanah gerak", pasung=None, urgency="tidur di tenda terpal"),
     "Displaced, not trapped: high.")
post("Angin ribut semalam merobohkan 40an rumah di Kec. Ngetos & Loceret, Nganjuk. Alhamdulillah gak ada korban jiwa, tapi banyak yg kehilangan atap. Posko di kantor kecamatan Ngetos.",
     ("Nganjuk", "Ngetos"), "korban_bencana_alam", False, "high",
     dict(place="Kec. Ngetos & Loceret, Nganjuk", category="Angin ribut", pasung=None, urgency="banyak yg kehilangan atap"),
     "Two kecamatan named; the first (and the posko) is labelled. Debatable kabupaten only.")
post("Sumur kering, PDAM gak nyampe. Sudah 3 bulan warga Ds. Nepa Banyuates beli air jerigen 5rb. Kemarau panjang. Mohon droping air bersih 🙏",
     ("Sampang", "Banyuates", "Nepa"), "korban_bencana_alam", False, "high",
     dict(place="Ds. Nepa Banyuates", category="Kemarau panjang", pasung=None, urgency="Mohon droping air bersih"),
     "Drought; debatable normal.")
post("Mas, air Bengawan Solo meluap, Kel. Jetak Kota Bojonegoro sudah setinggi lutut di jalan, masih naik. Ada nenek2 lumpuh di rumah yang belum mau dievakuasi.",
     ("Bojonegoro", "Bojonegoro", "Jetak"), "korban_bencana_alam", False, "emergency",
     dict(place="Kel. Jetak Kota Bojonegoro", category="air Bengawan Solo meluap", pasung=None, urgency="masih naik"),
     "'Kota Bojonegoro' is the town (Kec. Bojonegoro), not a kota. Jetak is also a desa in Pacitan and Probolinggo.")
post("Kebakaran hebat di Ds. Bluuran Karangpenang Sampang dini hari tadi, 6 rumah ludes, 3 KK kehilangan semua dokumen & pakaian. Sekarang numpang di rumah saudara.",
     ("Sampang", "Karangpenang", "Blu uran"), "korban_bencana_alam", False, "high",
     dict(place="Ds. Bluuran Karangpenang Sampang", category="Kebakaran hebat", pasung=None, urgency="6 rumah ludes"),
     "A settlement fire: no other PPKS category fits. The desa is written 'Blu uran' in the data.")
post("Gempa M5,6 tadi siang kerasa kenceng di Kec. Sumbermanjing Wetan. Ada rumah2 roboh di Ds. Sitiarjo, 2 orang luka tertimpa genteng. Warga masih di luar rumah takut gempa susulan.",
     ("Malang", "Sumbermanjing Wetan", "Sitiarjo"), "korban_bencana_alam", False, "emergency",
     dict(place="Ds. Sitiarjo", category="Gempa M5,6", pasung=None, urgency="2 orang luka tertimpa genteng"))
post("Warga Dusun Kajar, Pacet nanya: bantuan korban banjir bandang bulan lalu kapan cair? Kami masih numpang di rumah saudara. Kab Mojokerto",
     ("Mojokerto", "Pacet"), "korban_bencana_alam", False, "normal",
     dict(place="Pacet", category="korban banjir bandang", pasung=None, urgency="kapan cair?"),
     "A question a month after; the dusun is not a label level.")
post("Abrasi makin parah di pesisir Ds. Tanjung Kec. Pajarakan Probolinggo, 5 rumah nelayan sudah ambruk ke laut.",
     ("Probolinggo", "Pajarakan", "Tanjung"), "korban_bencana_alam", False, "high",
     dict(place="Ds. Tanjung Kec. Pajarakan Probolinggo", category="Abrasi", pasung=None, urgency="5 rumah nelayan sudah ambruk ke laut"),
     "Tanjung is a desa of three kabupaten and a common word.")
post("Banjir rob masuk rumah warga Kel. Kedung Cowek Bulak, air asin bikin kulit anak2 gatel2, sudah seminggu. Mohon bantuan obat & air bersih. #surabaya",
     ("Kota Surabaya", "Bulak", "Kedung Cowek"), "korban_bencana_alam", False, "high",
     dict(place="Kel. Kedung Cowek Bulak", category="Banjir rob", pasung=None, urgency="sudah seminggu"))
post("Bentrok 2 perguruan silat di Kec. Mejayan semalam, 3 rumah dirusak, warungnya Pak Min dibakar. Warga masih takut keluar rumah. Madiun.",
     ("Madiun", "Mejayan"), "korban_bencana_sosial", False, "high",
     dict(place="Kec. Mejayan", category="Bentrok 2 perguruan silat", pasung=None, urgency="Warga masih takut keluar rumah"))
post("Puluhan KK di bantaran rel Kel. Pangongangan Kota Madiun digusur PT KAI tanpa relokasi, barang2 ditumpuk di pinggir jalan, anak2 tidur di tenda.",
     ("Kota Madiun", "Manguharjo", "Pangongangan"), "korban_bencana_sosial", False, "high",
     dict(place="Kel. Pangongangan Kota Madiun", category="digusur PT KAI tanpa relokasi", pasung=None, urgency="anak2 tidur di tenda"),
     "Eviction without relocation: debatable gelandangan.")
post("Sengketa lahan di Ds. Sumberejo Kec. Paiton, warga vs perusahaan, rumah 2 warga dirobohkan paksa, 1 warga ditahan. Warga sekarang ngungsi di langgar.",
     ("Probolinggo", "Paiton", "Sumberejo"), "korban_bencana_sosial", False, "high",
     dict(place="Ds. Sumberejo Kec. Paiton", category="Sengketa lahan", pasung=None, urgency="Warga sekarang ngungsi di langgar"))
post("Carok massal di Ds. Karang Gayam Blega semalam, 2 meninggal, 3 luka berat. Keluarga korban dan pelaku saling dendam, warga ketakutan, ada yg ngungsi.",
     ("Bangkalan", "Blega", "Karang Gayam"), "korban_bencana_sosial", False, "emergency",
     dict(place="Ds. Karang Gayam Blega", category="Carok massal", pasung=None, urgency="2 meninggal, 3 luka berat"),
     "A feud now: emergency. Karang Gayam is written apart here, together in Srengat and Omben.")
post("Pengungsi Syiah asal Sampang sudah 12 tahun tinggal di rusunawa Jemundo, Taman, Sidoarjo. Anak2 mereka butuh akta & sekolah. Kapan bisa pulang kampung?",
     ("Sidoarjo", "Taman"), "korban_bencana_sosial", False, "normal",
     dict(place="Jemundo, Taman, Sidoarjo", category="Pengungsi Syiah asal Sampang", pasung=None, urgency="Kapan bisa pulang kampung?"),
     "Displaced by a sectarian conflict: bencana sosial, debatable kelompok_minoritas. They are in Sidoarjo now. Jemundo is a desa of Taman.")
post("Warga penghayat kepercayaan Sapta Darma di Ds. Ploso Kidul Kec. Plosoklaten Kediri ditolak memakamkan jenazah di makam desa. Sudah 2 hari jenazah belum dikubur.",
     ("Kediri", "Plosoklaten", "Ploso Kidul"), "kelompok_minoritas", False, "high",
     dict(place="Ds. Ploso Kidul Kec. Plosoklaten Kediri", category="penghayat kepercayaan Sapta Darma", pasung=None, urgency="Sudah 2 hari jenazah belum dikubur"),
     "")
post("Teman2 transpuan di Kec. Kota Sumenep sering diusir dari kos & dilarang ikut posyandu lansia padahal sudah tua. Mohon perlindungan & bantuan pemakaman kalau meninggal.",
     ("Sumenep", "Kota Sumenep"), "kelompok_minoritas", False, "normal",
     dict(place="Kec. Kota Sumenep", category="transpuan", pasung=None, urgency="Mohon perlindungan"))
post("Jemaat gereja kecil di Ds. Klampok Singosari dilarang beribadah di rumah ketua RT, kemarin didatangi massa. Mereka minta perlindungan.",
     ("Malang", "Singosari", "Klampok"), "kelompok_minoritas", False, "high",
     dict(place="Ds. Klampok Singosari", category="Jemaat gereja kecil", pasung=None, urgency="kemarin didatangi massa"),
     "Klampok is also a desa in Probolinggo and Bojonegoro.")
post("Komunitas Ahmadiyah di Kec. Jenggawah Jember minta pendampingan, KTP mereka dipersulit & ada spanduk pengusiran.",
     ("Jember", "Jenggawah"), "kelompok_minoritas", False, "normal",
     dict(place="Kec. Jenggawah Jember", category="Komunitas Ahmadiyah", pasung=None, urgency="minta pendampingan"))
post("Keluarga Tionghoa miskin di gang Kel. Kapasari Genteng Surabaya, lansia & gak punya dokumen kewarganegaraan jadi gak bisa dapat bansos. Sudah 3 generasi tinggal di sana.",
     ("Kota Surabaya", "Genteng", "Kapasari"), "kelompok_minoritas", False, "normal",
     dict(place="Kel. Kapasari Genteng Surabaya", category="gak punya dokumen kewarganegaraan", pasung=None, urgency=None),
     "Stateless minority; debatable fakir_miskin.")
post("Warga Suku Tengger di Ds. Ngadas Poncokusumo yang tinggal di lereng paling atas belum dapat listrik & jalan, anak2 sekolah jalan kaki 2 jam. Mohon diperhatikan.",
     ("Malang", "Poncokusumo", "Ngadas"), "komunitas_adat_terpencil", False, "normal",
     dict(place="Ds. Ngadas Poncokusumo", category="Warga Suku Tengger", pasung=None, urgency="Mohon diperhatikan"),
     "Ngadas is also a desa in Sukapura, Probolinggo.")
post("Dusun terpencil di Pulau Sapeken, warganya suku Bajo, hidup di atas laut, gak ada puskesmas, air bersih beli dari perahu. Kab Sumenep.",
     ("Sumenep", "Sapeken"), "komunitas_adat_terpencil", False, "normal",
     dict(place="Pulau Sapeken", category="suku Bajo", pasung=None, urgency=None),
     "The island names the kecamatan.")
post("Masyarakat Samin di Dusun Jepang, Ds. Margomulyo Kec. Margomulyo Bojonegoro belum tersentuh program jaminan sosial karena menolak administrasi kependudukan.",
     ("Bojonegoro", "Margomulyo", "Margomulyo"), "komunitas_adat_terpencil", False, "normal",
     dict(place="Ds. Margomulyo Kec. Margomulyo Bojonegoro", category="Masyarakat Samin", pasung=None, urgency=None),
     "'Jepang' is a dusun, not Japan.")
