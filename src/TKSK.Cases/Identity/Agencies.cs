using Marten;
using Wolverine.Http;

using TKSK.Cases.Access;

namespace TKSK.Cases.Identity;

/// <summary>
/// An agency that other systems sign in for (a hospital, a kabupaten's Dinas Sosial, the police's
/// PPA unit). Its API keys and the bases for sharing recorded with it name it by id: a key made
/// later under a similar name gets no one's consents. Names are unique, compared without case.
/// </summary>
public sealed record Agency(Guid Id, string Name, DateTimeOffset CreatedAt, string CreatedBy)
{
    /// <summary>The name as compared: trimmed, single spaces, lower case ("RSJ  Menur" = "rsj menur").</summary>
    public string Key { get; init; } = Agencies.KeyOf(Name);
}

public static class Agencies
{
    public static void Configure(StoreOptions opts) => opts.Schema.For<Agency>().UniqueIndex(a => a.Key);

    public static string KeyOf(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static async Task<Agency?> FindAsync(IQuerySession session, string name, CancellationToken ct = default)
    {
        var key = KeyOf(name);
        return await session.Query<Agency>().FirstOrDefaultAsync(a => a.Key == key, ct);
    }

    /// <summary>The agencies that keys are issued to, by name: for choosing one when recording a basis for sharing.</summary>
    /// <remarks>
    /// For people (`jsc_operator`, `tksk`, `supervisor`, `province_admin`); agency keys get 403. Each agency is an `id` and a `name`
    /// (unique, compared without case), ordered by name; a basis for sharing names the agency by this `id`, so a key made later under a
    /// similar name gets nothing.
    /// </remarks>
    [WolverineGet("/api/v1/agencies", OperationId = "ListAgencies"), Tags("Access")]
    [Allowed(Role.JscOperator, Role.Tksk, Role.Supervisor)]
    public static async Task<IReadOnlyList<AgencyView>> ListAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<Agency>().OrderBy(a => a.Key).ToListAsync(ct)).Select(a => new AgencyView(a.Id, a.Name)).ToList();
}

public sealed record AgencyView(Guid Id, string Name);

/// <summary>
/// Keys issued before agencies existed named theirs by a free text. At start-up each such key gets
/// the agency of that name (made once, shared by keys of the same name), so their consents and
/// subscriptions keep working. Several nodes starting together meet at the unique name: the
/// loser reads the winner's agency.
/// </summary>
public sealed class AgencyBackfill(IDocumentStore store, TimeProvider clock, ILogger<AgencyBackfill> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await BackfillAsync(ct);
                return;
            }
            catch (Exception e) when (attempt < 3 && IsUniqueViolation(e))
            {
                logger.LogDebug(e, "Another node named the same agency first; reading it again");
            }
        }
    }

    private static bool IsUniqueViolation(Exception? e) =>
        e is not null && (e is Npgsql.PostgresException { SqlState: "23505" } || IsUniqueViolation(e.InnerException));

    private async Task BackfillAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var keys = await session.Query<ApiKey>().Where(k => k.AgencyId == null).ToListAsync(ct);
        if (keys.Count == 0) return;
        foreach (var group in keys.GroupBy(k => Agencies.KeyOf(k.Agency)))
        {
            var agency = await Agencies.FindAsync(session, group.First().Agency, ct);
            if (agency is null)
            {
                agency = new Agency(Guid.CreateVersion7(clock.GetUtcNow()), group.First().Agency.Trim(), group.Min(k => k.CreatedAt), "migration");
                session.Insert(agency);
            }
            foreach (var key in group) session.Update(key with { AgencyId = agency.Id, Agency = agency.Name });
        }
        await session.SaveChangesAsync(ct);
        logger.LogInformation("{Keys} API keys now name their agency by id", keys.Count);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
