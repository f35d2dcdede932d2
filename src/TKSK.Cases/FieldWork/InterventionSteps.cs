using System.Text.Json.Serialization;
using FluentValidation;
using Wolverine;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.FieldWork;

/// <summary>A step of the intervention plan, carried out with an institution (RSJ, UPT, Dukcapil, the village…).</summary>
/// <param name="Kind">pasung_release, psychiatric_treatment, medical_treatment, institutional_placement, rehabilitation, social_assistance, civil_documents, family_reunification, village_deliberation, legal_aid, other.</param>
public sealed record AddStep(StepKind? Kind, string? Title, string? Institution, DateOnly? DueDate) : IReferralCommand
{
    public string Action => ReferralActions.Steps;
}

public sealed record StartStep(Guid StepId) : IReferralCommand
{
    public string Action => ReferralActions.Steps;
}

/// <param name="CompletedAt">When it was done; defaults to now.</param>
public sealed record CompleteStep(string? Notes, DateTimeOffset? CompletedAt) : IReferralCommand
{
    public string Action => ReferralActions.Steps;
    [JsonIgnore] public Guid StepId { get; init; }
}

public sealed record CancelStep(string? Reason) : IReferralCommand
{
    public string Action => ReferralActions.Steps;
    [JsonIgnore] public Guid StepId { get; init; }
}

public sealed class AddStepValidator : AbstractValidator<AddStep>
{
    public AddStepValidator()
    {
        RuleFor(x => x.Kind).Required().Code();
        RuleFor(x => x.Title).Summary(3, 200);
        RuleFor(x => x.Institution).OptionalText(200);
    }
}

public sealed class CompleteStepValidator : AbstractValidator<CompleteStep>
{
    public CompleteStepValidator(TimeProvider clock)
    {
        RuleFor(x => x.Notes).OptionalText();
        RuleFor(x => x.CompletedAt).Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.CompletedAt is not null)
            .WithMessage(_ => Text.T("Waktu selesai tidak boleh di masa depan.", "The completion time cannot be in the future."));
    }
}

public sealed class CancelStepValidator : AbstractValidator<CancelStep>
{
    public CancelStepValidator() => RuleFor(x => x.Reason).Reason();
}

public static class InterventionStepEndpoints
{
    /// <summary>Add a step to the intervention plan; it starts as planned.</summary>
    [WolverinePost("/api/v1/referrals/{id}/steps", OperationId = "AddStep")]
    public static Task<IResult> Add(string id, AddStep command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);

    /// <summary>Start a planned step. No body.</summary>
    [WolverinePost("/api/v1/referrals/{id}/steps/{stepId}/start", OperationId = "StartStep")]
    public static Task<IResult> Start(string id, Guid stepId, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, new StartStep(stepId), http, ct);

    /// <summary>Complete a planned or started step.</summary>
    [WolverinePost("/api/v1/referrals/{id}/steps/{stepId}/complete", OperationId = "CompleteStep")]
    public static Task<IResult> Complete(string id, Guid stepId, CompleteStep command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command with { StepId = stepId }, http, ct);

    /// <summary>Cancel a planned or started step (reason required).</summary>
    [WolverinePost("/api/v1/referrals/{id}/steps/{stepId}/cancel", OperationId = "CancelStep")]
    public static Task<IResult> Cancel(string id, Guid stepId, CancelStep command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command with { StepId = stepId }, http, ct);
}
