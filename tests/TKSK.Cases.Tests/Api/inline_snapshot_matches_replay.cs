using System.Text.Json;
using CsCheck;
using Marten;
using TKSK.Cases.Referrals;
using TKSK.Cases.Tests.Specs;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Random command sequences saved through Marten one command per session, as the endpoints do:
/// the inline snapshot in PostgreSQL equals a replay of the stored stream from scratch.
/// </summary>
public sealed class inline_snapshot_matches_replay(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task for_random_command_sequences()
    {
        await CommandDraw.Gen.Array[1, 25].SampleAsync(async draws =>
        {
            var id = Guid.CreateVersion7();
            await using (var session = Fixture.Store.LightweightSession())
            {
                var received = (ReferralReceived)ReferralStories.Received()[0];
                session.Events.StartStream<Referral>(id, received with { ReferralId = id, Number = $"T-{id:N}" });
                await session.SaveChangesAsync();
            }
            var now = ReferralStories.T0;
            foreach (var draw in draws)
            {
                now = now.AddMinutes(5);
                await using var session = Fixture.Store.LightweightSession();
                var stream = await session.Events.FetchForWriting<Referral>(id);
                var (_, decision) = draw.Decide(stream.Aggregate!, now);
                if (decision.Rejection is not null) continue;
                stream.AppendMany(decision.Events);
                await session.SaveChangesAsync();
            }

            await using var query = Fixture.Store.QuerySession();
            var inline = await query.LoadAsync<Referral>(id);
            var replayed = await query.Events.AggregateStreamAsync<Referral>(id);
            Assert.Equal(JsonSerializer.Serialize(replayed), JsonSerializer.Serialize(inline));
            Assert.Equal((await query.Events.FetchStreamAsync(id)).Count, inline!.Version);
        }, iter: 12, threads: 1);
    }
}
