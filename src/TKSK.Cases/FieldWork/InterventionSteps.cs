using FluentValidation;
using Marten;
using TKSK.Cases.Referrals;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Infrastructure.OpenApi;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.FieldWork;

/// <summary>A step of the intervention plan, carried out with an institution (RSJ, UPT, Dukcapil, the village…).</summary>
/// <param name="Kind">pasung_release, psychiatric_treatment, medical_treatment, institutional_placement, rehabilitation, social_assistance, civil_documents, family_reunification, village_deliberation, legal_aid, other.</param>
public sealed record AddStepRequest(StepKind? Kind, string? Title, string? Institution, DateOnly? DueDate) : IPublishedWithAction;

/// <param name="CompletedAt">When it was done; defaults to now.</param>
public sealed record CompleteStepRequest(string? Notes, DateTimeOffset? CompletedAt) : IPublishedWithAction;

public sealed record CancelStepRequest(string? Reason) : IPublishedWithAction;

public sealed class AddStepValidator : AbstractValidator<AddStepRequest>
{
    public AddStepValidator()
    {
        RuleFor(x => x.Kind).Required().Code();
        RuleFor(x => x.Title).Summary(3, 200);
        RuleFor(x => x.Institution).OptionalText(200);
        RuleFor(x => x.DueDate).Must(d => d is null || (d >= DateOnly.FromDateTime(Rules.Earliest.UtcDateTime) && d <= Rules.LatestDueDate))
            .WithMessage(_ => Text.T("Tanggal target harus antara tahun 2000 dan 2100.", "The due date must be between the years 2000 and 2100."));
    }
}

public sealed class CompleteStepValidator : AbstractValidator<CompleteStepRequest>
{
    public CompleteStepValidator(TimeProvider clock)
    {
        RuleFor(x => x.Notes).OptionalText();
        RuleFor(x => x.CompletedAt).Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.CompletedAt is not null)
            .WithMessage(_ => Text.T("Waktu selesai tidak boleh di masa depan.", "The completion time cannot be in the future."))
            .NotBefore2000();
    }
}

public sealed class CancelStepValidator : AbstractValidator<CancelStepRequest>
{
    public CancelStepValidator() => RuleFor(x => x.Reason).Reason();
}

[Allowed(Role.Tksk)]
public sealed record AddStep(Guid ReferralId, StepKind Kind, string Title, string? Institution, DateOnly? DueDate) : ReferralCommand<AddStepRequest>(ReferralId)
{
    public override string Action => ReferralActions.Steps;
}

[Allowed(Role.Tksk)]
public sealed record StartStep(Guid ReferralId, Guid StepId) : ReferralCommand(ReferralId)
{
    public override string Action => ReferralActions.Steps;
}

[Allowed(Role.Tksk)]
public sealed record CompleteStep(Guid ReferralId, Guid StepId, string? Notes, DateTimeOffset? CompletedAt) : ReferralCommand<CompleteStepRequest>(ReferralId)
{
    public override string Action => ReferralActions.Steps;
    // The step was done in the field; cancelling one is a decision (OfflineReplay).
    public override OfflineKind OfflineKind => OfflineKind.Fact;
}

[Allowed(Role.Tksk)]
public sealed record CancelStep(Guid ReferralId, Guid StepId, string Reason) : ReferralCommand<CancelStepRequest>(ReferralId)
{
    public override string Action => ReferralActions.Steps;
}

public static class InterventionStepEndpoints
{
    /// <summary>Add a step to the intervention plan; it starts as planned.</summary>
    /// <remarks>
    /// Only while the referral is `in_progress` (else 409 `invalid-transition`). Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. The new step appears in the case view's `steps` with its id and the step commands valid on it; a `dueDate` (a WIB day) sets a
    /// deadline at the end of that day. An open step blocks a resolution, except for the outcomes that need no field work. Answers 200 with
    /// the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version`
    /// and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/steps", OperationId = "AddStep")]
    [Sends<AddStep>]
    public static Task<IResult> Add(string id, AddStepRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new AddStep(referralId, request.Kind!.Value, request.Title!, request.Institution, request.DueDate));

