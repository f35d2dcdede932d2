using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TKSK.Cases.Identity;

/// <summary>
/// The OpenAPI document names both ways in: a bearer token for people, an X-Api-Key for agency
/// systems; each protected operation lists them, so generated clients and the /docs page send one.
/// </summary>
public static class OpenApiSecurity
{
    public const string Bearer = "Bearer", ApiKey = "ApiKey";

    public static OpenApiOptions AddSignInSchemes(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "People: a token from the province's identity provider (claims sub, name, role, region, coordinator_id). In Development: POST /api/v1/dev/tokens.",
            };
            document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = SignIn.ApiKeyHeader,
                Description = "Agency systems: the key a province admin created for the agency (tksk_<id>_<secret>).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any()) return Task.CompletedTask;
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] },
            ];
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in, or the token or key is not valid (any more)." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in, but this role or key may not take this action." });
            return Task.CompletedTask;
        });
        return options;
    }
}
