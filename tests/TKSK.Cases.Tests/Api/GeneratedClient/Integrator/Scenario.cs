// An agency integrator's program, written against the C# client Kiota generates from the live OpenAPI document
// (namespace TKSK.Cases.Integrator.Client). It is compiled with that client at test time: when the document stops
// typing something an integrator relies on — an answer typed IResult, an id typed string, a count typed
// integer-or-string, a list parameter named Page — this no longer compiles, or reads nothing, and the test fails.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using TKSK.Cases.Integrator.Client;
using TKSK.Cases.Integrator.Client.Api.V1.Referrals;
using TKSK.Cases.Integrator.Client.Models;

namespace TKSK.Cases.Integrator;

public static class Scenario
{
    /// <summary>Regions → API key → intake → case view → note (If-Match) → list → feed; what each step read.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RunAsync(
        Func<HttpClient> newHttpClient, string adminToken, string operatorToken, CancellationToken ct)
    {
        var seen = new Dictionary<string, string>();
        var admin = Client(newHttpClient(), h => h.Authorization = new AuthenticationHeaderValue("Bearer", adminToken));
        var desk = Client(newHttpClient(), h => h.Authorization = new AuthenticationHeaderValue("Bearer", operatorToken));

        // Reference data: the kecamatan of Kabupaten Jember, by code.
        List<Region> kecamatan = await desk.Api.V1.Regions.Kabupaten["35.09"].Kecamatan.GetAsync(cancellationToken: ct) ?? [];
        Region rambipuji = kecamatan.Single(k => k.Name == "Rambipuji");
        seen["kecamatanCode"] = rambipuji.Code!;

        // A province admin gives the agency a key for the feed: the 201 answer, typed.
        CreatedApiKey key = (await admin.Api.V1.ApiKeys.PostAsync(new CreateApiKey { Agency = "RSJ Menur Surabaya", Scopes = ["feed"] }, cancellationToken: ct))!;
        Guid keyId = key.Id!.Value;
        seen["keyId"] = keyId.ToString();

        // Intake: the 201 answer is the case view with its number.
        Referral created = (await desk.Api.V1.Referrals.PostAsync(new ReceiveReferral
        {
            Channel = Channel.Facebook,
            SourceUrl = "https://facebook.com/groups/infojember/posts/1",
            Reporter = new ReporterInput { Anonymous = true },
            Subject = new SubjectInput { Name = "Pak Slamet", Sex = Sex.Male, ApproximateAge = 45 },
            Location = new LocationInput { KecamatanCode = rambipuji.Code, Address = "Dusun Krajan, dekat masjid" },
            Category = "penyandang_disabilitas",
            Pasung = true,
            Urgency = Urgency.Emergency,
            Summary = "Warga melaporkan seorang pria dipasung di gudang belakang rumah selama dua tahun.",
        }, cancellationToken: ct))!;
        Guid id = created.Id!.Value;
        seen["number"] = created.Number!;
        seen["status"] = created.Status!.Value.ToString();

        // The case view by its uuid, then a note sent with the version it was decided on.
        Referral view = (await desk.Api.V1.Referrals[id].GetAsync(cancellationToken: ct))!;
        seen["viewNumber"] = view.Number!;
        seen["viewKecamatan"] = view.Place!.KecamatanName!;
        Referral noted = (await desk.Api.V1.Referrals[id].Notes.PostAsync(new AddNote { Text = "Keluarga bersedia dikunjungi hari Senin." },
            c => c.Headers.Add("If-Match", $"\"{view.Version}\""), ct))!;
        seen["notes"] = string.Join("|", noted.Notes!.Select(n => n.Text));
        seen["versionAfterNote"] = noted.Version!.Value.ToString();

        // The desk's queue: typed filters (an enum list, a boolean, a page size).
        ReferralPage page = (await desk.Api.V1.Referrals.GetAsync(c =>
        {
            c.QueryParameters.Status = [GetStatusQueryParameterType.Received];
            c.QueryParameters.Pasung = true;
            c.QueryParameters.PageSize = 10;
        }, ct))!;
        seen["listed"] = string.Join("|", page.Items!.Select(i => i.Number));
        seen["total"] = page.Total!.Value.ToString();

        // The agency reads the feed with its key until the intake is there (the feed is built in the background).
        var agency = Client(newHttpClient(), h => h.Add("X-Api-Key", key.Key!));
        long after = 0;
        for (var attempt = 0; attempt < 60 && !seen.ContainsKey("feedType"); attempt++)
        {
            FeedPage feed = (await agency.Api.V1.Feed.GetAsync(c => { c.QueryParameters.After = after; c.QueryParameters.Limit = 100; }, ct))!;
            foreach (var e in feed.Events!)
                if (e.IntegrationEventReferralReceivedV1 is { } received && received.ReferralId == id)
                {
                    seen["feedType"] = received.Type!.Value.ToString();
                    seen["feedNumber"] = received.ReferralNumber!;
                    seen["feedKecamatan"] = received.Place!.KecamatanCode!;
                }
            after = feed.Next ?? after;
            if (!seen.ContainsKey("feedType") && feed.CaughtUp == true) await Task.Delay(500, ct);
        }
        return seen;
    }

    // Sign-in goes in the HttpClient's own headers: Kiota's token and key providers send only over https.
    private static CasesClient Client(HttpClient http, Action<HttpRequestHeaders> signIn)
    {
        signIn(http.DefaultRequestHeaders);
        return new CasesClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        });
    }
}
