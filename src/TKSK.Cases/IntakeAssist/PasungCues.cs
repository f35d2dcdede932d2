namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Pasung is a person shackled or shut in by their family — chained, feet in a wooden block, tied
/// to a post or a bed, kept in a shed, a cage or a room locked from outside — whatever word is used.
/// Two kinds of cue: <see cref="Target"/> words are pasung by themselves ("dipasung", "dirantai",
/// "kakinya dimasukkan ke kayu berlubang"); <see cref="Confined"/> words are only pasung when the
/// post also says the person is mentally ill or disabled ("dikunci di kamar" of an ODGJ is pasung;
/// of a beaten wife, a punished child or a trafficked girl it is another harm). A chain of poverty
/// ("rantai kemiskinan"), a chain message ("pesan berantai") or an old man living in a former goat
/// shed is neither.
/// </summary>
public static class PasungCues
{
    public const string Target = "pasung", Confined = "pasung?";

    public static readonly IReadOnlyList<Cue> All =
    [
        // The words for it.
        new("dipasung|dipasong|terpasung|pasungan|dipasung ulang|dipasung lagi|memasung|dipasunge|dipasungi", Target, 3),
        new("e pasung|e pasong|epasung|epasong|nipasung|ipasung|di pasung|di pasong", Target, 3),
        new("pasung|pasong", Target, 2), new("kena pasung|korban pasung|dalam pasungan|masih pasung|penderita pasung|ada pasung", Target, 3),
        new("dirantai|dirante|dirate|dirantay|dirantei|dirantai lagi|e rante|erante|di rantai|di rante|dirantek|dibelenggu|dikerangkeng|dikrangkeng|di kerangkeng|di krangkeng|dikrangkeng", Target, 3),
        // The body in the block, the chain or the rope.
        new("kaki|tangan|leher|sikil|tangane|sikile|pergelangan … dimasukkan|dimasukin|dijepit|diapit|dipasang|dipasangi|terjepit|masuk … kayu|balok|lubang|lobang|rantai|gembok|pasung", Target, 3),
        new("kayu berlubang|balok berlubang|kayu bolong|balok kayu|kayu balok|kayu pasung|glodhok|gelodok|balok pasung", Target, 2.5),
        new("kaki|tangan|leher|sikil|tangane|sikile … dirantai|diikat|diiket|dirante|ditali|ditaleni|dibanda|dibelenggu|digembok|diborgol|dipasung|dipasong|dipancang|e rante|e taleh", Target, 3),
        new("diikat|diiket|ditali|ditaleni|dibanda|dibelenggu|diborgol|dicancang|dipancang|dipatok|e taleh … pohon|tiang|cagak|dipan|ranjang|kasur|tempat tidur|kursi|tembok|pilar|soko|saka|balok|kayu|tambang|rantai|besi|jendela|pintu", Confined, 3),
        new("rantai|belenggu|gembok|borgol … di kaki|di tangan|di leher|kakinya|tangannya|lehernya|di sikil", Target, 2.5),
        new("dirantai|diikat|diiket|dirante|dibelenggu|digembok … kaki|tangan|leher|sikil|soko", Target, 1),
        // Shut in: pasung when the person is ill.
        new("dikurung|dikunci|digembok|dikandangkan|dikandang|disekat|diisolasi|diasingkan|dikerangkeng|dikrangkeng|ditaruh|ditempatkan|dimasukkan|ekorong|ekurung|ekerrong|dikrangkeng|dikunciin|dikonci … kandang|gubuk|gubug|bilik|kamar|gudang|kurungan|ruangan|ruang|kerangkeng|dapur|kotak|bangunan|kamar mandi|rumah|omah|roma|jeruji|teralis|kolong", Confined, 3),
        new("dikurung|dikunci|digembok|dikonci|dikunciin|ditutup … dari luar|dr luar", Confined, 3),
        new("e kerrong|e kurung|e korong|dipagari|dibuatkan kandang|dibuatkan kurungan|dibuatkan bilik|dibuatkan kamar khusus|dibuatkan ruang khusus|membuatkan kandang|membuatkan kurungan|bikin kandang|bikinkan kandang|dibikinkan kandang|dibikinin kandang", Confined, 3),
        new("teralis|jeruji|kurungan bambu|kurungan kayu|kandang besi|kandang bambu|sel khusus|kamar khusus|ruang isolasi", Confined, 2),
        new("dikurung|dikandangkan|dikandang|diisolasi", Confined, 2),
        new("tidak|gak|ga|ndak|ora|tak|nggak|gk … boleh keluar|dikeluarkan|pernah keluar|pernah dikeluarkan|bisa keluar|tau metu|oleh metu|pernah metu|dilepas|dilepaskan", Confined, 1),
    ];
}
