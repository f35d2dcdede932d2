using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Every route under /api, called as every kind of caller, inside and outside its region, with a
/// valid request: the outcome is exactly the one written in the table below (not derived from the
/// code under test). The routes come from the running service, so a new endpoint without a row
/// here fails the test. The referral used lies in Karang Pilang (35.78.01, Kota Surabaya) and is
/// assigned to the TKSK "tksk"; "tksk-other" is the TKSK of Jambangan (35.78.02); "sup" supervises
/// Kota Surabaya (35.78), "sup-other" Kabupaten Malang (35.07); "agency" holds an intake+read key
/// for 35.78, "agency-other" a read key for 35.07.
/// </summary>
public sealed class authorization_matrix(AppFixture fixture) : IntegrationContext(fixture)
{
    // Open: allowed with nobody signed in.
    private enum Outcome { Open, Allowed, Unauthenticated, Forbidden, Hidden }

    private static readonly string[] Callers = ["anonymous", "operator", "tksk", "tksk-other", "sup", "sup-other", "admin", "agency", "agency-other"];

    // Per operation: the outcome for each caller, in the order of Callers.
    // A = allowed, O = open (no sign-in needed), 401, 403, H = hidden (404: outside the caller's scope).
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["ListCategories"] = "O O O O O O O O O",
        ["ListProvinces"] = "O O O O O O O O O",
        ["ListKabupaten"] = "O O O O O O O O O",
        ["ListKecamatan"] = "O O O O O O O O O",
        ["ListDesa"] = "O O O O O O O O O",
        ["CreateDevelopmentToken"] = "O O O O O O O O O",
        ["ReceiveReferral"] = "401 A 403 403 403 403 A A 403",
        ["ReceiveReferralBatch"] = "401 A 403 403 403 403 A A 403",
        ["SuggestIntake"] = "401 A 403 403 403 403 A A 403",
        ["GetReferral"] = "401 A A H A H A A H",
        ["GetReferralHistory"] = "401 A A H A H A 403 403",
        ["AssessReferral"] = "401 A 403 403 403 403 A 403 403",
        ["AssignCoordinator"] = "401 403 403 403 A H A 403 403",
        ["AcceptAssignment"] = "401 403 A H 403 403 A 403 403",
        ["DeclineAssignment"] = "401 403 A H 403 403 A 403 403",
        ["RecordVisit"] = "401 403 A H 403 403 A 403 403",
        ["RecordFieldAssessment"] = "401 403 A H 403 403 A 403 403",
        ["AddStep"] = "401 403 A H 403 403 A 403 403",
        ["StartStep"] = "401 403 A H 403 403 A 403 403",
        ["CompleteStep"] = "401 403 A H 403 403 A 403 403",
        ["CancelStep"] = "401 403 A H 403 403 A 403 403",
        ["ResolveReferral"] = "401 403 A H 403 403 A 403 403",
        ["ReviewResolution"] = "401 403 403 403 A H A 403 403",
        ["ReopenReferral"] = "401 403 403 403 A H A 403 403",
        ["AddNote"] = "401 A A H 403 403 A 403 403",
        ["RecordSharingConsent"] = "401 A A H A H A 403 403",
        ["RevokeSharingConsent"] = "401 A A H A H A 403 403",
        ["ErasePersonalData"] = "401 403 403 403 403 403 A 403 403",
        ["RegisterCoordinator"] = "401 403 403 403 A 403 A 403 403",
        ["ListCoordinators"] = "401 A A A A A A 403 403",
        ["GetCoordinator"] = "401 A A H A H A 403 403",
        ["ListRefusedCommands"] = "401 403 403 403 403 403 A 403 403",
        ["CreateApiKey"] = "401 403 403 403 403 403 A 403 403",
        ["ListApiKeys"] = "401 403 403 403 403 403 A 403 403",
        ["GetApiKey"] = "401 403 403 403 403 403 A 403 403",
        ["RevokeApiKey"] = "401 403 403 403 403 403 A 403 403",
        ["ListAccessLog"] = "401 403 403 403 403 403 A 403 403",
        ["GetClusterView"] = "401 403 403 403 403 403 A 403 403",
        ["RecordFollowUp"] = "401 403 A H 403 403 A 403 403",
        ["DeactivateCoordinator"] = "401 403 403 403 A H A 403 403",
        ["ReactivateCoordinator"] = "401 403 403 403 A H A 403 403",
        ["ListNotifications"] = "401 A A A A A A 403 403",
        ["MarkNotificationRead"] = "401 A A A A A A 403 403",
        ["ListDeliveries"] = "401 403 403 403 403 403 A 403 403",
        ["RetryDelivery"] = "401 403 403 403 403 403 A 403 403",
        ["ListReferrals"] = "401 A A A A A A 403 403",
        ["ExportReferrals"] = "401 A A A A A A 403 403",
        ["GetOverviewDashboard"] = "401 A A A A A A 403 403",
        ["GetKabupatenDashboard"] = "401 A A A A 403 A 403 403",
        ["GetSlaDashboard"] = "401 A A A A A A 403 403",
        ["GetCoordinatorDashboard"] = "401 A A A A A A 403 403",
        ["GetPasungDashboard"] = "401 A A A A A A 403 403",
        ["GetTrendDashboard"] = "401 A A A A A A 403 403",
        ["GetMonthlyReport"] = "401 A A A A A A 403 403",
        // Agency integration: the feed and webhooks need their own scopes, which neither agency key here holds.
        ["GetFeed"] = "401 403 403 403 403 403 A 403 403",
        ["CreateSubscription"] = "401 403 403 403 403 403 A 403 403",
        ["ListSubscriptions"] = "401 403 403 403 403 403 A 403 403",
        ["GetSubscription"] = "401 403 403 403 403 403 A 403 403",
        ["CancelSubscription"] = "401 403 403 403 403 403 A 403 403",
        ["ListSubscriptionDeliveries"] = "401 403 403 403 403 403 A 403 403",
        ["RetrySubscriptionDelivery"] = "401 403 403 403 403 403 A 403 403",
        ["ReplaySubscription"] = "401 403 403 403 403 403 A 403 403",
        ["RenewSubscription"] = "401 403 403 403 403 403 A 403 403",
        ["ListAgencies"] = "401 A A A A A A 403 403",
        // The web console: how to sign in is public; who is signed in, who has a case open, and what one may do are for people.
        ["GetConsoleConfig"] = "O O O O O O O O O",
        ["ListDevelopmentCoordinators"] = "O O O O O O O O O",
        ["GetSignedInUser"] = "401 A A A A A A 403 403",
        ["UpdatePresence"] = "401 A A H A H A 403 403",
        ["ListPresence"] = "401 A A A A A A 403 403",
        ["ListPermittedOperations"] = "401 A A H A H A 403 403",
        ["CheckPossibleDuplicates"] = "401 A 403 403 403 403 A 403 403",
        // Offline field work: a TKSK syncs their phone; supervisors answer conflicts of their region; devices are the admin's.
        ["Sync"] = "401 403 A A 403 403 A 403 403",
        ["SyncCases"] = "401 403 A A 403 403 A 403 403",
        ["ListConflicts"] = "401 403 403 403 A A A 403 403",
        ["ResolveConflict"] = "401 403 403 403 A A A 403 403",
        ["ListDevices"] = "401 403 403 403 403 403 A 403 403",
        ["RevokeDevice"] = "401 403 403 403 403 403 A 403 403",
    };

    private sealed record Route(string Method, string Pattern, string Operation);

    private IReadOnlyList<Route> ApiRoutes() => Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
        .Select(e => new Route(e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single(), e.RoutePattern.RawText!,
            e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!))
        .ToList();

    [Fact]
    public void every_route_has_a_row_in_the_table()
    {
        var missing = ApiRoutes().Select(r => r.Operation).Where(op => !Expected.ContainsKey(op)).ToList();
        Assert.True(missing.Count == 0, $"Routes without a row in the authorization matrix: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task every_route_answers_every_caller_as_the_table_says()
    {
        var world = await World.CreateAsync(Api, Host);
        var wrong = new List<string>();
        foreach (var route in ApiRoutes().Where(r => Expected.ContainsKey(r.Operation)))
        {
            var expected = Expected[route.Operation].Split(' ');
            for (var i = 0; i < Callers.Length; i++)
            {
                var reply = await world.Call(Callers[i], route);
                var outcome = Classify(reply, route);
                var want = expected[i] switch { "O" => Outcome.Open, "A" => Outcome.Allowed, "401" => Outcome.Unauthenticated, "403" => Outcome.Forbidden, _ => Outcome.Hidden };
                if (outcome != (want == Outcome.Open ? Outcome.Allowed : want))
                    wrong.Add($"{route.Operation} as {Callers[i]}: expected {want}, got {outcome} ({reply.ToString()[..Math.Min(200, reply.ToString().Length)]})");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    // "Hidden" is the 404 of a referral or coordinator outside the caller's scope (type not-found),
    // not a 404 the operation itself gives for a missing step or key. Presence names its referral in the body.
    private static Outcome Classify(Reply reply, Route route) => reply.Status switch
    {
        HttpStatusCode.Unauthorized => Outcome.Unauthenticated,
        HttpStatusCode.Forbidden => Outcome.Forbidden,
        HttpStatusCode.NotFound when reply.Body?["type"]?.GetValue<string>() == "urn:tksk-cases:problem:not-found"
                                     && (route.Pattern.StartsWith("/api/v1/referrals/{id}") || route.Pattern.StartsWith("/api/v1/coordinators/{id}")
                                         || route.Pattern == "/api/v1/presence") => Outcome.Hidden,
        _ when (int)reply.Status >= 500 => throw new InvalidOperationException($"{route.Operation}: {reply}"),
        _ => Outcome.Allowed,
    };

    /// <summary>The referral, coordinator, step, consent and keys every call refers to, and a signed-in Api per caller.</summary>
    private sealed class World
    {
        public required string Referral { get; init; }
        public required string Coordinator { get; init; }
        /// <summary>A second TKSK of Karang Pilang: the one deactivated and reactivated, so "tksk" keeps a valid token.</summary>
        public required string Spare { get; init; }
        public required string Step { get; init; }
        public required string Consent { get; init; }
        public required Dictionary<string, Support.Api> As { get; init; }

        public static async Task<World> CreateAsync(Support.Api admin, Alba.IAlbaHost host)
        {
            var (referral, coordinator) = await admin.InProgress();
            var other = await admin.Coordinator("35.78.02", "Dewi Lestari");
            var spare = await admin.Coordinator("35.78.01", "Eko Prasetyo");
            var step = (await admin.Command(referral, "steps", new { kind = "other", title = "Kunjungan keluarga" }).Ok()).Node("steps")!.AsArray()[0]!["id"]!.GetValue<string>();
            // Bases for sharing name an agency that exists: its key first.
            var agency = await Agency("RSJ Menur Surabaya", ["intake", "read"], "35.78");
            var agencyOther = await Agency("Dinsos Kabupaten Malang", ["read"], "35.07");
            var consent = (await admin.Command(referral, "sharing-consents",
                new { agency = "RSJ Menur Surabaya", basis = "subject_consent", givenBy = "Pak S", givenAt = DateTimeOffset.UtcNow.AddHours(-1) }).Ok())
                .Node("sharingConsents")!.AsArray()[0]!["id"]!.GetValue<string>();
            async Task<Support.Api> Agency(string name, string[] scopes, string region)
            {
                var key = await admin.Post("/api/v1/api-keys", new { agency = name, scopes, region });
                return admin.WithApiKey(key.Str("key"));
            }
            return new World
            {
                Referral = referral, Coordinator = coordinator, Spare = spare, Step = step, Consent = consent,
                As = new()
                {
                    ["anonymous"] = admin.Anonymous(),
                    ["operator"] = admin.As(Role.JscOperator, "35"),
                    ["tksk"] = admin.As(Role.Tksk, "35.78.01", Guid.Parse(coordinator)),
                    ["tksk-other"] = admin.As(Role.Tksk, "35.78.02", Guid.Parse(other)),
                    ["sup"] = admin.As(Role.Supervisor, "35.78"),
                    ["sup-other"] = admin.As(Role.Supervisor, "35.07"),
                    ["admin"] = admin,
                    ["agency"] = agency,
                    ["agency-other"] = agencyOther,
                },
            };
        }

        public Task<Reply> Call(string caller, Route route)
        {
            var id = route.Pattern switch
            {
                "/api/v1/coordinators/{id}" => Coordinator,
                _ when route.Pattern.StartsWith("/api/v1/coordinators/") => Spare,
                _ when route.Pattern.StartsWith("/api/v1/referrals/") => Referral,
                _ => Guid.NewGuid().ToString(),
            };
            var url = route.Pattern.Replace("{id}", id).Replace("{stepId}", Step).Replace("{consentId}", Consent)
                .Replace("{followUpId}", Guid.NewGuid().ToString()).Replace("{code}", CodeFor(route.Pattern));
            if (route.Operation == "ListPresence") url += $"?referrals={Referral}";
            return route.Method == "GET" ? As[caller].Get(url) : As[caller].Post(url, Body(route.Operation, Coordinator, Referral));
        }

        private static string CodeFor(string pattern) =>
            pattern.Contains("/provinces/") ? "35" : pattern.Contains("/kabupaten/") ? "35.78" : "35.78.01";

        // A valid request for each operation, so that the outcome is access control's, not validation's.
        private static object Body(string operation, string coordinator, string referral) => operation switch
        {
            "ReceiveReferral" => Scenarios.PasungReport(),
            "ReceiveReferralBatch" => new { items = new[] { Scenarios.PasungReport() } },
            "SuggestIntake" => new { text = "ODGJ dirantai di Ds. Kebraon Kec. Karang Pilang Surabaya" },
            "AssessReferral" => new { category = "penyandang_disabilitas", urgency = "high", decision = "field_response" },
            "AssignCoordinator" => new { coordinatorId = coordinator, reason = "routing" },
            "DeclineAssignment" or "CancelStep" or "ReopenReferral" or "RevokeSharingConsent" or "ErasePersonalData" or "DeactivateCoordinator" => new { reason = "alasan yang cukup" },
            "RecordFollowUp" => new { subjectStatus = "stable", visitedAt = DateTimeOffset.UtcNow.AddHours(-1) },
            "RecordVisit" => new { visitedAt = DateTimeOffset.UtcNow.AddHours(-1), subjectFound = true },
            "RecordFieldAssessment" => new { riskLevel = "high", needs = new[] { "psychiatric" }, identityVerified = true },
            "AddStep" => new { kind = "other", title = "Langkah baru" },
            "CompleteStep" => new { notes = "selesai" },
            "ResolveReferral" => new { outcome = "deceased" },
            "ReviewResolution" => new { approved = true },
            "AddNote" => new { text = "catatan" },
            "RecordSharingConsent" => new { agency = "RSJ Menur Surabaya", basis = "vital_interest", givenBy = "Kepala Puskesmas", givenAt = DateTimeOffset.UtcNow.AddHours(-1) },
            "RegisterCoordinator" => new { name = "Budi Santoso", phone = "081234567891", kecamatanCode = "35.78.01" },
            "CreateApiKey" => new { agency = "Dinsos Kota Surabaya", scopes = new[] { "read" } },
            "CreateSubscription" => new { url = "http://127.0.0.1:9/hooks", eventTypes = new[] { "referral.received.v1" } },
            "ReplaySubscription" => new { after = 0 },
            "CreateDevelopmentToken" => new { role = "jsc_operator", name = "Siti", region = "35" },
            "UpdatePresence" => new { referralId = referral, open = true },
            "Sync" => new { deviceId = Guid.NewGuid().ToString(), sentAt = DateTimeOffset.UtcNow, commands = Array.Empty<object>() },
            "ResolveConflict" => new { choice = "discard" },
            "RevokeDevice" => new { reason = "ponsel hilang" },
            "CheckPossibleDuplicates" => new { subject = new { nik = "3578011204800001" }, location = new { desaCode = "35.78.01.1002" }, category = "penyandang_disabilitas" },
            _ => new { },
        };
    }
}
