using System.Diagnostics;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.IntakeAssist.Eval;

/// <summary>A share: how many of how many. Shown as "—" when there were none to count.</summary>
public readonly record struct Ratio(int Hits, int Of)
{
    public Ratio Add(bool hit) => new(Hits + (hit ? 1 : 0), Of + 1);
    public override string ToString() => Of == 0 ? "—" : $"{100.0 * Hits / Of:0.0} % ({Hits}/{Of})";
}

public sealed record Scores(
    Ratio KecamatanTop1, Ratio KecamatanTop3, Ratio Desa, Ratio Kabupaten, Ratio OutsideRecognised, Ratio NoPlaceQuiet,
    Ratio Category, Ratio PasungPrecision, Ratio PasungRecall, Ratio Urgency, Ratio EvidencePresent);

public sealed record Run(Scores Engine, Scores Baseline, double P50Ms, double P99Ms, IReadOnlyList<string> Misses);

public static class Measure
{
    private const double Shown = 0.5;
    private const int Rounds = 5;

    public static Run Run(IntakeAssistant assistant, Baseline baseline, IReadOnlyList<LabelledPost> posts)
    {
        var answers = posts.Select(p => assistant.Suggest(p.Text)).ToList();
        var engine = Score(posts, answers, out var misses);
        var simple = Score(posts, posts.Select(p => Simple(baseline, p.Text)).ToList(), out _);

        var times = new List<double>(posts.Count * Rounds);
        for (var round = 0; round < Rounds; round++)
            foreach (var post in posts)
            {
                var watch = Stopwatch.StartNew();
                assistant.Suggest(post.Text);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        times.Sort();
        return new Run(engine, simple, Percentile(times, 0.50), Percentile(times, 0.99), misses);
    }

    private static IntakeSuggestions Simple(Baseline baseline, string text)
    {
        var place = baseline.Kecamatan(text) is not var (kecamatan, where) ? null
            : new PlaceSuggestion(kecamatan.Code[..2], kecamatan.Code[..5], kecamatan.Code, null, !kecamatan.Code.StartsWith("35."), 1.0,
                [Evidence.Of(text, where.Index, where.Index + where.Length)], []);
        return new IntakeSuggestions(place, null, new PasungSuggestion(false, 0, []), new UrgencySuggestion(Urgency.Normal, 0, []));
    }

    private static Scores Score(IReadOnlyList<LabelledPost> posts, IReadOnlyList<IntakeSuggestions> answers, out List<string> missed)
    {
        var misses = missed = [];
        Ratio kec1 = default, kec3 = default, desa = default, kab = default, outside = default, quiet = default,
            category = default, precision = default, recall = default, urgency = default, evidence = default;
        for (var i = 0; i < posts.Count; i++)
        {
            var (post, answer) = (posts[i], answers[i]);
            var place = answer.Place;
            void Miss(string what, object? expected, object? got) => misses.Add($"{post.Id} {what}: expected {expected ?? "none"}, got {got ?? "none"}");
            if (post.KecamatanCode is { } k)
            {
                kec1 = kec1.Add(place?.KecamatanCode == k);
                var top3 = new[] { place?.KecamatanCode }.Concat(place?.Alternatives.Select(a => a.KecamatanCode) ?? []).Take(3);
                kec3 = kec3.Add(top3.Contains(k));
                if (place?.KecamatanCode != k) Miss("kecamatan", k, place?.KecamatanCode);
            }
            if (post.DesaCode is { } d)
            {
                desa = desa.Add(place?.DesaCode == d);
                if (place?.DesaCode != d) Miss("desa", d, place?.DesaCode);
            }
            if (post.KabupatenCode is { } b)
            {
                kab = kab.Add(place?.KabupatenCode == b);
                if (place?.KabupatenCode != b) Miss("kabupaten", b, place?.KabupatenCode);
            }
            if (post.OutsideEastJava) outside = outside.Add(place is { OutOfArea: true } && place.KabupatenCode == post.KabupatenCode);
            if (post.NamesNoPlace)
            {
                quiet = quiet.Add(place is null || place.Confidence < Shown);
                if (place is { Confidence: >= Shown }) Miss("no place", null, $"{place.KabupatenCode}/{place.KecamatanCode} at {place.Confidence}");
            }
            if (post.Category is { } c)
            {
                category = category.Add(answer.Category?.Code == c);
                if (answer.Category?.Code != c) Miss("category", c, answer.Category?.Code);
            }
            if (answer.Pasung.Value) precision = precision.Add(post.Pasung);
            if (post.Pasung) recall = recall.Add(answer.Pasung.Value);
            if (answer.Pasung.Value != post.Pasung) Miss("pasung", post.Pasung, answer.Pasung.Value);
            var expectedUrgency = post.Urgency;
            var gotUrgency = SnakeCaseEnums.Code(answer.Urgency.Value);
            urgency = urgency.Add(gotUrgency == expectedUrgency);
            if (gotUrgency != expectedUrgency) Miss("urgency", expectedUrgency, gotUrgency);
            foreach (var (confidence, spans) in Shown_(answer))
            {
                var good = spans.Count > 0 && spans.All(e => e.Start >= 0 && e.End <= post.Text.Length && e.Start < e.End && post.Text[e.Start..e.End] == e.Text);
                evidence = evidence.Add(good);
                if (!good) Miss("evidence", "spans", $"{spans.Count} spans at confidence {confidence}");
            }
        }
        return new Scores(kec1, kec3, desa, kab, outside, quiet, category, precision, recall, urgency, evidence);
    }

    /// <summary>Every suggestion shown at confidence 0.5 or more, with its evidence.</summary>
    private static IEnumerable<(double, IReadOnlyList<Evidence>)> Shown_(IntakeSuggestions answer)
    {
        if (answer.Place is { Confidence: >= Shown } p) yield return (p.Confidence, p.Evidence);
        if (answer.Category is { Confidence: >= Shown } c) yield return (c.Confidence, c.Evidence);
        if (answer.Pasung.Confidence >= Shown) yield return (answer.Pasung.Confidence, answer.Pasung.Evidence);
        if (answer.Urgency.Confidence >= Shown) yield return (answer.Urgency.Confidence, answer.Urgency.Evidence);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
