using System.Text.Json;
using CsCheck;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using static TKSK.Cases.Tests.Specs.ReferralStories;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Tests.Specs;

/// <summary>
/// Random command sequences: every state reached is valid, and folding the whole stream from
/// scratch gives what the inline snapshot holds after being stored and reloaded command by command.
/// </summary>
public sealed class random_command_sequences
{
    // The same JSON shape Marten stores the snapshot in (camelCase, enum codes; computed members are [JsonIgnore]).
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web) { Converters = { new SnakeCaseEnumConverterFactory() } };

    [Fact]
    public void replay_equals_the_stored_snapshot_and_no_invalid_state_is_reachable()
    {
        CommandDraw.Sequences.Sample(draws =>
        {
            var stream = new List<object>(Received());
            var snapshot = Given([.. stream]);
            var now = T0;
            foreach (var draw in draws)
            {
                now = now.AddMinutes(7);
                var allowedBefore = ReferralActions.For(snapshot.Status);
                var (command, decision) = draw.Decide(snapshot, now);

                if (decision.Rejection is not null)
                {
                    Assert.Empty(decision.Events);
                    continue;
                }
                Assert.Contains(command.Action, allowedBefore);
                Assert.NotEmpty(decision.Events);
                CheckResolutionRule(snapshot, decision);

                foreach (var e in decision.Events)
                {
                    stream.Add(e);
                    // As the inline projection does: load the stored document, apply, store again.
                    var reloaded = JsonSerializer.Deserialize<Referral>(JsonSerializer.Serialize(snapshot, Stored), Stored)!;
                    snapshot = ReferralEvolution.Evolve(reloaded, e) with { Version = stream.Count };
                }
                CheckInvariants(snapshot, stream.Count);
            }
            Assert.Equal(JsonSerializer.Serialize(ReferralEvolution.Replay(stream), Stored), JsonSerializer.Serialize(snapshot, Stored));
        }, iter: 2000);
    }

    private static void CheckResolutionRule(Referral before, Decision decision)
    {
        if (decision.Events.OfType<ReferralResolved>().SingleOrDefault() is not { } resolved) return;
        if (ResolveReferralHandler.OutcomesWithoutFieldWork.Contains(resolved.Outcome)) return;
        Assert.NotNull(before.FieldAssessment);
        Assert.DoesNotContain(before.Steps, s => s.IsOpen);
    }

    private static void CheckInvariants(Referral s, int events)
    {
        Assert.Equal(events, s.Version);
        switch (s.Status)
        {
            case ReferralStatus.Received:
                Assert.Null(s.DeskAssessment);
                Assert.Null(s.Assignment);
                break;
            case ReferralStatus.Assessed:
                Assert.NotNull(s.DeskAssessment);
                Assert.Null(s.Assignment);
                break;
            case ReferralStatus.Rejected:
                Assert.NotEqual(DeskDecision.FieldResponse, s.DeskAssessment!.Decision);
                Assert.Null(s.Assignment);
                break;
            case ReferralStatus.Assigned:
                Assert.False(s.Assignment!.Accepted);
                break;
            case ReferralStatus.InProgress:
                Assert.True(s.Assignment!.Accepted);
                Assert.Null(s.Resolution);
                break;
            case ReferralStatus.Resolved:
                Assert.NotNull(s.Resolution);
                Assert.True(s.Assignment!.Accepted);
                break;
            case ReferralStatus.Closed:
                Assert.NotNull(s.Resolution);
                Assert.True(s.Closure!.Approved);
                break;
        }
        if (s.DeskAssessment?.Decision == DeskDecision.Duplicate)
        {
            Assert.NotNull(s.DeskAssessment.DuplicateOf);
            Assert.NotEqual(s.Id, s.DeskAssessment.DuplicateOf);
        }
        Assert.Equal(s.Steps.Count, s.Steps.Select(x => x.Id).Distinct().Count());
    }
}
