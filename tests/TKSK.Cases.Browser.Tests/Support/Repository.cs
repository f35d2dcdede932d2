namespace TKSK.Cases.Browser.Tests.Support;

/// <summary>The clone the tests run from: screenshots go into its docs, vendored files are read from its sources.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TKSK.Cases.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No TKSK.Cases.sln above {AppContext.BaseDirectory}.");
    }

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);
}
