using TKSK.Cases.Infrastructure;

namespace TKSK.Cases.Referrals;

/// <summary>The referral's refusals, each with a stable problem type URI (RFC 9457).</summary>
public static class Problems
{
    public const string InvalidTransitionType = "urn:tksk-cases:problem:invalid-transition";
    public const string ResolutionNotReadyType = "urn:tksk-cases:problem:resolution-not-ready";
    public const string InvalidDuplicateType = "urn:tksk-cases:problem:invalid-duplicate-target";
    public const string AlreadyAssignedType = "urn:tksk-cases:problem:already-assigned";
    public const string StepNotFoundType = "urn:tksk-cases:problem:step-not-found";
    public const string InvalidStepTransitionType = "urn:tksk-cases:problem:invalid-step-transition";
    public const string NotFoundType = "urn:tksk-cases:problem:not-found";
    public const string StaleVersionType = "urn:tksk-cases:problem:stale-version";
    public const string ConcurrentChangeType = "urn:tksk-cases:problem:concurrent-change";
    public const string ValidationType = "urn:tksk-cases:problem:validation";

    public static Rejection InvalidTransition(Referral state, string action) => new(InvalidTransitionType, 409,
        Text.T("Tindakan tidak dapat dilakukan pada status ini", "Action not allowed in the current status"),
        Text.T($"'{action}' tidak dapat dilakukan saat rujukan berstatus '{SnakeCaseEnums.Code(state.Status)}'.",
               $"'{action}' is not allowed while the referral is '{SnakeCaseEnums.Code(state.Status)}'."));

    public static Rejection ResolutionNotReady(Referral state, string indonesian, string english) => new(ResolutionNotReadyType, 409,
        Text.T("Rujukan belum dapat diselesaikan", "The referral cannot be resolved yet"),
        Text.T(indonesian + " Hasil subject_not_found, deceased, declined_services dan moved_out_of_area tidak memerlukannya.",
               english + " Outcomes subject_not_found, deceased, declined_services and moved_out_of_area do not require it."));

    public static Rejection InvalidDuplicateTarget(bool self) => new(InvalidDuplicateType, 400,
        Text.T("Rujukan asal tidak valid", "Invalid original referral"),
        self ? Text.T("Rujukan tidak dapat menjadi duplikat dirinya sendiri.", "A referral cannot duplicate itself.")
             : Text.T("duplicateOf harus rujukan yang ada dan bukan duplikat.", "duplicateOf must be an existing referral that is not itself a duplicate."),
        "duplicateOf");

    public static Rejection AlreadyAssigned(Referral state, string coordinator) => new(AlreadyAssignedType, 409,
        Text.T("Koordinator sudah ditugaskan", "Coordinator already assigned"),
        Text.T($"Rujukan {state.Number} sudah ditugaskan kepada {coordinator}.", $"Referral {state.Number} is already assigned to {coordinator}."));

    public static Rejection StepNotFound(Guid stepId) => new(StepNotFoundType, 404,
        Text.T("Langkah intervensi tidak ditemukan", "Intervention step not found"),
        Text.T($"Langkah {stepId} tidak ada pada rujukan ini.", $"Step {stepId} does not exist on this referral."));

    public static Rejection InvalidStepTransition(InterventionStep step, string action) => new(InvalidStepTransitionType, 409,
        Text.T("Tindakan tidak dapat dilakukan pada langkah ini", "Action not allowed for this step"),
        Text.T($"'{action}' tidak dapat dilakukan pada langkah berstatus '{SnakeCaseEnums.Code(step.Status)}'.",
               $"'{action}' is not allowed while the step is '{SnakeCaseEnums.Code(step.Status)}'."));
}
