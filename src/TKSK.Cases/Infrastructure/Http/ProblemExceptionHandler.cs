using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Infrastructure.Storage;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// Last line of defence: unreadable bodies become 400, as a problem response; a database that
/// cannot be reached is a 503 with Retry-After (<see cref="DatabaseOutage"/>); anything else is a
/// 500 problem without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: 413 } => new ProblemDetails
            {
                Type = ProblemTypes.PayloadTooLarge, Status = 413, Title = Text.T("Isi permintaan terlalu besar", "Request body too large"),
                Detail = JsonProblems.TooLarge(ServiceDefaults.BodyLimitOf(context)),
            },
            BadHttpRequestException or JsonException => new ProblemDetails
            {
                Type = ProblemTypes.Validation, Status = 400,
                Title = Text.T("Isi permintaan bukan JSON yang valid", "The request body is not valid JSON"),
                Detail = Text.T("Kirim satu objek JSON dengan nama kolom camelCase.", "Send one JSON object with camelCase field names."),
            },
            _ when DatabaseOutage.IsOutage(exception) => new ProblemDetails
            {
                Type = ProblemTypes.Unavailable, Status = 503,
                Title = Text.T("Basis data sementara tidak dapat dihubungi", "The database cannot be reached at the moment"),
                Detail = Text.T($"Permintaan tidak dapat diselesaikan sekarang. Coba lagi dalam {DatabaseOutage.RetryAfterSeconds} detik.",
                    $"The request could not be completed now. Try again in {DatabaseOutage.RetryAfterSeconds} seconds."),
            },
            _ => null,
        };
        if (problem is null) logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        else if (problem.Status == 503)
        {
            // Expected while the database is down: one line each, not a stack trace per request.
            logger.LogWarning("Database unavailable on {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, Innermost(exception).Message);
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString();
        }
        problem ??= new ProblemDetails { Type = ProblemTypes.ServerError, Status = 500, Title = Text.T("Terjadi kesalahan pada server", "Server error") };
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
