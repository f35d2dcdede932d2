using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using Wolverine;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Intake;

/// <param name="Items">1–500 reports, each exactly as POST /api/v1/referrals takes it.</param>
public sealed record ReceiveReferralBatchRequest(IReadOnlyList<ReceiveReferralRequest?>? Items);

/// <summary>What became of one report of the batch: created (id, number) or refused with its own problem.</summary>
/// <param name="Index">The report's position in <c>items</c>, from 0.</param>
/// <param name="Status">201 created, or the status the report alone would have had (400 invalid, 403 outside the grant).</param>
/// <param name="Problem">Why it was refused (RFC 9457), its <c>errors</c> keyed by the path in the batch (<c>items[3].location</c>).</param>
public sealed record ReferralBatchItem(int Index, int Status, Guid? Id = null, string? Number = null, string? Location = null, ProblemDetails? Problem = null);

public sealed record ReferralBatchResult(int Created, int Refused, IReadOnlyList<ReferralBatchItem> Items);

/// <summary>Only the batch itself: each report is checked on its own, so that one bad report refuses only itself.</summary>
public sealed class ReceiveReferralBatchValidator : AbstractValidator<ReceiveReferralBatchRequest>
{
    public ReceiveReferralBatchValidator()
    {
        RuleFor(x => x.Items).NotEmpty()
            .WithMessage(_ => Text.T("Kirim 1–500 laporan dalam 'items'.", "Send 1–500 reports in 'items'."));
        RuleFor(x => x.Items).Must(items => items!.Count <= ReceiveReferralBatch.MaxItems).When(x => x.Items is not null)
            .WithMessage(x => Text.T($"Paling banyak {ReceiveReferralBatch.MaxItems} laporan per batch ({x.Items!.Count} dikirim); bagi menjadi beberapa batch.",
                $"At most {ReceiveReferralBatch.MaxItems} reports a batch ({x.Items!.Count} sent); split them into several batches."));
    }
}

/// <summary>
/// Bulk intake for agency systems (a kabupaten's Dinas Sosial application, a hospital, the national
/// welfare data system): up to 500 reports in one request, each checked and logged exactly as a single
/// intake is (<see cref="IntakeHandler"/>), all that pass stored in one transaction, each answered on its own.
/// </summary>
public static class ReceiveReferralBatch
{
    public const int MaxItems = 500;

    // 500 reports of the longest kind (4,000-character summary, names, address) stay under this; one
    // report's limit (256 KiB) stays the rest of the API's.
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    /// <summary>
    /// Log up to 500 reports at once. Answers 200 with one result per report, in order: 201 with the
    /// referral's id and number, or that report's problem (invalid: 400; outside the key's region or
    /// categories: 403). A bad report does not hold back the others. Send an Idempotency-Key: a retry
    /// of the same batch then answers the same results and creates nothing twice.
    /// </summary>
    /// <remarks>
    /// For `jsc_operator`, `province_admin` and agency keys with scope `intake`. Only an empty `items` or one of more than 500 refuses the
    /// whole batch (400); otherwise each result has `index`, `status` and either `id`, `number` and `location` (201) or its own `problem`:
    /// 400 with `errors` keyed by `items[i].…`, or 403 for a place or category outside the key's grant. The reports that pass are stored in
    /// one transaction, numbered in item order, and checked for duplicates among each other too. The body may be up to 8 MiB (413 above).
    /// </remarks>
    [WolverinePost("/api/v1/referral-batches", OperationId = "ReceiveReferralBatch"), Tags("Referrals")]
    [Sends<ReceiveReferral>]
    [RequestSizeLimit(MaxBodyBytes)]
    [ProducesResponseType<ReferralBatchResult>(200)]
    public static async Task<IResult> Post(
        ReceiveReferralBatchRequest request, IMessageBus bus, IValidator<ReceiveReferralRequest> validator, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var actor = http.Caller();
        var items = request.Items!;
        var results = new ReferralBatchItem[items.Count];
        var valid = new List<(int Index, ReceiveReferral Report)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                results[i] = Invalid(i, new() { [$"items[{i}]"] = [Text.T("Laporan wajib diisi.", "A report is required.")] });
                continue;
            }
            // Each report is checked here, at the edge, as a single intake's body is; the pipeline does not check it again.
            var validation = await validator.ValidateAsync(item, ct);
            if (!validation.IsValid)
            {
                results[i] = Invalid(i, ValidationMiddleware.ErrorsByField(validation).ToDictionary(e => $"items[{i}].{e.Key}", e => e.Value));
                continue;
            }
            valid.Add((i, item.ToCommand(Guid.CreateVersion7(clock.GetUtcNow())) with { Actor = actor }));
        }

        if (valid.Count > 0)
        {
            var outcomes = await bus.InvokeAsync<IntakeOutcomes>(new ReceiveReferrals([.. valid.Select(v => v.Report)]), CommandEdge.Checked, ct);
            foreach (var ((index, _), outcome) in valid.Zip(outcomes.Items))
                results[index] = outcome switch
                {
                    { Result: CommandResult.Done, View: { } started } => new ReferralBatchItem(index, 201, started.Id, started.Number, $"/api/v1/referrals/{started.Id}"),
                    { Result: CommandResult.Forbidden } => new ReferralBatchItem(index, 403, Problem: new ProblemDetails
                    {
                        Type = ProblemTypes.Forbidden, Status = 403, Title = Text.T("Tidak berwenang", "Not permitted"),
                        Detail = Text.T("Wilayah atau kategori laporan ini di luar izin Anda.", "This report's region or category is outside your grant."),
                    }),
                    _ => new ReferralBatchItem(index, 400, Problem: ReferralProblems.For(outcome.Rejection!, null)),
                };
        }
        var created = results.Count(r => r.Status == 201);
        return Results.Ok(new ReferralBatchResult(created, items.Count - created, results));
    }

    private static ReferralBatchItem Invalid(int index, Dictionary<string, string[]> errors) => new(index, 400, Problem: new ProblemDetails
    {
        Type = ProblemTypes.Validation, Status = 400, Title = Text.T("Data tidak valid", "Invalid data"),
        Detail = Text.T("Periksa kolom yang disebut di 'errors'.", "Check the fields named in 'errors'."),
        Extensions = { ["errors"] = errors },
    });
}
