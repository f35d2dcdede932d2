using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using TKSK.Cases.Infrastructure.Hosting;

namespace TKSK.Cases.Tests.Deployment;

/// <summary>
/// Which settings the service reads, taken from the compiled service itself rather than from a list kept by hand:
/// every string literal of TKSK.Cases.dll (configuration keys and sections are literals: "Erasure:WatchPeriod",
/// GetSection("Auth:Jwt") then jwt["SigningKey"]) and the property names of its types (sections bound to options
/// classes: GetSection("Webhooks").Get&lt;WebhookPolicy&gt;()). A name a deploy file sets that none of these can
/// explain is a setting the service never reads, e.g. a misspelt one.
/// </summary>
public static class ServiceSettings
{
    private static readonly Assembly Service = typeof(Program).Assembly;

    public static readonly HashSet<string> Literals = ReadLiterals();

    private static readonly HashSet<string> PropertyNames = Service.GetTypes()
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).Select(p => p.Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> ReadLiterals()
    {
        using var pe = new PEReader(File.OpenRead(Service.Location));
        var metadata = pe.GetMetadataReader();
        var literals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (metadata.GetHeapSize(HeapIndex.UserString) <= 1) return literals;
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            literals.Add(metadata.GetUserString(handle));
        return literals;
    }

    /// <summary>Why the service reads <paramref name="variable"/> (an environment variable name), or null when it does not.</summary>
    public static string? HowRead(string variable)
    {
        // Configuration keys ignore case; '__' in an environment variable is the section separator ':'.
        var path = variable.Replace("__", ":");
        if (Literals.Contains(path)) return $"the literal \"{path}\"";
        var segments = path.Split(':');
        // Every GetConnectionString of the service names this one constant (there is no other literal to go by).
        if (segments is ["ConnectionStrings", var name])
            return string.Equals(name, EmbeddedDatabase.ConnectionName, StringComparison.OrdinalIgnoreCase) ? $"GetConnectionString(\"{name}\")" : null;
        // A section the service reads by its literal, and below it keys it reads by literal, options properties or array indexes.
        for (var cut = segments.Length - 1; cut >= 1; cut--)
        {
            var section = string.Join(':', segments[..cut]);
            if (!Literals.Contains(section)) continue;
            var rest = segments[cut..];
            if (rest.All(s => s.All(char.IsAsciiDigit) || Literals.Contains(s) || PropertyNames.Contains(s)))
                return $"the section \"{section}\" and its key(s) {string.Join(':', rest)}";
        }
        return null;
    }
}
