using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Referrals;

/// <summary>
/// Why a command was refused, as data: a stable code (the last part of its problem type) and the
/// facts it refers to. No words: they are chosen where the refusal is shown (Casework/ReferralProblems),
/// so a refusal can be stored, logged and sent as a message in any language.
/// </summary>
/// <param name="Field">For a refusal of one request field, its JSON path: answered as a 400 naming it.</param>
public sealed record Rejection(string Code, IReadOnlyDictionary<string, string> Facts, string? Field = null)
{
    /// <summary>The sender may not send this command, or not on this referral.</summary>
    public const string ForbiddenCode = "forbidden";

    private static Rejection Of(string code, string? field, params (string Key, string Value)[] facts) =>
        new(code, facts.ToDictionary(f => f.Key, f => f.Value), field);

    public static Rejection InvalidTransition(Referral state, string action) =>
        Of("invalid-transition", null, ("action", action), ("status", SnakeCaseEnums.Code(state.Status)));

    public static Rejection StepNotFound(Guid stepId) => Of("step-not-found", null, ("stepId", stepId.ToString()));

    public static Rejection InvalidStepTransition(InterventionStep step, string action) =>
        Of("invalid-step-transition", null, ("action", action), ("stepStatus", SnakeCaseEnums.Code(step.Status)));

    public static Rejection NoFieldAssessment() => Of("resolution-not-ready", null, ("missing", "field_assessment"));

    public static Rejection OpenSteps(IEnumerable<string> titles) =>
        Of("resolution-not-ready", null, ("missing", "closed_steps"), ("openSteps", string.Join(", ", titles)));

    public static Rejection AlreadyAssigned(Referral state, string coordinatorName) =>
        Of("already-assigned", null, ("number", state.Number), ("coordinator", coordinatorName));

    public static Rejection FollowUpNotDue(Guid followUpId) => Of("follow-up-not-due", null, ("followUpId", followUpId.ToString()));

    public static Rejection ConsentNotFound(Guid consentId) => Of("consent-not-found", null, ("consentId", consentId.ToString()));

    public static Rejection CoordinatorNotFound(Guid coordinatorId) => Of("coordinator-not-found", null, ("coordinatorId", coordinatorId.ToString()));

    public static Rejection ReasonRequiredOutsideKecamatan(string coordinatorName, string coordinatorKecamatan, string referralKecamatan) =>
        Of("reason-required-outside-kecamatan", "reason",
            ("coordinator", coordinatorName), ("coordinatorKecamatan", coordinatorKecamatan), ("referralKecamatan", referralKecamatan));

    public static Rejection CoordinatorInactive(string coordinatorName) => Of("coordinator-inactive", "coordinatorId", ("coordinator", coordinatorName));

    public static Rejection OriginalNotFound(Guid originalId) => Of("original-not-found", "duplicateOf", ("duplicateOf", originalId.ToString()));

    public static Rejection DuplicatesItself() => Of("duplicates-itself", "duplicateOf");

    public static Rejection OriginalIsDuplicate() => Of("original-is-duplicate", "duplicateOf");

    public static Rejection ConflictNotFound(Guid conflictId) => Of("conflict-not-found", null, ("conflictId", conflictId.ToString()));

    public static Rejection ConflictResolved(Guid conflictId, string choice) => Of("conflict-resolved", null, ("conflictId", conflictId.ToString()), ("choice", choice));

    public static Rejection FactKept(Guid conflictId) => Of("fact-kept", "choice", ("conflictId", conflictId.ToString()));

    /// <summary>The request's own rules (its validator), with the messages keyed by field path.</summary>
    public static Rejection Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new("validation", errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)));
}
