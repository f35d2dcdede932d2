using TKSK.Cases.Referrals;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Urgency from its cues: enough emergency weight is an emergency; else enough of either is high;
/// else normal. A cue in the past or ended ("pelaku sudah diamankan") counts a third; a denied
/// one nothing. Normal without any cue is the default at low confidence, with no evidence.
/// </summary>
public static class UrgencyJudge
{
    public const double EmergencyAt = 2.5, HighAt = 2.0;

    // Some categories are never routine: a disaster's victims, a trafficked person, a child hurt or left alone.
    private static readonly Dictionary<string, double> HighByCategory = new(StringComparer.Ordinal)
    {
        ["korban_bencana_alam"] = 2, ["korban_bencana_sosial"] = 2, ["korban_perdagangan_orang"] = 2,
        ["anak_korban_kekerasan"] = 1.5, ["korban_tindak_kekerasan"] = 1.5, ["anak_balita_telantar"] = 1, ["anak_telantar"] = 1, ["odha"] = 1,
    };

    public static UrgencySuggestion Judge(string text, IReadOnlyList<PostWord> words, IReadOnlyList<CueHit> hits, CategorySuggestion? category)
    {
        var counted = hits.Where(h => !h.Negated && h.Cue.Target is UrgencyCues.Emergency or UrgencyCues.High or UrgencyCues.Normal)
            .Select(h => (Hit: h, Weight: h.Cue.Weight * (h.Past ? 0.33 : 1.0))).ToList();
        double Sum(string target) => counted.Where(c => c.Hit.Cue.Target == target).GroupBy(c => c.Hit.Cue).Sum(g => g.Max(c => c.Weight));
        var emergency = Sum(UrgencyCues.Emergency);
        var prior = category is { } c ? HighByCategory.GetValueOrDefault(c.Code) : 0;
        var high = Math.Max(0, Sum(UrgencyCues.High) + prior - Sum(UrgencyCues.Question));
        var (value, targets, score) = emergency >= EmergencyAt ? (Urgency.Emergency, new[] { UrgencyCues.Emergency }, emergency)
            : emergency + high >= HighAt ? (Urgency.High, new[] { UrgencyCues.High, UrgencyCues.Emergency }, emergency + high)
            : (Urgency.Normal, new[] { UrgencyCues.Normal }, Sum(UrgencyCues.Normal));
        var spans = counted.Where(c => targets.Contains(c.Hit.Cue.Target) && c.Weight > 0).OrderByDescending(c => c.Weight).Take(3)
            .OrderBy(c => c.Hit.FirstWord).Select(c => Evidence.Of(text, words[c.Hit.FirstWord].Start, words[c.Hit.LastWord].End)).Distinct().ToList();
        // High for its category alone: the category's words are why.
        if (spans.Count == 0 && value == Urgency.High && category is not null) spans = [.. category.Evidence];
        var confidence = spans.Count == 0 ? 0.4 : Math.Round(Math.Min(0.95, 0.5 + 0.45 * (1 - Math.Exp(-score / 3))), 2);
        return new UrgencySuggestion(value, confidence, spans);
    }
}
