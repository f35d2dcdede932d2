using System.Text.Json;
using TKSK.Cases.Categories;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Bench.Data;

/// <summary>A region picked for a report: the kecamatan always, the desa when the reporter knew it.</summary>
public sealed record Place(string KabupatenCode, string KecamatanCode, string? DesaCode, string DesaName);

/// <summary>
/// Reports as JSC operators log them: real East Java places (the 666 kecamatan and their desa, from
/// the service's own region catalogue), the 26 PPKS categories in a plausible mix with pasung
/// flagged on penyandang_disabilitas, the urgency mix, and the channels reports arrive on (mostly
/// social media). Deterministic for a given seed, cheap enough not to load the generator.
/// </summary>
public sealed class ReferralFactory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    // Rough shares of JSC's caseload: disability (with pasung), the elderly, the poor and neglected children lead.
    private static readonly (string Code, int Weight)[] CategoryWeights =
    [
        ("penyandang_disabilitas", 20), ("lanjut_usia_telantar", 12), ("fakir_miskin", 12), ("anak_telantar", 8),
        ("gelandangan", 6), ("pengemis", 5), ("anak_jalanan", 4), ("korban_tindak_kekerasan", 4), ("anak_korban_kekerasan", 3),
        ("perempuan_rawan_sosial_ekonomi", 3), ("keluarga_bermasalah_psikologis", 3), ("korban_bencana_alam", 3), ("anak_disabilitas", 3),
    ];
    private static readonly (string Code, int Weight)[] ChannelWeights =
    [
        ("instagram", 24), ("whatsapp", 20), ("facebook", 15), ("hotline", 15), ("tiktok", 8), ("x", 5), ("walk_in", 4),
        ("email", 3), ("agency", 4), ("youtube", 2),
    ];
    private static readonly string[] Given = ["Sutrisno", "Siti", "Mulyono", "Sumiati", "Rudi", "Wartini", "Slamet", "Ngatini", "Bagus", "Ayu", "Supardi", "Kasiyem"];
    private static readonly string[] Summaries =
    [
        "Warga melaporkan {0} di {1} yang membutuhkan penanganan segera dari dinas sosial.",
        "Unggahan media sosial tentang {0} di {1}; keluarga tidak mampu merawat.",
        "Kepala desa {1} meminta bantuan untuk {0}, kondisi memprihatinkan sejak beberapa bulan.",
        "Laporan tetangga: {0} di {1} hidup sendiri tanpa penghasilan dan sering sakit.",
    ];

    private readonly Random _random;
    private readonly IReadOnlyList<Region> _kecamatan;
    private readonly RegionCatalog _regions;
    private readonly string[] _categories;
    private readonly int _totalCategoryWeight;

    public ReferralFactory(RegionCatalog regions, int seed)
    {
        _random = new Random(seed);
        _regions = regions;
        _kecamatan = Kecamatan(regions);
        var others = PpksCategories.All.Select(c => c.Code).Except(CategoryWeights.Select(w => w.Code)).Select(c => (c, 1));
        var weights = CategoryWeights.Concat(others).ToList();
        _categories = weights.SelectMany(w => Enumerable.Repeat(w.Item1, w.Item2)).ToArray();
        _totalCategoryWeight = _categories.Length;
    }

    public static IReadOnlyList<Region> Kecamatan(RegionCatalog regions) =>
        regions.ChildrenOf("35")!.SelectMany(k => regions.ChildrenOf(k.Code)!).ToList();

    public Random Random => _random;

    /// <summary>A new report: its JSON body and what the lifecycle needs to know about it.</summary>
    public (byte[] Body, ReportedCase Report) Next()
    {
        var kecamatan = _kecamatan[_random.Next(_kecamatan.Count)];
        var desa = _regions.ChildrenOf(kecamatan.Code) is { Count: > 0 } villages ? villages[_random.Next(villages.Count)] : null;
        var knowsDesa = desa is not null && _random.NextDouble() < 0.85;
        var category = _categories[_random.Next(_totalCategoryWeight)];
        var pasung = category == "penyandang_disabilitas" && _random.NextDouble() < 0.35;
        var urgency = pasung ? (_random.NextDouble() < 0.8 ? "emergency" : "high") : Pick(["emergency", "high", "high", "normal", "normal", "normal", "normal", "normal", "normal", "normal"]);
        var channel = PickWeighted(ChannelWeights);
        var sex = _random.NextDouble() < 0.5 ? "male" : "female";
        var age = category.StartsWith("anak") ? _random.Next(1, 17) : category == "lanjut_usia_telantar" ? _random.Next(60, 95) : _random.Next(18, 70);
        var anonymous = _random.NextDouble() < 0.3;
        var subjectName = (sex == "male" ? "Pak " : "Bu ") + Given[_random.Next(Given.Length)][0];
        var place = new Place(RegionCatalog.AncestorCode(kecamatan.Code, RegionLevel.Kabupaten), kecamatan.Code, knowsDesa ? desa!.Code : null, desa?.Name ?? kecamatan.Name);
        var body = new
        {
            channel,
            sourceUrl = channel is "instagram" or "facebook" or "x" or "tiktok" or "youtube" ? $"https://www.{(channel == "x" ? "x" : channel)}.com/p/{_random.NextInt64():x}" : null,
            reportedAt = DateTimeOffset.UtcNow.AddMinutes(-_random.Next(5, 72 * 60)),
            reporter = anonymous ? new { name = (string?)null, phone = (string?)null, anonymous = true }
                : new { name = (string?)$"Warga {place.DesaName}", phone = (string?)$"08{_random.Next(11, 99)}{_random.Next(10_000_000, 99_999_999)}", anonymous = false },
            subject = new { name = subjectName, nik = _random.NextDouble() < 0.4 ? Nik(kecamatan.Code, sex, age) : null, sex, approximateAge = age },
            location = new { desaCode = place.DesaCode, kecamatanCode = knowsDesa ? null : kecamatan.Code, address = knowsDesa ? $"RT 0{_random.Next(1, 9)} RW 0{_random.Next(1, 9)}" : null },
            category,
            pasung,
            summary = string.Format(Summaries[_random.Next(Summaries.Length)], PpksCategories.NameOf(category).ToLowerInvariant(), place.DesaName)
                      + (pasung ? " Dipasung oleh keluarga." : ""),
            urgency,
        };
        return (JsonSerializer.SerializeToUtf8Bytes(body, Json), new ReportedCase(place, category, pasung, urgency));
    }

    /// <summary>A plausible NIK: the kecamatan's code, a birth date (women +40 on the day), a serial.</summary>
    private string Nik(string kecamatanCode, string sex, int age)
    {
        var born = DateTime.UtcNow.AddYears(-age).AddDays(-_random.Next(0, 365));
        var day = born.Day + (sex == "female" ? 40 : 0);
        return $"{kecamatanCode.Replace(".", "")}{day:D2}{born.Month:D2}{born.Year % 100:D2}{_random.Next(1, 9999):D4}";
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string PickWeighted((string Code, int Weight)[] weights)
    {
        var roll = _random.Next(weights.Sum(w => w.Weight));
        foreach (var (code, weight) in weights)
            if ((roll -= weight) < 0) return code;
        return weights[^1].Code;
    }

    public static byte[] Body(object value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);
}

public sealed record ReportedCase(Place Place, string Category, bool Pasung, string Urgency);
