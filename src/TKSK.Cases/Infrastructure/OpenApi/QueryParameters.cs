using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Wolverine.Http;

namespace TKSK.Cases.Infrastructure.OpenApi;

/// <summary>
/// A query parameter as the API description shows it. Endpoints read most parameters as text, so that a wrong value
/// is answered with this API's own problem naming the parameter; this says what the text carries (a date, a number,
/// codes), whether it is a comma-separated list, and what it means — for generated clients to type it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class QueryAttribute(string description) : Attribute
{
    public string Description => description;

    /// <summary>bool, int, long, DateOnly, DateTimeOffset, Guid, an enum, or string; unset: the parameter's own type.</summary>
    public Type? Carries { get; init; }

    /// <summary>Several values, comma-separated (status=received,assessed).</summary>
    public bool CommaSeparated { get; init; }

    /// <summary>For a string: the pattern a value must match (a month).</summary>
    public string? Pattern { get; init; }

    /// <summary>For a string: the values it takes, when they are a fixed few.</summary>
    public string[]? Values { get; init; }
}

/// <summary>
/// Query parameters are named as clients send them (camelCase: the binding ignores case, the description should not
/// show C# property names) and typed by their <see cref="QueryAttribute"/>.
/// </summary>
internal static class QueryParameters
{
    public static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        if (operation.Parameters is null) return;
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = metadata.OfType<HttpChain>().FirstOrDefault()?.Method.Method ?? metadata.OfType<MethodInfo>().FirstOrDefault();
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var query = method is null ? null : Find(method, parameter.Name!);
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            if (parameter.Schema is OpenApiSchema own) WireNumbers.Strict(own);
            if (query is null) continue;
            parameter.Description = query.Description;
            if (query is { Carries: null, Values: null, Pattern: null, CommaSeparated: false }) continue;
            var value = SchemaOf(query);
            if (query.CommaSeparated)
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = value };
                parameter.Style = ParameterStyle.Form;
                parameter.Explode = false;
            }
            else parameter.Schema = value;
        }
    }

    private static QueryAttribute? Find(MethodInfo method, string name)
    {
        foreach (var p in method.GetParameters())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.GetCustomAttribute<QueryAttribute>();
            if (p.GetCustomAttribute<FromQueryAttribute>() is null && p.GetCustomAttribute<AsParametersAttribute>() is null) continue;
            var property = p.ParameterType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is not null) return property.GetCustomAttribute<QueryAttribute>();
        }
        return null;
    }

    private static OpenApiSchema SchemaOf(QueryAttribute query)
    {
        var type = query.Carries ?? typeof(string);
        if (type.IsEnum)
            return new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.SnakeCaseLower.ConvertName(n))!).ToList(),
            };
        return type switch
        {
            _ when type == typeof(bool) => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            _ when type == typeof(int) => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            _ when type == typeof(long) => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
            _ when type == typeof(DateOnly) => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            _ when type == typeof(DateTimeOffset) => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            _ when type == typeof(Guid) => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
            _ => new OpenApiSchema
            {
                Type = JsonSchemaType.String, Pattern = query.Pattern,
                Enum = query.Values?.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
            },
        };
    }
}
