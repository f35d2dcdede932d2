using TKSK.Cases.IntakeAssist;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Tests.IntakeAssist;

/// <summary>One assistant for all the engine's tests: its place index is built once (half a second), as in the service.</summary>
public static class Assistant
{
    private static readonly Lazy<IntakeAssistant> Shared = new(() => new IntakeAssistant(RegionCatalog.LoadEmbedded(), province => province == "35"));

    public static IntakeSuggestions Read(string post) => Shared.Value.Suggest(post);
}
