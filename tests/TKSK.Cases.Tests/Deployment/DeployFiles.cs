using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace TKSK.Cases.Tests.Deployment;

/// <summary>
/// The files of deploy/ as a deployment reads them: the Dockerfile's final stage, compose.yaml with its anchors
/// merged, the Kubernetes manifests, nginx.conf. Only what the checks need; a file it cannot parse fails the test.
/// </summary>
public sealed class DeployFiles
{
    public static readonly string Repository = FindRepository();
    public static readonly string Folder = Path.Combine(Repository, "deploy");
    /// <summary>Images whose name starts with this run the service (compose nodes, the schema step, the pods).</summary>
    public const string ServiceImage = "tksk-cases:";

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TKSK.Cases.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No TKSK.Cases.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Every YAML document of a file, as dictionaries and lists; '&lt;&lt;: *anchor' merged as compose merges it.</summary>
    public static List<Dictionary<object, object>> Yaml(string relative)
    {
        var parser = new MergingParser(new Parser(new StringReader(Read(relative))));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<object, object>>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
            documents.Add(deserializer.Deserialize<Dictionary<object, object>>(parser));
        return documents;
    }

    public static Dictionary<object, object> Map(object? node, string what) =>
        node as Dictionary<object, object> ?? throw new InvalidOperationException($"{what} is not a mapping.");

    public static List<object> List(object? node, string what) =>
        node as List<object> ?? throw new InvalidOperationException($"{what} is not a list.");

    public static string? Text(Dictionary<object, object> map, string key) => map.TryGetValue(key, out var v) ? v?.ToString() : null;

    // ---- Dockerfile

    /// <summary>The Dockerfile's instructions, continuation lines joined, comments dropped.</summary>
    public static List<(string Instruction, string Arguments)> DockerInstructions()
    {
        var joined = Regex.Replace(Read("Dockerfile"), @"\\\r?\n", " ");
        return joined.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2) is [var i, var a] ? (i.ToUpperInvariant(), a.Trim()) : (l.ToUpperInvariant(), ""))
            .ToList();
    }

    /// <summary>What the image runs: the instructions after the last FROM.</summary>
    public static List<(string Instruction, string Arguments)> FinalStage()
    {
        var all = DockerInstructions();
        return all.Skip(all.FindLastIndex(i => i.Instruction == "FROM")).ToList();
    }

    /// <summary>The image's ENV settings (KEY=value pairs, several on one ENV line).</summary>
    public static Dictionary<string, string> ImageEnvironment() =>
        FinalStage().Where(i => i.Instruction == "ENV")
            .SelectMany(i => Regex.Matches(i.Arguments, @"([A-Za-z_][A-Za-z0-9_]*)=(""[^""]*""|\S+)"))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim('"'));

    // ---- compose.yaml

    public static Dictionary<object, object> ComposeServices() => Map(Yaml("compose.yaml").Single()["services"], "compose.yaml's services");

    /// <summary>The compose services that run the service's image, by name.</summary>
    public static Dictionary<string, Dictionary<object, object>> ComposeServiceContainers() =>
        ComposeServices().Where(s => Text(Map(s.Value, $"service {s.Key}"), "image")?.StartsWith(ServiceImage) == true)
            .ToDictionary(s => s.Key.ToString()!, s => Map(s.Value, $"service {s.Key}"));

    /// <summary>A compose service's environment, as a map or as a list of NAME=value.</summary>
    public static Dictionary<string, string> ComposeEnvironment(Dictionary<object, object> service) =>
        service.TryGetValue("environment", out var env) ? env switch
        {
            Dictionary<object, object> map => map.ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString() ?? ""),
            List<object> list => list.Select(e => e.ToString()!.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : ""),
            _ => throw new InvalidOperationException("a compose environment is neither a map nor a list"),
        } : [];

    // ---- kubernetes/

    public static IEnumerable<(string File, Dictionary<object, object> Manifest)> Manifests() =>
        Directory.GetFiles(Path.Combine(Folder, "kubernetes"), "*.yaml").Order()
            .SelectMany(f => Yaml(Path.Combine("kubernetes", Path.GetFileName(f))).Select(m => (Path.GetFileName(f), m)));

    public static Dictionary<object, object> Manifest(string kind) => Manifests().Single(m => Text(m.Manifest, "kind") == kind).Manifest;

    /// <summary>The containers of a Deployment or Job that run the service's image.</summary>
    public static IEnumerable<Dictionary<object, object>> ServiceContainers(Dictionary<object, object> workload)
    {
        var pod = Map(Map(Map(workload["spec"], "spec")["template"], "template")["spec"], "pod spec");
        return List(pod["containers"], "containers").Select(c => Map(c, "container"))
            .Where(c => Text(c, "image")?.StartsWith(ServiceImage) == true);
    }

    /// <summary>
    /// The environment a container gets: the image's ENV, then envFrom ConfigMaps (resolved from the manifests here),
    /// then env entries. A value from a Secret is given as "secret:&lt;name&gt;/&lt;key&gt;", one of the pod's fields as "field:&lt;path&gt;".
    /// </summary>
    public static Dictionary<string, string> ContainerEnvironment(Dictionary<object, object> container)
    {
        var environment = new Dictionary<string, string>(ImageEnvironment());
        if (container.TryGetValue("envFrom", out var from))
            foreach (var source in List(from, "envFrom").Select(s => Map(s, "envFrom entry")))
            {
                var name = Text(Map(source["configMapRef"], "configMapRef"), "name");
                var configMap = Manifests().Select(m => m.Manifest)
                    .Single(m => Text(m, "kind") == "ConfigMap" && Text(Map(m["metadata"], "metadata"), "name") == name);
                foreach (var (key, value) in Map(configMap["data"], "ConfigMap data")) environment[key.ToString()!] = value?.ToString() ?? "";
            }
        if (container.TryGetValue("env", out var env))
            foreach (var entry in List(env, "env").Select(e => Map(e, "env entry")))
                environment[Text(entry, "name")!] = entry.TryGetValue("valueFrom", out var valueFrom)
                    ? Map(valueFrom, "valueFrom") is var v && v.TryGetValue("secretKeyRef", out var secret)
                        ? $"secret:{Text(Map(secret, "secretKeyRef"), "name")}/{Text(Map(secret, "secretKeyRef"), "key")}"
                        : v.TryGetValue("fieldRef", out var field)
                            ? $"field:{Text(Map(field, "fieldRef"), "fieldPath")}"
                            : throw new InvalidOperationException($"{Text(entry, "name")}: only secretKeyRef and fieldRef are understood")
                    : Text(entry, "value") ?? "";
        return environment;
    }

    // ---- nginx.conf

    /// <summary>The upstream servers of nginx.conf (host:port), and whether anything makes sessions sticky.</summary>
    public static (List<string> Servers, bool Sticky) Proxy()
    {
        var conf = Regex.Replace(Read("nginx.conf"), "#.*", "");
        var upstream = Regex.Match(conf, @"upstream\s+\S+\s*\{([^}]*)\}").Groups[1].Value;
        var servers = Regex.Matches(upstream, @"server\s+([^\s;]+)").Select(m => m.Groups[1].Value).ToList();
        return (servers, Regex.IsMatch(upstream, @"\b(ip_hash|hash|sticky)\b"));
    }
}
