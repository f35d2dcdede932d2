using Marten;
using Microsoft.AspNetCore.Mvc;

namespace TKSK.Cases.Casework;

/// <summary>What came of one command a phone sent: applied, duplicate, applied_with_conflict, conflict or rejected.</summary>
public enum SyncOutcome { Applied, Duplicate, AppliedWithConflict, Conflict, Rejected }

/// <summary>
/// The answer a phone got for one of its commands, kept per user and command id: the same command sent again (a lost
/// answer, a second device, a retry after a crash) gets it back and writes nothing twice. A command that wrote something
/// keeps its receipt in the same transaction as its events (<see cref="DeviceReplay"/>), so a crash between the write
/// and the answer cannot apply it twice.
/// </summary>
/// <param name="Problem">For a rejected command: the problem the API would have answered, its validation errors under "errors".</param>
public sealed record SyncReceipt(
    string Id, string UserId, Guid CommandId, Guid ReferralId, string DeviceId, SyncOutcome Outcome, long? ReferralVersion,
    Guid? ConflictId, ProblemDetails? Problem, DateTimeOffset At)
{
    public static string IdOf(string userId, Guid commandId) => $"{userId}/{commandId}";

    public static void Configure(StoreOptions opts) => opts.Schema.For<SyncReceipt>().Index(r => r.ReferralId);

    /// <summary>
    /// A problem as it can be stored and sent again: a validation problem's errors become an extension, which a plain
    /// <see cref="ProblemDetails"/> keeps when it is written and read back.
    /// </summary>
    public static ProblemDetails Storable(ProblemDetails problem)
    {
        if (problem is not ValidationProblemDetails validation) return problem;
        var plain = new ProblemDetails { Type = problem.Type, Title = problem.Title, Status = problem.Status, Detail = problem.Detail, Instance = problem.Instance };
        foreach (var (key, value) in problem.Extensions) plain.Extensions[key] = value;
        plain.Extensions["errors"] = validation.Errors;
        return plain;
    }
}
