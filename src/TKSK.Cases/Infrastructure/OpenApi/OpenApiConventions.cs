using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TKSK.Cases.Infrastructure.Http;

namespace TKSK.Cases.Infrastructure.OpenApi;

/// <summary>
/// Makes the OpenAPI document say what the API really does: wire types keep the schema names they were
/// first published under (<see cref="PublishedAsAttribute"/>), enums list their snake_case codes,
/// a request's <c>required</c> comes from its validator (not from C# nullability), and Wolverine's
/// internal chain names are not shown as operation descriptions. A request body's schema is named
/// for the operation it belongs to (AssignCoordinatorRequest → AssignCoordinator), the name it was
/// first published under: the C# name is free to change, the contract is not.
/// </summary>
public static class OpenApiConventions
{
    public static OpenApiOptions AddTkskConventions(this OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = type =>
            type.Type.GetCustomAttributes(typeof(PublishedAsAttribute), false) is [PublishedAsAttribute published] ? published.Name
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id && id.EndsWith("Request") && id != "Request" ? id[..^"Request".Length]
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.IsEnum) DescribeEnum(schema, type);
            else DescribeRequired(schema, type, context.ApplicationServices);
            WireNumbers.Strict(schema);

            if (schema.Items is null && ElementType(type) is { IsEnum: true } element)
            {
                // A list of enum values lost its items on the way (the converter is our own): say what it holds.
                var items = new OpenApiSchema();
                DescribeEnum(items, element);
                schema.Items = items;
            }
            if (type.IsAssignableTo(typeof(IPublishedWithAction))) KeepPublishedAction(schema);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, context, _) =>
        {
            // The problem types a client may switch on, with what each means: stable URNs (ProblemTypes), the common
            // ones and each feature's own (DescribedProblem).
            var described = ProblemTypes.Described.Select(p => (Type: p.Key, Meaning: p.Value))
                .Concat(context.ApplicationServices.GetServices<DescribedProblem>().Select(p => (p.Type, p.Meaning)))
                .GroupBy(p => p.Type).Select(g => (Type: g.Key, Meaning: string.Join(" ", g.Select(p => p.Meaning).Distinct()))).ToList();
            var table = string.Join('\n', described.Select(p => $"| `{p.Type}` | {p.Meaning} |"));
            document.Info.Description += $"\n\n## Problem types (RFC 9457)\n| type | meaning |\n|---|---|\n{table}";
            var types = new JsonObject();
            foreach (var (type, meaning) in described) types[type] = meaning;
            document.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            document.Extensions["x-problem-types"] = new JsonNodeExtension(types);
            ResultPlaceholder.Remove(document);
            // A type written with its discriminator (feed events) is exactly one of its kinds: oneOf, so that generated
            // clients switch on "type" instead of reading every kind into one object. Here, once the kinds are components.
            foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
                if (schema.Discriminator is not null && schema.AnyOf is { Count: > 0 } kinds && schema.OneOf is null or { Count: 0 })
                    (schema.OneOf, schema.AnyOf) = (kinds, null);
            // The address a client was given, without the slash that would double the paths' own.
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (operation.Description is { } d && (d.StartsWith("GET_") || d.StartsWith("POST_"))) operation.Description = null;
            QueryParameters.Describe(operation, context);
            IdsInPaths.Describe(operation);
            return Task.CompletedTask;
        });
        return options;
    }

    // The first published document showed an optional "action" on the body of each referral
    // command (the wire record was also the command and carried its name). It was never read; it
    // stays documented so that clients generated from that document stay the same.
    private static void KeepPublishedAction(OpenApiSchema schema) =>
        schema.Properties?.TryAdd("action", new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null });

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? element
        : null;

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

/// <summary>A referral command's request body, first published with an (ignored) "action" member.</summary>
public interface IPublishedWithAction;

/// <summary>
/// The schema name a wire type was first published under, when its C# name differs (the case view was first
/// published as "Referral"): generated clients keep their type names.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublishedAsAttribute(string name) : Attribute
{
    public string Name => name;
}
