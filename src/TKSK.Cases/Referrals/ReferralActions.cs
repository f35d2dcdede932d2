namespace TKSK.Cases.Referrals;

/// <summary>
/// Which commands each status allows: the single table behind <c>allowedActions</c> and every
/// command's 409. Names are the commands' URL segments under /api/v1/referrals/{id}/. Computed
/// whenever asked, never stored, so a changed rule applies to old referrals too.
/// </summary>
public static class ReferralActions
{
    public const string Assessment = "assessment";
    public const string Assignment = "assignment";
    public const string Acceptance = "acceptance";
    public const string Decline = "decline";
    public const string Visits = "visits";
    public const string FieldAssessment = "field-assessment";
    public const string Steps = "steps";
    public const string Resolution = "resolution";
    public const string Closure = "closure";
    public const string Reopening = "reopening";
    public const string Notes = "notes";

    public static IReadOnlyList<string> For(ReferralStatus status) => status switch
    {
        ReferralStatus.Received => [Assessment, Notes],
        ReferralStatus.Assessed => [Assignment, Notes],
        ReferralStatus.Rejected => [Reopening, Notes],
        // Reassignment stays possible while the case is with a coordinator.
        ReferralStatus.Assigned => [Assignment, Acceptance, Decline, Notes],
        ReferralStatus.InProgress => [Assignment, Visits, FieldAssessment, Steps, Resolution, Notes],
        ReferralStatus.Resolved => [Closure, Notes],
        ReferralStatus.Closed => [Reopening, Notes],
        _ => [Notes],
    };

    /// <summary>Step commands valid now (URL segments under …/steps/{stepId}/): a step is worked on only while the referral is in progress.</summary>
    public static IReadOnlyList<string> ForStep(StepStatus step, ReferralStatus referral) =>
        referral != ReferralStatus.InProgress ? [] : step switch
        {
            StepStatus.Planned => ["start", "complete", "cancel"],
            StepStatus.InProgress => ["complete", "cancel"],
            _ => [],
        };
}
