using System.Text.Json;
using System.Text.Json.Serialization;

namespace TKSK.Cases.IntakeAssist.Eval;

/// <summary>One line of a labelled file: the post and what an operator would enter for it.</summary>
public sealed record LabelledPost(
    string Id, string Text, string? KecamatanCode, string? DesaCode, string? KabupatenCode, string? Category, bool Pasung, string Urgency)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public static IReadOnlyList<LabelledPost> Read(string path) => File.ReadLines(path)
        .Where(line => !string.IsNullOrWhiteSpace(line))
        .Select(line => JsonSerializer.Deserialize<LabelledPost>(line, Json) ?? throw new InvalidDataException($"{path}: an empty line object"))
        .ToList();

    public bool NamesNoPlace => KecamatanCode is null && DesaCode is null && KabupatenCode is null;

    /// <summary>Outside the served province: East Java (35) is what JSC serves.</summary>
    public bool OutsideEastJava => KabupatenCode is { } k && !k.StartsWith("35.", StringComparison.Ordinal);
}
