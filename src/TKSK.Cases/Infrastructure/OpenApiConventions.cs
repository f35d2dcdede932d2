using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TKSK.Cases.Infrastructure;

/// <summary>
/// Makes the OpenAPI document say what the API really does: enums list their snake_case codes,
/// a request's <c>required</c> comes from its validator (not from C# nullability), and Wolverine's
/// internal chain names are not shown as operation descriptions.
/// </summary>
public static class OpenApiConventions
{
    public static OpenApiOptions AddTkskConventions(this OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.IsEnum) DescribeEnum(schema, type);
            else DescribeRequired(schema, type, context.ApplicationServices);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            if (operation.Description is { } d && (d.StartsWith("GET_") || d.StartsWith("POST_"))) operation.Description = null;
            return Task.CompletedTask;
        });
        return options;
    }

    private static void DescribeEnum(OpenApiSchema schema, Type type)
    {
        schema.Type = JsonSchemaType.String;
        schema.Enum = Enum.GetValues(type).Cast<object>()
            .Select(v => (JsonNode)JsonValue.Create(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()!))!)
            .ToList();
    }

    private static void DescribeRequired(OpenApiSchema schema, Type type, IServiceProvider services)
    {
        if (schema.Properties is null || schema.Properties.Count == 0) return;
        if (services.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
        {
            // Response shapes and nested inputs: nothing is promised as required by the request rules.
            if (type.Namespace?.StartsWith("TKSK.Cases") == true && type.Name.EndsWith("Input")) schema.Required?.Clear();
            return;
        }
        var descriptor = validator.CreateDescriptor();
        var required = schema.Properties.Keys.Where(name =>
            descriptor.GetRulesForMember(char.ToUpperInvariant(name[0]) + name[1..])
                .SelectMany(rule => rule.Components)
                .Any(c => c.Validator is INotNullValidator or INotEmptyValidator && !c.HasCondition && !c.HasAsyncCondition));
        schema.Required = new HashSet<string>(required);
    }
}
