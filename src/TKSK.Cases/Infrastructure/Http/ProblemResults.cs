using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Http;

/// <summary>RFC 9457 problem responses shared by the endpoints.</summary>
public static class ProblemResults
{
    public static IResult NotFound(string detail) => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.NotFound, Status = 404, Title = Text.T("Tidak ditemukan", "Not found"), Detail = detail,
    });

    public static IResult Forbidden(string detail) => Results.Problem(new ProblemDetails
    {
        Type = ProblemTypes.Forbidden, Status = 403, Title = Text.T("Tidak berwenang", "Not permitted"), Detail = detail,
    });

    /// <summary>A 400 whose <c>errors</c> are keyed by the field path, like FluentValidation's.</summary>
    public static IResult Invalid(string field, string message) => Results.Problem(Validation(new() { [field] = [message] }));

    public static ValidationProblemDetails Validation(Dictionary<string, string[]> errors) => new(errors)
    {
        Type = ProblemTypes.Validation,
        Status = 400,
        Title = Text.T("Data tidak valid", "Invalid data"),
        Detail = Text.T("Periksa kolom yang disebut di 'errors'.", "Check the fields named in 'errors'."),
    };
}
