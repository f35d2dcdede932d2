using System.Text.Json.Serialization;
using FluentValidation;
using Wolverine;
using TKSK.Cases.Categories;
using TKSK.Cases.Infrastructure;
using TKSK.Cases.Referrals;
using Wolverine.Http;

namespace TKSK.Cases.Assessment;

/// <summary>The JSC desk's assessment of a received referral.</summary>
/// <param name="Category">Confirmed PPKS category code.</param>
/// <param name="Urgency">Confirmed urgency: emergency, high, normal.</param>
/// <param name="Decision">field_response (goes to a TKSK), duplicate, unfounded or out_of_scope (all three end it as rejected).</param>
/// <param name="DuplicateOf">For duplicate: the original referral's id (itself not a duplicate).</param>
public sealed record AssessReferral(string? Category, Urgency? Urgency, DeskDecision? Decision, Guid? DuplicateOf, string? Notes)
    : IReferralCommand
{
    public string Action => ReferralActions.Assessment;

    /// <summary>The referral named by <see cref="DuplicateOf"/>, looked up by the handler before deciding.</summary>
    [JsonIgnore] public DuplicateTarget? DuplicateTarget { get; init; }
}

public sealed record DuplicateTarget(Guid Id, string Number, bool IsItselfDuplicate);

public sealed class AssessReferralValidator : AbstractValidator<AssessReferral>
{
    public AssessReferralValidator()
    {
        RuleFor(x => x.Category).Required().Must(PpksCategories.Exists).When(x => x.Category is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(x => Text.T($"Kategori PPKS '{x.Category}' tidak dikenal.", $"Unknown PPKS category '{x.Category}'."));
        RuleFor(x => x.Urgency).Required().Code();
        RuleFor(x => x.Decision).Required().Code();
        RuleFor(x => x.DuplicateOf).NotNull().When(x => x.Decision == DeskDecision.Duplicate)
            .WithMessage(_ => Text.T("Wajib diisi untuk keputusan duplicate: id rujukan asal.", "Required for a duplicate: the original referral's id."));
        RuleFor(x => x.DuplicateOf).Null().When(x => x.Decision != DeskDecision.Duplicate)
            .WithMessage(_ => Text.T("Hanya diisi untuk keputusan duplicate.", "Only for the decision duplicate."));
        RuleFor(x => x.Notes).OptionalText();
    }
}

public static class AssessReferralEndpoint
{
    /// <summary>Desk assessment: confirm category and urgency, and decide field_response, duplicate, unfounded or out_of_scope.</summary>
    [WolverinePost("/api/v1/referrals/{id}/assessment", OperationId = "AssessReferral")]
    public static Task<IResult> Post(string id, AssessReferral command, IMessageBus bus, HttpContext http, CancellationToken ct) =>
        bus.ExecuteAsync(id, command, http, ct);
}
