using System.Runtime.CompilerServices;
using TKSK.Cases.Referrals;
using TKSK.Cases.Search;
using static TKSK.Cases.Tests.Specs.ReferralStories;

namespace TKSK.Cases.Tests.Specs;

/// <summary>The case list's summary is given only the events that can change it (<see cref="ReferralSummaryProjection.Listed"/>).</summary>
public sealed class list_summary_rules
{
    public static TheoryData<string> LeftOut() => [.. typeof(IReferralEvent).Assembly.GetTypes()
        .Where(t => typeof(IReferralEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Except(ReferralSummaryProjection.Listed).Select(t => t.FullName!)];

    [Theory, MemberData(nameof(LeftOut))]
    public void an_event_left_out_changes_nothing_the_list_shows(string typeName)
    {
        var type = typeof(IReferralEvent).Assembly.GetType(typeName)!;
        var summary = Summary();
        // Whatever its fields hold, its type alone must leave the status, deadlines and every listed field as they were.
        var @event = RuntimeHelpers.GetUninitializedObject(type);

        Assert.Null(((IReferralEvent)@event).StatusAfter);
        Assert.Same(summary.OpenDeadlines, OpenDeadlines.After(summary.OpenDeadlines, @event));
        var after = ReferralSummaryProjection.Fold(summary, @event, T0.AddHours(1));
        Assert.Equal(summary, after with { UpdatedAt = summary.UpdatedAt, OpenDeadlines = summary.OpenDeadlines });
    }

    [Fact]
    public void a_note_is_passed_over_and_a_resolution_is_not()
    {
        var summary = Summary();
        Assert.Same(summary, ReferralSummaryProjection.Next(summary, new NoteAdded(Guid.NewGuid(), "Catatan", T0), T0.AddHours(1)));
        Assert.Equal("resolved", ReferralSummaryProjection.Next(summary, new ReferralResolved(Outcome.Deceased, null, T0), T0.AddHours(1))!.Status);
    }

    private static ReferralSummary Summary() =>
        InProgress().Aggregate((ReferralSummary?)null, (s, e) => ReferralSummaryProjection.Next(s, e, T0))!;
}
