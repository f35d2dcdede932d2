using Marten;
using Npgsql;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Casework;

/// <summary>
/// A command replayed from a phone, as the pipeline takes it (<see cref="ReferralPipeline"/>): the receipt it got if it
/// was sent before, the case it is judged on (as the phone had it, at its base version, unless nothing since matters)
/// and the judgement (<see cref="OfflineReplay.Judge"/>). Read under the stream's lock, so a second copy of the same
/// command waits for the first and then finds its receipt.
/// </summary>
public sealed record DeviceReplay(OfflineOrigin Origin, SyncReceipt? Earlier, Referral JudgedOn, OfflineJudgement Judgement)
{
    /// <summary>Header on every event a replayed command writes: which phone, which command, the phone's own time, a skewed clock.</summary>
    public const string DeviceHeader = "device-id", CommandHeader = "device-command-id", RecordedAtHeader = "device-recorded-at", SkewHeader = "device-clock-skewed";

    public static async Task<DeviceReplay> ReadAsync(IDocumentSession session, ReferralCommand command, OfflineOrigin origin, long current, Referral state)
    {
        var earlier = await session.LoadAsync<SyncReceipt>(SyncReceipt.IdOf(command.Actor.Id, origin.CommandId));
        if (earlier is not null || origin.BaseVersion is not ({ } b and >= 1) || b >= current) return new(origin, earlier, state, OfflineJudgement.Clean);
        if (await AllLeaveCleanAsync(session, command, b)) return new(origin, null, state, OfflineJudgement.Clean);
        var events = await session.Events.FetchStreamAsync(command.ReferralId);
        var atBase = events.Where(e => e.Version <= b)
            .Aggregate((Referral?)null, (s, e) => ReferralEvolution.Evolve(s, e.Data, e.UserName) with { Version = e.Version })!;
        var since = events.Where(e => e.Version > b).Select(e => new ChangeSince(e.Version, e.Data, e.UserName, e.Timestamp)).ToList();
        var judgement = OfflineReplay.Judge(command.OfflineKind, atBase, state, since, command.Actor.Id, StepOf(command));
        return new(origin, null, judgement.Verdict == OfflineVerdict.Clean ? state : atBase, judgement);
    }

    // Reads only the types and authors of the events since the base: the same judgement as folding them, when they are all quiet.
    private static async Task<bool> AllLeaveCleanAsync(IDocumentSession session, ReferralCommand command, long baseVersion)
    {
        await using var read = new NpgsqlCommand(
            $"select mt_dotnet_type, user_name from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events where stream_id = @id and version > @base",
            (NpgsqlConnection)session.Connection!);
        read.Parameters.AddWithValue("id", command.ReferralId);
        read.Parameters.AddWithValue("base", baseVersion);
        await using var rows = await read.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            var type = rows.GetString(0).Split(',')[0].Split('.')[^1];
            if (!OfflineReplay.LeavesClean(type, rows.IsDBNull(1) ? null : rows.GetString(1), command.Actor.Id)) return false;
        }
        return true;
    }

    // Step commands name their step; the judgement leaves other steps' changes alone.
    private static Guid? StepOf(ReferralCommand command) => command.GetType().GetProperty("StepId")?.GetValue(command) as Guid?;

    public void Stamp(IDocumentSession session)
    {
        session.SetHeader(DeviceHeader, Origin.DeviceId);
        session.SetHeader(CommandHeader, Origin.CommandId.ToString());
        session.SetHeader(RecordedAtHeader, Origin.RecordedAt.ToString("O"));
        if (Origin.ClockSkewed) session.SetHeader(SkewHeader, "true");
    }

    /// <summary>Ours, theirs and the base, on the case: a decision not applied, or a fact kept on a case that moved on.</summary>
    public OfflineChangeConflicted Conflict(ReferralCommand command, Referral now, DateTimeOffset at) => new(
        Guid.CreateVersion7(at), Origin.CommandId, Origin.DeviceId, Origin.Operation, Origin.Payload,
        Judgement.Verdict == OfflineVerdict.FactOnMovedCase, Judgement.Reason!, JudgedOn.Version, JudgedOn.Status, JudgedOn.Assignment?.CoordinatorId,
        Judgement.Theirs, now.Number, now.Place.KecamatanCode, command.Actor.Id, command.Actor.Name, command.Actor.Region, command.Actor.CoordinatorId,
        Origin.RecordedAt, Origin.ClockSkewed, at);

    public SyncReceipt Receipt(ReferralCommand command, SyncOutcome outcome, long? version, Guid? conflictId, DateTimeOffset at) => new(
        SyncReceipt.IdOf(command.Actor.Id, Origin.CommandId), command.Actor.Id, Origin.CommandId, command.ReferralId, Origin.DeviceId,
        outcome, version, conflictId, null, at);
}
