using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace TKSK.Cases.Bench.Reporting;

/// <summary>Where and how a run was made: what a reader needs to compare two result files.</summary>
public sealed record RunInfo(
    string Mode, DateTimeOffset StartedAt, TimeSpan Took, string Machine, string Commit, string Environment, string TypeLoadMode,
    string PostgreSql, string SmallPoint, string LargePoint, IReadOnlyList<string> Notes);

/// <summary>The results as a console table, a Markdown file and a JSON file (tests/TKSK.Cases.Bench/results/&lt;timestamp&gt;-&lt;mode&gt;.*).</summary>
public static class Report
{
    public static string Format(double? value, string unit) => value switch
    {
        null => "—",
        { } v when double.IsNaN(v) => "—",
        { } v when unit == "%" => v.ToString("0.0", CultureInfo.InvariantCulture),
        { } v when Math.Abs(v) >= 100 => v.ToString("#,0", CultureInfo.InvariantCulture),
        { } v when Math.Abs(v) >= 10 => v.ToString("0.0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.00", CultureInfo.InvariantCulture),
    };

    private static string Ratio(ResultRow r) => r.Ratio is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";
    private static string Met(ResultRow r) => r.Met switch { true => "yes", false => "NO", null => "—" };
    private static string Cpu(double? share) => share is { } s ? (100 * s).ToString("0", CultureInfo.InvariantCulture) + " %" : "—";

    public static void ToConsole(RunInfo info, IReadOnlyList<ResultRow> rows)
    {
        var table = new Table().Title($"TKSK.Cases benchmark, {info.Mode} mode").AddColumns(
            "scenario", "measure", "service", "baseline", "ratio", "goal", "met?", "gen CPU");
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.Scenario), Markup.Escape(r.Measure), Markup.Escape(WithUnit(r.Service, r.Unit)), Markup.Escape(WithUnit(r.Baseline, r.Unit)),
                Ratio(r), Markup.Escape(r.Goal.Text), r.Met switch { true => "[green]yes[/]", false => "[red]NO[/]", null => "—" }, Cpu(r.GeneratorCpu));
        AnsiConsole.Write(table);
    }

    private static string WithUnit(double? value, string unit) => value is null || double.IsNaN(value.Value) ? "—" : $"{Format(value, unit)} {unit}";

    public static (string Markdown, string Json) Write(string directory, RunInfo info, IReadOnlyList<ResultRow> rows)
    {
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"{info.StartedAt.UtcDateTime:yyyyMMdd-HHmmss}-{info.Mode}");
        File.WriteAllText(stem + ".md", Markdown(info, rows));
        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(new
        {
            info.Mode, info.StartedAt, tookSeconds = Math.Round(info.Took.TotalSeconds), info.Machine, info.Commit, info.Environment, info.TypeLoadMode,
            postgreSql = info.PostgreSql, info.SmallPoint, info.LargePoint, info.Notes,
            rows = rows.Select(r => new
            {
                r.Scenario, r.Measure, r.Unit, service = Num(r.Service), baseline = Num(r.Baseline), ratio = Num(r.Ratio), goal = r.Goal.Text, met = r.Met,
                generatorCpu = Num(r.GeneratorCpu), targetCpu = Num(r.TargetCpu), r.Errors, r.Note,
            }),
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        return (stem + ".md", stem + ".json");
    }

    private static double? Num(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? Math.Round(v, 4) : null;

    private static string Markdown(RunInfo info, IReadOnlyList<ResultRow> rows)
    {
        var md = new StringBuilder();
        md.AppendLine($"# TKSK.Cases benchmark — {info.Mode} mode, {info.StartedAt:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine($"- machine: {info.Machine}");
        md.AppendLine($"- commit: {info.Commit}; service: Release publish, pre-generated code (TypeLoadMode {info.TypeLoadMode}), ASPNETCORE_ENVIRONMENT={info.Environment}");
        md.AppendLine($"- database: {info.PostgreSql}, a throwaway cluster with fsync, synchronous_commit and full_page_writes off: figures are relative (service against baseline, same run), not what durable storage gives");
        md.AppendLine($"- store size points: \"10 k\" = {info.SmallPoint}, \"1 M\" = {info.LargePoint}; took {info.Took.TotalMinutes:0.0} min");
        md.AppendLine();
        md.AppendLine("| scenario | measure | service | baseline | ratio | goal | met? | gen CPU | details |");
        md.AppendLine("|---|---|---:|---:|---:|---|---|---:|---|");
        foreach (var r in rows)
            md.AppendLine($"| {r.Scenario} | {r.Measure} | {WithUnit(r.Service, r.Unit)} | {WithUnit(r.Baseline, r.Unit)} | {Ratio(r)} | {r.Goal.Text} | {Met(r)} | {Cpu(r.GeneratorCpu)} | {r.Note?.Replace("|", "/")} |");
        md.AppendLine();
        md.AppendLine("gen CPU: the load generator's own CPU time over the measured window, as a share of all cores; the service, the baseline, PostgreSQL and the generator share the same machine.");
        if (info.Notes.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Notes");
            foreach (var n in info.Notes) md.AppendLine($"- {n}");
        }
        return md.ToString();
    }
}
