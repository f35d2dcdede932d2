using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>
/// The framework's problem writer answers only a client whose Accept header takes JSON; for any
/// other (Accept: text/html, application/xml) the status-code page fell back to text/plain. This
/// API has one error format: registered after the default writer, this one writes every problem
/// the default declined as application/problem+json, with the same customisation.
/// </summary>
public sealed class JsonProblemWriter(IOptions<ProblemDetailsOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var serializer = json.Value.SerializerOptions;
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, serializer.GetTypeInfo(problem.GetType()), "application/problem+json", http.RequestAborted));
    }
}
