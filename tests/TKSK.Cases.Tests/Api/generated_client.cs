using System.Net;
using System.Reflection;
using TKSK.Cases.Access;
using TKSK.Cases.Tests.Api.GeneratedClient;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>
/// Agencies build their systems on clients generated from the OpenAPI document. A C# client generated with Kiota from
/// the live document compiles with a program written against typed answers, ids and filters, and works end to end:
/// regions, an API key, intake, the case view, a note with If-Match, the list, the change feed.
/// </summary>
public sealed class generated_client(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task a_client_generated_with_kiota_from_the_live_document_takes_a_report_through_to_the_feed()
    {
        var work = Directory.CreateTempSubdirectory("tksk-kiota-");
        try
        {
            var document = await Api.Get("/openapi/v1.json");
            Assert.Equal(HttpStatusCode.OK, document.Status);
            var documentFile = Path.Combine(work.FullName, "openapi-v1.json");
            await File.WriteAllTextAsync(documentFile, document.Body!.ToJsonString());

            var printed = await KiotaClient.GenerateAsync(documentFile, Path.Combine(work.FullName, "client"));
            // Kiota warns where the document leaves it guessing (two answer types for one operation, a broken discriminator).
            Assert.DoesNotContain("warn", printed, StringComparison.OrdinalIgnoreCase);

            var (program, errors) = KiotaClient.Compile(Path.Combine(work.FullName, "client"));
            Assert.True(program is not null, "The integrator's program does not compile against the generated client:\n" + string.Join('\n', errors.Take(20)));

            var run = program.GetType("TKSK.Cases.Integrator.Scenario")!.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!;
            Func<HttpClient> newHttpClient = () => new HttpClient(Host.Server.CreateHandler()) { BaseAddress = Host.Server.BaseAddress };
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var seen = await (Task<IReadOnlyDictionary<string, string>>)run.Invoke(null,
                [newHttpClient, Support.Api.TokenFor(Host), Support.Api.TokenFor(Host, Role.JscOperator, "35"), timeout.Token])!;

            Assert.Equal("35.09.13", seen["kecamatanCode"]);
            Assert.True(Guid.TryParse(seen["keyId"], out _));
            Assert.Matches(@"^JSC-\d{4}-\d{6}$", seen["number"]);
            Assert.Equal("Received", seen["status"]);
            Assert.Equal(seen["number"], seen["viewNumber"]);
            Assert.Equal("Rambipuji", seen["viewKecamatan"]);
            Assert.Equal("Keluarga bersedia dikunjungi hari Senin.", seen["notes"]);
            Assert.Equal("2", seen["versionAfterNote"]);
            Assert.Equal(seen["number"], seen["listed"]);
            Assert.Equal("1", seen["total"]);
            Assert.True(seen.ContainsKey("feedType"), "The intake never reached the feed read through the generated client.");
            Assert.Equal("ReferralReceivedV1", seen["feedType"]);
            Assert.Equal(seen["number"], seen["feedNumber"]);
            Assert.Equal("35.09.13", seen["feedKecamatan"]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
