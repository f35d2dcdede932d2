namespace TKSK.Cases.IntakeAssist;

/// <summary>
/// Pasung now, from confinement cues that are neither denied nor over ("dulu pernah dipasung,
/// sudah dilepas" is a released person: not pasung now, and the words that say so are shown).
/// Without any cue the answer is false at low confidence: an absence, not a finding.
/// </summary>
public static class PasungJudge
{
    public const double Threshold = 2.5;

    public static PasungSuggestion Judge(string text, IReadOnlyList<PostWord> words, IReadOnlyList<CueHit> hits)
    {
        var cues = hits.Where(h => h.Cue.Target == PasungCues.Target).ToList();
        var now = cues.Where(h => !h.Negated && !h.Past).ToList();
        var score = now.Sum(h => h.Cue.Weight);
        Evidence Span(CueHit h) => Evidence.Of(text, words[h.FirstWord].Start, words[h.LastWord].End);
        if (score >= Threshold)
            return new PasungSuggestion(true, Math.Round(Math.Min(0.97, 1 - Math.Exp(-score / 2)), 2),
                now.OrderByDescending(h => h.Cue.Weight).Take(3).OrderBy(h => h.FirstWord).Select(Span).Distinct().ToList());
        var over = cues.Where(h => h.Negated || h.Past).ToList();
        return over.Count > 0
            ? new PasungSuggestion(false, 0.8, over.Take(3).Select(Span).Distinct().ToList())
            : new PasungSuggestion(false, score > 0 ? 0.3 : 0.4, []);
    }
}
