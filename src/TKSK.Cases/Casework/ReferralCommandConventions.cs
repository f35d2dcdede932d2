using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Casework;

/// <summary>
/// Every command on a referral answers the same way; this tells the OpenAPI document so once:
/// 200 with the case view, 404 unknown referral, 409 invalid transition or lost race, 412 stale If-Match.
/// (Who may send each command is AccessPolicy's.)
/// </summary>
public sealed class ReferralCommandConventions : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(IsReferralCommand))
        {
            chain.Metadata
                .Produces<CaseView>(200)
                .ProducesProblem(404)
                .ProducesProblem(409)
                .ProducesProblem(412)
                .WithTags("Referral lifecycle");
        }
    }

    private static bool IsReferralCommand(HttpChain chain) =>
        chain.HttpMethods.Contains("POST") && chain.RoutePattern?.RawText?.StartsWith("/api/v1/referrals/{id}/") == true;
}
