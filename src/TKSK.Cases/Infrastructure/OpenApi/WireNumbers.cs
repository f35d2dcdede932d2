using Microsoft.OpenApi;

namespace TKSK.Cases.Infrastructure.OpenApi;

/// <summary>
/// Numbers are described as numbers. The web JSON defaults also read "45" as 45, and ASP.NET describes that as
/// <c>integer | string</c> with a digit pattern, which turns every count in a generated client into an untyped
/// union. The service keeps reading both; the contract promises numbers, which is what it writes.
/// </summary>
internal static class WireNumbers
{
    public static void Strict(OpenApiSchema schema)
    {
        if (schema.Type is not { } type || !type.HasFlag(JsonSchemaType.String)) return;
        if (!type.HasFlag(JsonSchemaType.Integer) && !type.HasFlag(JsonSchemaType.Number)) return;
        schema.Type = type & ~JsonSchemaType.String;
        schema.Pattern = null;
    }
}
