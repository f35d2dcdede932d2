using TKSK.Cases.Referrals;

namespace TKSK.Cases.Deadlines;

/// <summary>
/// The deadlines the province promises, by urgency (appsettings section "Sla"; docs/workflow.md, "Deadlines").
/// A deadline is fixed when it is set: changing the policy changes the deadlines set afterwards.
/// </summary>
public sealed class SlaPolicy
{
    public ByUrgency DeskAssessment { get; set; } = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8), TimeSpan.FromHours(24));
    public ByUrgency Acceptance { get; set; } = new(TimeSpan.FromHours(2), TimeSpan.FromHours(12), TimeSpan.FromHours(48));
    public ByUrgency FirstVisit { get; set; } = new(TimeSpan.FromHours(24), TimeSpan.FromHours(72), TimeSpan.FromDays(7));
    public ByUrgency Resolution { get; set; } = new(TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(30));

    /// <summary>When the responsible person is reminded, as a share of the time allowed.</summary>
    public double ReminderAt { get; set; } = 0.75;

    /// <summary>An acceptance still missing at this multiple of its time goes to the backup TKSK, else to the province.</summary>
    public double AcceptanceEscalationAt { get; set; } = 2.0;

    /// <summary>Follow-up visits after closing a vulnerable case (pasung, disability, drugs, elderly), from the closure.
    /// (Not initialised here: the configuration binder would add configured visits to the defaults.)</summary>
    public TimeSpan[]? FollowUpsAfter { get; set; }

    public TimeSpan[] FollowUps => FollowUpsAfter is { Length: > 0 } configured ? configured
        : [TimeSpan.FromDays(30), TimeSpan.FromDays(90), TimeSpan.FromDays(180)];

    public TimeSpan For(DeadlineKind kind, Urgency urgency) => kind switch
    {
        DeadlineKind.DeskAssessment => DeskAssessment.For(urgency),
        DeadlineKind.Acceptance => Acceptance.For(urgency),
        DeadlineKind.FirstVisit => FirstVisit.For(urgency),
        DeadlineKind.Resolution => Resolution.For(urgency),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "set from its own due date"),
    };
}

public sealed class ByUrgency
{
    public ByUrgency() { }
    public ByUrgency(TimeSpan emergency, TimeSpan high, TimeSpan normal) => (Emergency, High, Normal) = (emergency, high, normal);

    public TimeSpan Emergency { get; set; }
    public TimeSpan High { get; set; }
    public TimeSpan Normal { get; set; }

    public TimeSpan For(Urgency urgency) => urgency switch { Urgency.Emergency => Emergency, Urgency.High => High, _ => Normal };
}
