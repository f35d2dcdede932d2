using Marten;
using Npgsql;
using TKSK.Cases.Referrals;
using TKSK.Cases.Casework;
using TKSK.Cases.Sync;

namespace TKSK.Cases.Erasure;

/// <summary>
/// Copies of a referral's personal data outside its stream: refused commands (the command as
/// sent), the conflict queue (the body a phone sent) and Wolverine's kept envelopes (handled messages are kept a while for de-duplication,
/// dead letters until someone acts). The envelopes of an erased referral's commands go, and the
/// answers kept for idempotency keys (Integration/IdempotentPosts) lose their body.
/// </summary>
public static class ErasureTraces
{
    public static async Task<int> PurgeAsync(IDocumentStore store, Guid referralId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.DeleteWhere<RefusedCommand>(r => r.ReferralId == referralId);
        // The conflict queue keeps what the phone sent (notes, findings, a NIK): the rest of the conflict stays.
        foreach (var conflict in await session.Query<OfflineConflict>().Where(c => c.ReferralId == referralId).ToListAsync(ct))
            session.Store(conflict with { Payload = null, Note = null });
        await session.SaveChangesAsync(ct);

        var schema = store.Options.DatabaseSchemaName;
        var purged = 0;
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        foreach (var (table, condition) in new[]
                 {
                     ("wolverine_incoming_envelopes", "status = 'Handled' and "),
                     ("wolverine_dead_letters", ""),
                 })
        {
            // The commands' JSON carries the referral id as text.
            await using var command = new NpgsqlCommand(
                $"delete from {schema}.{table} where {condition}position(convert_to(@id, 'UTF8') in body) > 0", connection);
            command.Parameters.AddWithValue("id", referralId.ToString());
            try { purged += await command.ExecuteNonQueryAsync(ct); }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { }
        }
        // Answers kept for idempotency keys (a case view after intake or a command) hold the same data.
        // They keep their status and Location, so a retry within the 24 hours still creates nothing twice.
        await using (var kept = new NpgsqlCommand(
            $"update {schema}.idempotency_keys set body = null, content_type = null, etag = null where position(convert_to(@id, 'UTF8') in body) > 0", connection))
        {
            kept.Parameters.AddWithValue("id", referralId.ToString());
            purged += await kept.ExecuteNonQueryAsync(ct);
        }
        return purged;
    }
}
