using Microsoft.OpenApi;

namespace TKSK.Cases.Infrastructure.OpenApi;

/// <summary>Every id in a path (<c>{id}</c>, <c>{stepId}</c> …) is a UUID; a value that is not one finds nothing (404).</summary>
internal static class IdsInPaths
{
    public static void Describe(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter.In == ParameterLocation.Path && (parameter.Name == "id" || parameter.Name!.EndsWith("Id", StringComparison.Ordinal)))
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" };
    }
}
