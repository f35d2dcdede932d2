using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace TKSK.Cases.Infrastructure;

/// <summary>
/// Last line of defence: unreadable bodies become 400, as a problem response; anything else is a
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
                Status = 413, Title = Text.T("Isi permintaan terlalu besar", "Request body too large"),
            },
            BadHttpRequestException or JsonException => new ProblemDetails
            {
                Type = ProblemTypes.Validation, Status = 400,
                Title = Text.T("Isi permintaan bukan JSON yang valid", "The request body is not valid JSON"),
                Detail = Text.T("Kirim satu objek JSON dengan nama kolom camelCase.", "Send one JSON object with camelCase field names."),
            },
            _ => null,
        };
        if (problem is null) logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        problem ??= new ProblemDetails { Status = 500, Title = Text.T("Terjadi kesalahan pada server", "Server error") };
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