    /// <summary>Start a planned step. No body.</summary>
    /// <remarks>
    /// Only while the referral is `in_progress` (else 409 `invalid-transition`) and the step is `planned` (else 409
    /// `invalid-step-transition`); an unknown `stepId` answers 404 `step-not-found`. Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. Answers 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers
    /// 412 `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/steps/{stepId}/start", OperationId = "StartStep")]
    [Sends<StartStep>]
    public static Task<IResult> Start(string id, Guid stepId, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new StartStep(referralId, stepId));

    /// <summary>Complete a planned or started step.</summary>
    /// <remarks>
    /// Only while the referral is `in_progress` (else 409 `invalid-transition`) and the step is `planned` or `in_progress` (else 409
    /// `invalid-step-transition`); an unknown `stepId` answers 404 `step-not-found`. Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. `completedAt` (ISO 8601, not in the future) defaults to now, and completing the step meets its deadline. Answers 200 with the
    /// updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412 `stale-version` and
    /// nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/steps/{stepId}/complete", OperationId = "CompleteStep")]
    [Sends<CompleteStep>]
    public static Task<IResult> Complete(string id, Guid stepId, CompleteStepRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new CompleteStep(referralId, stepId, request.Notes, request.CompletedAt));

    /// <summary>Cancel a planned or started step (reason required).</summary>
    /// <remarks>
    /// Only while the referral is `in_progress` (else 409 `invalid-transition`) and the step is `planned` or `in_progress` (else 409
    /// `invalid-step-transition`); an unknown `stepId` answers 404 `step-not-found`. Only the TKSK the referral is assigned to, or a
    /// `province_admin`, may send it: another TKSK gets 403, and a referral that does not exist or lies outside the caller's scope answers
    /// 404. The `reason` is kept as the step's notes, its deadline is voided, and a cancelled step no longer blocks a resolution. Answers
    /// 200 with the updated case view and its new `ETag`; with `If-Match` (the `ETag` last read) a case changed since answers 412
    /// `stale-version` and nothing is written.
    /// </remarks>
    [WolverinePost("/api/v1/referrals/{id}/steps/{stepId}/cancel", OperationId = "CancelStep")]
    [Sends<CancelStep>]
    public static Task<IResult> Cancel(string id, Guid stepId, CancelStepRequest request, IMessageBus bus, HttpContext http) =>
        bus.SendReferralCommandAsync(http, id, referralId => new CancelStep(referralId, stepId, request.Reason!));
}

public static class InterventionStepHandler
{
    public static Decision Decide(AddStep command, DecisionContext at) => Decision.Accept(
        new InterventionStepAdded(at.NewId(), command.Kind, command.Title.Trim(), command.Institution, command.DueDate, at.Now));

    public static Decision Decide(Referral referral, StartStep command, DecisionContext at) =>
        OnStep(referral, command.StepId, "start", () => new InterventionStepStarted(command.StepId, at.Now));

    public static Decision Decide(Referral referral, CompleteStep command, DecisionContext at) =>
        OnStep(referral, command.StepId, "complete", () => new InterventionStepCompleted(command.StepId, command.Notes, command.CompletedAt ?? at.Now, at.Now));

    public static Decision Decide(Referral referral, CancelStep command, DecisionContext at) =>
        OnStep(referral, command.StepId, "cancel", () => new InterventionStepCancelled(command.StepId, command.Reason.Trim(), at.Now));

    private static Decision OnStep(Referral referral, Guid stepId, string action, Func<object> @event)
    {
        var step = referral.Steps.FirstOrDefault(s => s.Id == stepId);
        if (step is null) return Decision.Reject(Rejection.StepNotFound(stepId));
        if (!ReferralActions.ForStep(step.Status, referral.Status).Contains(action)) return Decision.Reject(Rejection.InvalidStepTransition(step, action));
        return Decision.Accept(@event());
    }

    public static Task<ReferralCommandOutcome> Handle(AddStep command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (_, at) => Decide(command, at));

    public static Task<ReferralCommandOutcome> Handle(StartStep command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));

    public static Task<ReferralCommandOutcome> Handle(CompleteStep command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));

    public static Task<ReferralCommandOutcome> Handle(CancelStep command, ReferralPipeline pipeline) =>
        pipeline.RunAsync(command, (referral, at) => Decide(referral, command, at));
}
