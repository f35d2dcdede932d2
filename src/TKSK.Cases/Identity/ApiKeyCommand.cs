using JasperFx;
using JasperFx.CommandLine;
using Marten;
using TKSK.Cases.Access;

namespace TKSK.Cases.Identity;

public sealed class ApiKeyInput : NetCoreInput
{
    [Description("create, revoke or list")]
    public string Action { get; set; } = "list";

    [Description("create: a new agency's name")]
    public string AgencyFlag { get; set; } = "";

    [Description("create: an existing agency's id (another key for it), instead of --agency")]
    public string AgencyIdFlag { get; set; } = "";

    [Description("create: comma-separated scopes (intake,read,feed,webhooks)")]
    public string ScopesFlag { get; set; } = "";

    [Description("create: comma-separated PPKS category codes (default: all)")]
    public string CategoriesFlag { get; set; } = "";

    [Description("create: region code the agency may see (default: the whole province)")]
    public string RegionFlag { get; set; } = "";

    [Description("revoke: the key's id")]
    public string IdFlag { get; set; } = "";
}

/// <summary>The province admin's API-key tool on the command line: dotnet run --project src/TKSK.Cases -- api-keys create --agency "RSJ Menur" --scopes intake,read</summary>
[Description("Create, list or revoke agency API keys", Name = "api-keys")]
public sealed class ApiKeyCommand : JasperFxAsyncCommand<ApiKeyInput>
{
    public override async Task<bool> Execute(ApiKeyInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        switch (input.Action)
        {
            case "create":
                var scopes = Split(input.ScopesFlag);
                Guid? agencyId = Guid.TryParse(input.AgencyIdFlag, out var parsed) ? parsed : null;
                if ((agencyId is null && input.AgencyFlag.Trim().Length < 2) || scopes.Count == 0 || scopes.Any(s => !ApiKeyScopes.All.Contains(s)))
                {
                    Console.Error.WriteLine("Give --agency \"<new agency's name>\" (or --agency-id <id>) and --scopes with any of intake,read,feed,webhooks.");
                    return false;
                }
                var (agency, _) = await ApiKeys.AgencyForAsync(session, agencyId is null ? input.AgencyFlag : null, agencyId, "cli", now);
                if (agency is null)
                {
                    var existing = agencyId is null ? await Agencies.FindAsync(session, input.AgencyFlag) : null;
                    Console.Error.WriteLine(existing is not null
                        ? $"An agency named '{existing.Name}' exists: give --agency-id {existing.Id} to issue another key to it."
                        : $"No agency with id '{input.AgencyIdFlag}'.");
                    return false;
                }
                var (record, key) = ApiKeys.Create(agency, scopes, Split(input.CategoriesFlag), input.RegionFlag.Length > 0 ? input.RegionFlag : null, "cli", now);
                session.Store(record);
                await session.SaveChangesAsync();
                Console.WriteLine($"API key {record.Id} for {record.Agency} (agency {agency.Id}; {string.Join(",", record.Scopes)}). Hand it over now; it is not shown again:");
                Console.WriteLine(key);
                return true;
            case "revoke":
                if (!Guid.TryParse(input.IdFlag, out var id) || await session.LoadAsync<ApiKey>(id) is not { } found)
                {
                    Console.Error.WriteLine($"No API key with id '{input.IdFlag}'.");
                    return false;
                }
                session.Store(found with { RevokedAt = found.RevokedAt ?? now, RevokedBy = found.RevokedBy ?? "cli" });
                await session.SaveChangesAsync();
                Console.WriteLine($"API key {id} ({found.Agency}) is revoked.");
                return true;
            default:
                foreach (var k in await session.Query<ApiKey>().OrderBy(k => k.CreatedAt).ToListAsync())
                    Console.WriteLine($"{k.Id}  {k.Agency}  {string.Join(",", k.Scopes)}  {(k.Revoked ? $"revoked {k.RevokedAt:u}" : "active")}");
                return true;
        }
    }

    private static IReadOnlyList<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
