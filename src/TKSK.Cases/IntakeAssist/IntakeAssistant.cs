using TKSK.Cases.Regions;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Reads a pasted post and suggests the place, category, pasung and urgency, each with the words
/// it came from. Pure: no I/O, no clock, nothing kept; the text is personal data and leaves only
/// as the answer. The place index is built once, on first use or at start-up (<see cref="IntakeAssistSetup"/>).
/// </summary>
public sealed class IntakeAssistant(RegionCatalog catalog, Func<string, bool> servedProvince)
{
    private readonly Lazy<PlaceIndex> _index = new(() => PlaceIndex.Build(catalog));

    /// <summary>Below this a place reading is not worth showing at all.</summary>
    private const double ShownFrom = 0.15;
    private const int MostAlternatives = 4;

    public PlaceIndex Index => _index.Value;

    public IntakeSuggestions Suggest(string text)
    {
        var words = PostWords.Split(text);
        var hits = CueLexicon.Find(words);
        var pasung = PasungJudge.Judge(text, words, hits);
        var category = CategoryJudge.Judge(text, words, hits, SubjectAge.Of(text, words), pasung);
        var urgency = UrgencyJudge.Judge(text, words, hits, category, pasung);
        return new IntakeSuggestions(Place(text, words), category, pasung, urgency);
    }

    private PlaceSuggestion? Place(string text, IReadOnlyList<PostWord> words)
    {
        var index = Index;
        var readings = PlaceReadings.Weigh(PlaceMentions.Find(words, index), index, servedProvince);
        if (readings.Count == 0) return null;
        var top = readings[0];
        var rival = readings.Skip(1).FirstOrDefault(r => r.ConflictsAboveDesa(top) && !r.IsTwinOf(top));
        var confidence = Confidence(top.Score, rival?.Score);
        if (confidence < ShownFrom) return null;

        string? Code(int id) => id >= 0 ? index.RegionAt(id).Code : null;
        var alternatives = new List<PlaceAlternative>();
        var seen = new HashSet<int> { top.Kecamatan >= 0 ? top.Kecamatan : top.Kabupaten };
        foreach (var r in readings.Skip(1).Where(r => r.Conflicts(top)))
        {
            if (alternatives.Count == MostAlternatives) break;
            if (r.Kabupaten < 0 || !seen.Add(r.Kecamatan >= 0 ? r.Kecamatan : r.Kabupaten)) continue;
            alternatives.Add(new PlaceAlternative(Code(r.Kabupaten), Code(r.Kecamatan), Code(r.Desa), Confidence(r.Score, top.Score)));
        }
        var province = index.RegionAt(top.Province).Code;
        return new PlaceSuggestion(province, Code(top.Kabupaten), Code(top.Kecamatan), Code(top.Desa), !servedProvince(province), confidence,
            top.Evidence.Select(m => Evidence.Of(text, words[m.EvidenceStart].Start, words[m.LastWord].End)).ToList(), alternatives);
    }

    // A reading's score grows with what agrees in it; a close rival that disagrees halves it at most.
    private static double Confidence(double score, double? rival)
    {
        var alone = 1 - Math.Exp(-score / 1.3);
        var ratio = rival is { } r && score > 0 ? Math.Min(1, r / score) : 0;
        return Math.Round(Math.Min(0.97, alone * (1 - 0.5 * ratio * ratio)), 2);
    }
}
