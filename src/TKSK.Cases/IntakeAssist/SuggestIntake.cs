using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Idempotency;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.IntakeAssist;

/// <summary>A pasted social-media post, as the operator received it.</summary>
public sealed record SuggestIntakeRequest(string? Text);

public sealed class SuggestIntakeValidator : AbstractValidator<SuggestIntakeRequest>
{
    /// <summary>The longest post read: longer than any caption or message JSC receives, short enough to answer in milliseconds.</summary>
    public const int MaxLength = 10_000;

    public SuggestIntakeValidator() => RuleFor(x => x.Text)
        .NotEmpty().WithMessage(_ => Text.T("Tempelkan teks unggahan.", "Paste the post's text."))
        .MaximumLength(MaxLength).WithMessage(_ => Text.T($"Paling panjang {MaxLength:N0} karakter.", $"At most {MaxLength:N0} characters."));
}

public static class SuggestIntakeEndpoint
{
    /// <summary>Suggest the place, category, pasung and urgency of a pasted post, each with the words it came from.</summary>
    // The text is personal data: it is read, answered and forgotten — never logged, never stored, and the answer
    // (which quotes it) is not kept for Idempotency-Key replays either.
    [WolverinePost("/api/v1/intake-assist", OperationId = "SuggestIntake"), Tags("Intake assist")]
    [Allowed(Role.JscOperator, AgencyScope = ApiKeyScopes.Intake)]
    [ProducesResponseType<IntakeSuggestions>(200), ProducesResponseType<ProblemDetails>(403, "application/problem+json")]
    [AnswerNotKept]
    public static IntakeSuggestions Post(SuggestIntakeRequest request, IntakeAssistant assistant) => assistant.Suggest(request.Text!);
}
