namespace TKSK.Cases.Access;

/// <summary>What an agency's API key may be granted.</summary>
public static class ApiKeyScopes
{
    public const string Intake = "intake", Read = "read", Feed = "feed", Webhooks = "webhooks";
    public static readonly IReadOnlyList<string> All = [Intake, Read, Feed, Webhooks];
}
