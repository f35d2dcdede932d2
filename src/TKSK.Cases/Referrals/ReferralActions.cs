namespace TKSK.Cases.Referrals;

/// <summary>
/// Which commands each status allows: the single table behind <c>allowedActions</c> and the
/// decider's 409. Names are the commands' URL segments under /api/v1/referrals/{id}/.
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
}
