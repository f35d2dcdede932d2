using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace TKSK.Cases.Tests.Architecture;

/// <summary>
/// The service's folders (its namespaces under TKSK.Cases) depend on each other in one direction, read from the
/// compiled assembly (signatures and method bodies alike): no cycle between any two, the domain core depends on
/// nothing at the edges, and the plumbing (Infrastructure) knows no feature. A cycle is reported with its path.
/// </summary>
public sealed class folders_depend_in_one_direction
{
    private const string Root = "TKSK.Cases";

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Service = new(() => new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build());

    // Folder → the folders it depends on, each with one example (type → type) to show where.
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Graph = new(() =>
    {
        var graph = new Dictionary<string, Dictionary<string, string>>();
        // Folders of the service's own assembly (TKSK.Cases.EmbeddedPostgres is a project of its own, below it).
        var folders = Service.Value.Types.Select(t => FolderOf(t.Namespace.FullName)).OfType<string>().ToHashSet();
        foreach (var type in Service.Value.Types)
        {
            if (FolderOf(type.Namespace.FullName) is not { } from) continue;
            var edges = graph.TryGetValue(from, out var found) ? found : graph[from] = [];
            // A generic parameter (T) carries no folder of its own.
            foreach (var dependency in type.Dependencies.Where(d => d.Target is not GenericParameter))
                if (FolderOf(dependency.Target.Namespace.FullName) is { } to && to != from && folders.Contains(to)) edges.TryAdd(to, $"{type.Name} → {dependency.Target.Name}");
        }
        return graph;
    });

    private static string Why(string from, string to) => Graph.Value[from][to];

    /// <summary>"TKSK.Cases.Intake" → "Intake", "TKSK.Cases.Infrastructure.Http" → "Infrastructure"; the composition root and generated code: none.</summary>
    private static string? FolderOf(string ns) =>
        ns.StartsWith(Root + ".", StringComparison.Ordinal) && !ns.StartsWith(Root + ".Internal", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;

    [Fact]
    public void no_two_folders_depend_on_each_other_even_through_others()
    {
        var cycles = new List<string>();
        foreach (var start in Graph.Value.Keys.Order())
            if (PathBack(start, start, [start], []) is { } path)
                cycles.Add(string.Join(" → ", path) + "   (" + string.Join("; ", path.Zip(path.Skip(1), Why)) + ")");
        Assert.True(cycles.Count == 0, "Folders in a dependency cycle:\n" + string.Join('\n', cycles.Distinct()));
    }

    private static List<string>? PathBack(string start, string at, List<string> path, HashSet<string> seen)
    {
        foreach (var next in Graph.Value.GetValueOrDefault(at, []).Keys.Order())
        {
            if (next == start) return [.. path, next];
            if (!seen.Add(next)) continue;
            if (PathBack(start, next, [.. path, next], seen) is { } found) return found;
        }
        return null;
    }

    [Fact]
    public void the_referral_core_depends_only_on_reference_data_and_plain_plumbing()
    {
        var core = Graph.Value.GetValueOrDefault("Referrals", []);
        var beyond = core.Keys.Except(["Categories", "Regions", "Infrastructure"]).Select(to => $"{to} ({core[to]})").ToList();
        Assert.True(beyond.Count == 0, "The referral core depends on: " + string.Join(", ", beyond));
    }

    [Fact]
    public void the_referral_core_uses_no_framework_at_the_edges()
    {
        var edges = new[] { "Marten", "Wolverine", "JasperFx", "Npgsql", "Microsoft.AspNetCore", "FluentValidation" };
        var used = Service.Value.Types.Where(t => t.Namespace.FullName == Root + ".Referrals")
            .SelectMany(t => t.Dependencies.Select(d => (From: t.Name, To: d.Target.FullName)))
            .Where(d => edges.Any(e => d.To.StartsWith(e + ".", StringComparison.Ordinal)))
            .Select(d => $"{d.From} → {d.To}").Distinct().ToList();
        Assert.True(used.Count == 0, string.Join('\n', used));
    }

    [Fact]
    public void the_plumbing_knows_no_feature()
    {
        var features = Graph.Value.GetValueOrDefault("Infrastructure", []);
        Assert.True(features.Count == 0, "Infrastructure depends on: " + string.Join(", ", features.Select(f => $"{f.Key} ({f.Value})")));
    }
}
