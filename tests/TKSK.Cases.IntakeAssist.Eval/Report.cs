namespace TKSK.Cases.IntakeAssist.Eval;

/// <summary>The table (issue 22, "How well") for one file: the engine, the baseline, the goal.</summary>
public static class Report
{
    public static void Print(string file, int posts, Run run, long indexBytes, TimeSpan built, bool misses)
    {
        var (e, b) = (run.Engine, run.Baseline);
        Console.WriteLine($"## {Path.GetFileName(file)} — {posts} posts");
        Console.WriteLine();
        Console.WriteLine("| measure | goal | intake assist | baseline (kecamatan name as substring) |");
        Console.WriteLine("|---|---|---|---|");
        Row("kecamatan right (top-1), posts that name one", "≥ 90 %", e.KecamatanTop1, b.KecamatanTop1);
        Row("kecamatan in top-3 (incl. alternatives)", "≥ 97 %", e.KecamatanTop3, b.KecamatanTop3);
        Row("desa right, posts that name one", "≥ 85 %", e.Desa, b.Desa);
        Row("kabupaten right", "≥ 95 %", e.Kabupaten, b.Kabupaten);
        Row("outside East Java recognised", "≥ 90 %", e.OutsideRecognised, b.OutsideRecognised);
        Row("no place: no suggestion ≥ 0.5", "≥ 90 %", e.NoPlaceQuiet, b.NoPlaceQuiet);
        // The baseline reads places only: it suggests no category, never pasung, and leaves urgency at normal.
        Row("category right (top-1)", "≥ 85 %", e.Category, null);
        Row("pasung precision", "≥ 0.95", e.PasungPrecision, null);
        Row("pasung recall", "≥ 0.95", e.PasungRecall, null);
        Row("urgency right", "≥ 80 %", e.Urgency, null);
        Row("suggestions ≥ 0.5 with evidence found in the text", "100 %", e.EvidencePresent, b.EvidencePresent);
        Console.WriteLine($"| latency per post, p50 / p99 (one thread, in-process) | p99 ≤ 20 ms | {run.P50Ms:0.00} ms / {run.P99Ms:0.00} ms | |");
        Console.WriteLine($"| place index memory (built in {built.TotalMilliseconds:0} ms) | ≤ 50 MB | {indexBytes / 1024.0 / 1024.0:0.0} MB | |");
        Console.WriteLine();
        if (!misses) return;
        foreach (var miss in run.Misses) Console.WriteLine($"- {miss}");
        Console.WriteLine();
    }

    private static void Row(string measure, string goal, Ratio engine, Ratio? baseline) =>
        Console.WriteLine($"| {measure} | {goal} | {engine} | {(baseline is { } b ? b.ToString() : "—")} |");
}
