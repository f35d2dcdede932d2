namespace TKSK.Cases.Referrals;

/// <summary>
/// What follows, by policy, from a referral's new events: the events as the policy completes them
/// (with the deadlines the SLA policy promises), messages to send once they are committed
/// (routing, notifications) and checks for later (deadlines), kept by <c>Casework.ILaterChecks</c>. Defined here, implemented by the
/// workflow automation (Workflow/), so that neither the domain nor the pipeline depends on it.
/// </summary>
public interface IReferralReactions
{
    Reaction After(Referral? before, Referral after, IReadOnlyList<object> events, DecisionContext at);
}

/// <param name="Events">The decided events, completed by the policy: append these instead.</param>
public sealed record Reaction(IReadOnlyList<object> Events, IReadOnlyList<object> Messages, IReadOnlyList<(object Message, DateTimeOffset At)> Scheduled);
