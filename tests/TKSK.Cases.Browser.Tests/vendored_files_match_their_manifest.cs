using System.Security.Cryptography;
using System.Text.RegularExpressions;
using TKSK.Cases.Browser.Tests.Support;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The files the console takes from others are exactly those listed in src/TKSK.Cases/WebConsole/VENDOR.md, with
/// the version, license and SHA-256 given there: a changed or added file without its row fails here.
/// </summary>
public sealed class vendored_files_match_their_manifest
{
    private static readonly Regex Row = new(@"^\| `(?<file>[^`]+)` \| (?<package>[^|]+) \| (?<version>[^|]+) \| (?<license>[^|]+) \| `[^`]+` \| `(?<sha>[0-9a-f]{64})` \|$");

    [Fact]
    public void every_vendored_file_has_its_row_and_its_hash()
    {
        var wwwroot = Repository.PathTo("src", "TKSK.Cases", "wwwroot");
        var rows = File.ReadAllLines(Repository.PathTo("src", "TKSK.Cases", "WebConsole", "VENDOR.md"))
            .Select(line => Row.Match(line)).Where(m => m.Success).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var file = Path.Combine(wwwroot, row.Groups["file"].Value);
            Assert.True(File.Exists(file), $"{row.Groups["file"].Value} is listed but missing");
            Assert.Matches(@"^\d+\.\d+\.\d+$", row.Groups["version"].Value.Trim());
            Assert.Contains(row.Groups["license"].Value.Trim(), new[] { "MIT", "Apache-2.0" });
            Assert.Equal(row.Groups["sha"].Value, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        }
        var listed = rows.Select(r => r.Groups["file"].Value).ToHashSet();
        var present = Directory.GetFiles(Path.Combine(wwwroot, "vendor"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(wwwroot, f).Replace('\\', '/'));
        var unlisted = present.Where(f => !listed.Contains(f)).ToList();
        Assert.True(unlisted.Count == 0, $"Vendored without a row in VENDOR.md: {string.Join(", ", unlisted)}");
    }
}
