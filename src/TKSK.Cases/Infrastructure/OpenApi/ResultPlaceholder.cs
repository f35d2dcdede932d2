using Microsoft.OpenApi;

namespace TKSK.Cases.Infrastructure.OpenApi;

/// <summary>
/// An endpoint answering IResult is described by ASP.NET as also answering 200 with an "IResult" body — an ASP.NET
/// type, which a generated client then returns instead of the declared answer (a created case's 201). The declared
/// [ProducesResponseType] answers are the contract; the placeholder and its schema go.
/// </summary>
internal static class ResultPlaceholder
{
    private const string Name = "IResult";

    public static void Remove(OpenApiDocument document)
    {
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Responses is null) continue;
            foreach (var (status, response) in operation.Responses.ToList())
                if (response.Content?.Values.Any(c => c.Schema is OpenApiSchemaReference { Reference.Id: Name }) == true)
                    operation.Responses.Remove(status);
        }
        document.Components?.Schemas?.Remove(Name);
    }
}
