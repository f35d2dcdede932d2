namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Pasung is a person shackled or shut in by their family — chained, feet in a wooden block, kept
/// in a shed or a locked room — whatever word is used. A chain of poverty ("rantai kemiskinan"),
/// a chain message ("pesan berantai") or an old man living in a former goat shed is not; neither
/// is a trafficked girl held in a mess ("disekap", a crime, not a family's confinement).
/// </summary>
public static class PasungCues
{
    public const string Target = "pasung";

    public static readonly IReadOnlyList<Cue> All =
    [
        new("dipasung|pasung|dipasong|pasong|pasungan|terpasung", Target, 3),
        new("e pasung|e pasong|epasung|nipasung", Target, 3),
        new("dirantai|dirante|dirate|dirantay|dirantei|dirantai2", Target, 3),
        new("dirantai|diikat|diiket|dirante|dibelenggu|digembok … kaki*|tangan*|leher*|sikil*|soko", Target, 1),
        new("kaki*|tangan*|leher*|sikil* … dirantai|diikat|diiket|dirante|dibelenggu|digembok|dimasukkan kayu|dimasukkan balok|dijepit|dipasung", Target, 3),
        new("diikat|diiket|dijepit … balok|kayu|tali|tambang|rantai", Target, 2.5),
        new("rantai|belenggu|gembok … di kaki*|di tangan*|di leher*", Target, 2.5),
        new("dikurung|dikrangkeng|dikerangkeng|dikandangkan|dikurung e|ekorong|ekurung … kandang|gubuk|bilik|kamar|gudang|kurungan|ruangan|kerangkeng|bangunan|ruang|gubug|kebun|belakang", Target, 3),
        new("dikurung|dikrangkeng|dikerangkeng|dikandangkan", Target, 2),
        new("dikunci … di kamar|di dalam kamar|di gudang|di ruangan|di bilik|dalam kamar", Target, 2),
        new("tidak|gak|ga|ndak … boleh keluar|dikeluarkan|pernah keluar", Target, 0.8),
    ];
}
