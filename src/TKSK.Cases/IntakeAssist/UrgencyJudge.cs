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

    public static UrgencySuggestion Judge(string text, IReadOnlyList<PostWord> words, IReadOnlyList<CueHit> hits)
    {
        var counted = hits.Where(h => !h.Negated && h.Cue.Target is UrgencyCues.Emergency or UrgencyCues.High or UrgencyCues.Normal)
            .Select(h => (Hit: h, Weight: h.Cue.Weight * (h.Past ? 0.33 : 1.0))).ToList();
        double Sum(string target) => counted.Where(c => c.Hit.Cue.Target == target).GroupBy(c => c.Hit.Cue).Sum(g => g.Max(c => c.Weight));
        var emergency = Sum(UrgencyCues.Emergency);
        var high = Sum(UrgencyCues.High);
        var (value, targets, score) = emergency >= EmergencyAt ? (Urgency.Emergency, new[] { UrgencyCues.Emergency }, emergency)
            : emergency + high >= HighAt ? (Urgency.High, new[] { UrgencyCues.High, UrgencyCues.Emergency }, emergency + high)
            : (Urgency.Normal, new[] { UrgencyCues.Normal }, Sum(UrgencyCues.Normal));
        var spans = counted.Where(c => targets.Contains(c.Hit.Cue.Target)).OrderByDescending(c => c.Weight).Take(3)
            .OrderBy(c => c.Hit.FirstWord).Select(c => Evidence.Of(text, words[c.Hit.FirstWord].Start, words[c.Hit.LastWord].End)).Distinct().ToList();
        var confidence = spans.Count == 0 ? 0.4 : Math.Round(Math.Min(0.95, 0.5 + 0.45 * (1 - Math.Exp(-score / 3))), 2);
        return new UrgencySuggestion(value, confidence, spans);
    }
}
