using TKSK.Cases.Referrals;

namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Urgency from its cues: enough emergency weight is an emergency; else enough of either is high;
/// else normal. A cue in the past or ended ("pelaku sudah diamankan") counts a third; a denied
/// one nothing. Help already given ("sekarang dirawat di RSUD") takes an emergency down to high (not
/// an abandoned newborn), a question ("gimana caranya…") a high down to normal. Pasung now is high whatever else is said. Normal
/// without any cue is the default at low confidence, with no evidence.
/// </summary>
public static class UrgencyJudge
{
    public const double EmergencyAt = 2.5, HighAt = 2.0;

    // Some categories are rarely routine: a disaster's victims, a trafficked person, a child hurt or left alone.
    private static readonly Dictionary<string, double> HighByCategory = new(StringComparer.Ordinal)
    {
        ["korban_bencana_alam"] = 2, ["korban_bencana_sosial"] = 2, ["korban_perdagangan_orang"] = 2, ["anak_korban_kekerasan"] = 2,
        ["korban_tindak_kekerasan"] = 1.5, ["anak_balita_telantar"] = 1.5, ["anak_telantar"] = 1, ["odha"] = 1.5, ["anak_jalanan"] = 1,
        ["lanjut_usia_telantar"] = 0.5, ["pekerja_migran_bermasalah"] = 0.5,
    };

    public static UrgencySuggestion Judge(string text, IReadOnlyList<PostWord> words, IReadOnlyList<CueHit> hits, CategorySuggestion? category,
        PasungSuggestion pasung)
    {
        var counted = hits.Where(h => !h.Negated && h.Cue.Target is UrgencyCues.Emergency or UrgencyCues.High or UrgencyCues.Normal
                or UrgencyCues.Question or UrgencyCues.Handled or UrgencyCues.Chronic)
            .Select(h => (Hit: h, Weight: h.Cue.Weight * (h.Past ? 0.33 : 1.0))).ToList();
        double Sum(string target) => counted.Where(c => c.Hit.Cue.Target == target).GroupBy(c => c.Hit.Cue).Sum(g => g.Max(c => c.Weight));
        var handled = Sum(UrgencyCues.Handled);
        var risk = Sum(UrgencyCues.Emergency);
        var emergency = Math.Max(0, risk - handled);
        // An abandoned newborn stays an emergency once someone has taken it in; what was an emergency stays serious.
        if (counted.Any(c => c.Hit.Cue.Target == UrgencyCues.Emergency && c.Weight >= 4)) emergency = Math.Max(emergency, EmergencyAt);
        if (risk >= EmergencyAt) emergency = Math.Max(emergency, HighAt);
        var prior = category is { } c ? HighByCategory.GetValueOrDefault(c.Code) : 0;
        var confined = pasung.Value ? 2.5 : 0;
        // Help given takes half its weight off a high too; a request for a chronic need (capital, training, a wheelchair) one.
        var high = Math.Max(0, Sum(UrgencyCues.High) + prior - Sum(UrgencyCues.Question) - handled / 2 - Sum(UrgencyCues.Chronic)) + confined;
        var (value, targets, score) = emergency >= EmergencyAt ? (Urgency.Emergency, new[] { UrgencyCues.Emergency }, emergency)
            : emergency + high >= HighAt ? (Urgency.High, new[] { UrgencyCues.High, UrgencyCues.Emergency }, emergency + high)
            : (Urgency.Normal, new[] { UrgencyCues.Normal, UrgencyCues.Question }, Sum(UrgencyCues.Normal) + Sum(UrgencyCues.Question));
        var spans = counted.Where(c => targets.Contains(c.Hit.Cue.Target) && c.Weight > 0).OrderByDescending(c => c.Weight).Take(3)
            .OrderBy(c => c.Hit.FirstWord).Select(c => Evidence.Of(text, words[c.Hit.FirstWord].Start, words[c.Hit.LastWord].End)).Distinct().ToList();
        // High for pasung, or for its category alone: those words are why.
        if (value == Urgency.High && confined > 0) spans = [.. pasung.Evidence.Concat(spans).Distinct().Take(3)];
        if (spans.Count == 0 && value == Urgency.High && category is not null) spans = [.. category.Evidence];
        var confidence = spans.Count == 0 ? 0.4 : Math.Round(Math.Min(0.95, 0.5 + 0.45 * (1 - Math.Exp(-score / 3))), 2);
        return new UrgencySuggestion(value, confidence, spans);
    }
}
