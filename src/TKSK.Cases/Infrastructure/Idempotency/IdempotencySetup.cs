using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TKSK.Cases.Infrastructure.Http;

namespace TKSK.Cases.Infrastructure.Idempotency;

/// <summary>Idempotent POSTs: the key table, its hourly expiry, and the header in the OpenAPI document of every POST.</summary>
public static class IdempotencySetup
{
    public static WebApplicationBuilder AddIdempotentPosts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(DescribedProblem.Of("idempotency-key-reused", "422: the Idempotency-Key was used within 24 hours for a different request."));
        builder.Services.AddSingleton(DescribedProblem.Of("request-in-progress", "409: the first request with this Idempotency-Key is still being answered; send it again shortly."));
        builder.Services.ConfigureMarten(opts => opts.Storage.ExtendedSchemaObjects.Add(IdempotencyRecords.Definition(opts.DatabaseSchemaName)));
        builder.Services.AddSingleton<IdempotencyRecords>();
        builder.Services.AddHostedService<IdempotencyExpiry>();
        builder.Services.Configure<OpenApiOptions>("v1", o => o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            // Only a signed-in caller has keys (IdempotentPosts); open operations do not take one.
            if (context.Description.HttpMethod != "POST" || metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
                return Task.CompletedTask;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotentPosts.Header, In = ParameterLocation.Header, Required = false,
                Description = "A key you choose for this request (e.g. a UUID), at most 255 visible ASCII characters. Sent again with the same " +
                              "request within 24 hours, it answers the first status and body again (header Idempotent-Replayed: true) and " +
                              "changes nothing more; with a different request, 422. Only answers 2xx are kept. A secret in the first answer " +
                              "is not repeated: the replay has it null and names it in the Secret-Withheld header.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotentPosts.MaxKeyLength },
            });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("422", new OpenApiResponse { Description = "The Idempotency-Key was already used for a different request." });
            return Task.CompletedTask;
        }));
        return builder;
    }
}
