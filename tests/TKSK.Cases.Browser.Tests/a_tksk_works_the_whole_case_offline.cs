using System.Diagnostics;
using Microsoft.Playwright;
using TKSK.Cases.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The field app beyond a visit (360 px): a field assessment recorded without a signal that the office contradicted meanwhile
/// goes to the supervisor's conflict queue and comes back decided; a refused record is fixed and sent again; a revoked phone
/// and a phone out of contact for too long wipe their store; signing out with unsent records asks first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class a_tksk_works_the_whole_case_offline(ConsoleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task a_clashing_assessment_reaches_the_supervisor_and_comes_back_decided_and_a_refused_step_is_fixed_and_sent()
    {
        var (id, number) = await FieldPhone.AcceptedCaseAsync(fixture, "Lansia di Warugunung sakit, tinggal sendiri di gubuk.");
        await using var agus = await FieldPhone.OpenAsync(fixture);
        var page = agus.Page;
        var theCase = page.GetByRole(AriaRole.Article, new() { Name = number });
        await Expect(theCase).ToContainTextAsync("Ditangani");
        await Expect(page.GetByText("0 belum terkirim")).ToBeVisibleAsync();

        await page.Context.SetOfflineAsync(true);
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Catat asesmen lapangan" }).ClickAsync();
        await theCase.GetByRole(AriaRole.Group, new() { Name = "Tingkat risiko" }).GetByLabel("Rendah").CheckAsync();
        await theCase.GetByRole(AriaRole.Group, new() { Name = "Kebutuhan" }).GetByLabel("Medis").CheckAsync();
        await theCase.GetByRole(AriaRole.Group, new() { Name = "Identitas sudah diperiksa" }).GetByLabel("Ya").CheckAsync();
        await theCase.GetByLabel("Temuan").FillAsync("Sehat, perlu kontrol rutin ke puskesmas.");
        await Pages.AssertAccessibleAsync(page, "Lapangan: asesmen tanpa sinyal (360 px)");
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Simpan di HP" }).ClickAsync();
        // A step with a title too short: the phone keeps it, the service refuses it.
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Tambah langkah" }).ClickAsync();
        await theCase.GetByLabel("Jenis langkah").SelectOptionAsync("medical_treatment");
        await theCase.GetByLabel("Judul langkah").FillAsync("ab");
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Simpan di HP" }).ClickAsync();
        await Expect(page.GetByText("2 belum terkirim")).ToBeVisibleAsync();

        // Meanwhile the office records its own assessment of the case.
        await fixture.Api.SendAsync(HttpMethod.Post, $"/api/v1/referrals/{id}/field-assessment",
            new { riskLevel = "critical", needs = new[] { "psychiatric" }, identityVerified = true, findings = "Dipasung di kandang kayu." }, await fixture.Api.AdminTokenAsync());

        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByText("0 belum terkirim")).ToBeVisibleAsync();
        var queue = page.GetByRole(AriaRole.Region, new() { Name = "Dicatat di HP ini" });
        var assessment = queue.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Asesmen lapangan · {number}" });
        var step = queue.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Langkah baru · {number}" });
        await Expect(assessment).ToContainTextAsync("konflik");
        await Expect(assessment).ToContainTextAsync("Di kantorStatus Ditangani, TKSK Agus Salim; Tingkat risiko: Kritis");
        await Expect(assessment).ToContainTextAsync("Di HP iniTingkat risiko: Rendah; Kebutuhan: Medis");
        await Expect(assessment).ToContainTextAsync("Menunggu keputusan supervisor kabupaten.");
        await Expect(step).ToContainTextAsync("ditolak");
        await Expect(step).ToContainTextAsync("Judul langkah:");
        await Pages.AssertAccessibleAsync(page, "Lapangan: konflik dan ditolak (360 px)");
        Assert.Equal(0, await Pages.OverflowAsync(page));
        await Pages.ScreenshotAsync(queue, "lapangan-konflik-360");

        // The refused step opens with what was recorded and the service's words beside the title.
        await step.GetByRole(AriaRole.Button, new() { Name = "Perbaiki dan kirim ulang" }).ClickAsync();
        await Expect(step.GetByLabel("Jenis langkah")).ToHaveValueAsync("medical_treatment");
        await Expect(step.GetByLabel("Judul langkah")).ToHaveValueAsync("ab");
        await Expect(step.Locator("[id$='-title-error']")).ToBeVisibleAsync();
        await Pages.AssertAccessibleAsync(page, "Lapangan: memperbaiki yang ditolak (360 px)");
        await Pages.ScreenshotAsync(step, "lapangan-ditolak-360");
        await step.GetByLabel("Judul langkah").FillAsync("Kontrol ke puskesmas Kedurus");
        await step.GetByRole(AriaRole.Button, new() { Name = "Simpan di HP" }).ClickAsync();
        await Expect(page.GetByText("1 belum terkirim")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim sekarang" }).ClickAsync();
        await Expect(page.GetByText("0 belum terkirim")).ToBeVisibleAsync();
        await Expect(step).ToContainTextAsync("terkirim");
        var stored = await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, await fixture.Api.AdminTokenAsync());
        Assert.Equal("Kontrol ke puskesmas Kedurus", Assert.Single(stored["steps"]!.AsArray())!["title"]!.GetValue<string>());

        // The kabupaten's supervisor finds it in the conflict queue and applies the TKSK's assessment.
        await using var bambang = await Visitor.OpenAsync(fixture, 360, 740);
        await bambang.SignInAsync("Supervisor kabupaten", "Bambang Wijaya", "35.78");
        await bambang.Page.GetByRole(AriaRole.Link, new() { Name = "Konflik" }).ClickAsync();
        var conflict = bambang.Page.GetByRole(AriaRole.Article, new() { Name = number });
        await Expect(conflict).ToContainTextAsync("Diputuskan di kantor sementara itu");
        await Expect(conflict).ToContainTextAsync("Tingkat risiko: Rendah");
        await Pages.AssertAccessibleAsync(bambang.Page, "Konflik (360 px)");
        Assert.Equal(0, await Pages.OverflowAsync(bambang.Page));
        await Pages.ScreenshotAsync(bambang.Page, "konflik-360");
        await conflict.GetByLabel("Terapkan catatan TKSK").CheckAsync();
        await conflict.GetByLabel("Catatan untuk TKSK (tidak wajib)").FillAsync("Temuan TKSK lebih baru.");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Simpan keputusan" }).ClickAsync();
        await Expect(bambang.Page.GetByText($"Keputusan untuk {number} disimpan.")).ToBeVisibleAsync();
        await Expect(conflict).ToHaveCountAsync(0);

        // The phone hears it at its next sync.
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim sekarang" }).ClickAsync();
        await Expect(assessment).ToContainTextAsync("diputuskan");
        await Expect(assessment).ToContainTextAsync("Supervisor menerapkan catatan Anda");
        await Expect(assessment).ToContainTextAsync("Catatan supervisor: Temuan TKSK lebih baru.");
        await Pages.AssertAccessibleAsync(page, "Lapangan: konflik diputuskan (360 px)");
        await Pages.ScreenshotAsync(assessment, "lapangan-diputuskan-360");
        var now = await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, await fixture.Api.AdminTokenAsync());
        Assert.Equal("low", now["fieldAssessment"]!["riskLevel"]!.GetValue<string>());
        Assert.DoesNotContain(agus.Errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED"));
        Assert.Empty(bambang.Errors);
    }

    [Fact]
    public async Task a_revoked_phone_wipes_its_store_at_its_next_sync_and_one_out_of_contact_for_14_days_on_opening()
    {
        var (id, number) = await FieldPhone.AcceptedCaseAsync(fixture, "Anak terlantar di Warugunung tidur di pos ronda.");
        await using var agus = await FieldPhone.OpenAsync(fixture);
        var page = agus.Page;
        var theCase = page.GetByRole(AriaRole.Article, new() { Name = number });
        await Expect(theCase).ToContainTextAsync("Ditangani");
        var device = await FieldPhone.MetaAsync<string>(page, "device");

        // An unsent note: signing out asks first, and staying keeps it.
        await page.Context.SetOfflineAsync(true);
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Tambah catatan" }).ClickAsync();
        await theCase.GetByRole(AriaRole.Textbox, new() { Name = "Catatan" }).FillAsync("Anak dibawa tetangga ke balai desa.");
        await theCase.GetByRole(AriaRole.Button, new() { Name = "Simpan di HP" }).ClickAsync();
        await Expect(page.GetByText("1 belum terkirim")).ToBeVisibleAsync();
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) => { asked.TrySetResult(dialog.Message); await dialog.DismissAsync(); };
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        Assert.Contains("1 catatan di HP ini belum terkirim", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await Expect(page.GetByText("1 belum terkirim")).ToBeVisibleAsync();
        Assert.True(await FieldPhone.HasStoreAsync(page));

        // The phone is reported lost: at its next sync it deletes what it holds, the unsent note included.
        await fixture.Api.SendAsync(HttpMethod.Post, $"/api/v1/devices/{Uri.EscapeDataString(device)}/revocation", new { reason = "HP hilang di pasar" }, await fixture.Api.AdminTokenAsync());
        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByText("HP ini dicabut oleh admin provinsi")).ToBeVisibleAsync();
        Assert.False(await FieldPhone.HasStoreAsync(page));
        Assert.Empty((await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, await fixture.Api.AdminTokenAsync()))["notes"]!.AsArray());

        // A new store on the same phone, then 15 days without reaching the service: opened again, it is wiped first.
        await page.ReloadAsync();
        await FieldPhone.CreatePassphraseAsync(page);
        await Expect(theCase).ToContainTextAsync("Ditangani");
        await FieldPhone.MetaAsync<System.Text.Json.JsonElement>(page, "contact", "v => ({ ...v, at: Date.now() - 15 * 864e5 })");
        await page.ReloadAsync();
        await Expect(page.GetByText("dihapus karena 14 hari tidak terhubung")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Buat kata sandi untuk HP ini" })).ToBeVisibleAsync();
        await Pages.AssertAccessibleAsync(page, "Lapangan: dihapus setelah 14 hari (360 px)");
        Assert.DoesNotContain(agus.Errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED"));
    }

    /// <summary>
    /// A measurement, not a check of speed (the machine decides that): the time from the signal's return to "0 belum terkirim"
    /// with 100 records queued. Opt-in (TKSK_MEASURE_RECONNECT=1), as it adds a hundred commands' worth of work to the run.
    /// </summary>
    [Fact]
    public async Task measures_the_time_from_reconnect_to_nothing_unsent_for_100_records_when_asked()
    {
        if (Environment.GetEnvironmentVariable("TKSK_MEASURE_RECONNECT") != "1")
        {
            output.WriteLine("not measured: set TKSK_MEASURE_RECONNECT=1");
            return;
        }
        var (id, number) = await FieldPhone.AcceptedCaseAsync(fixture, "Lansia di Warugunung, banyak kunjungan tercatat.");
        await using var agus = await FieldPhone.OpenAsync(fixture);
        var page = agus.Page;
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = number })).ToContainTextAsync("Ditangani");
        await page.Context.SetOfflineAsync(true);
        // Queued as the note form queues them, through the app's own store (the import map gives the same module, so the same key).
        await page.EvaluateAsync("""
            async ([id, number]) => {
              const vault = await import("/lib/vault.js");
              const c = (await vault.allCases()).find((x) => x.id === id);
              const by = (await import("/lib/session.js")).currentSession().user.id;
              for (let i = 1; i <= 100; i++)
                await vault.enqueue({ commandId: crypto.randomUUID(), referralId: id, caseNumber: number, type: "AddNote", payload: { text: `Catatan ke-${i}` },
                  baseVersion: c.version, recordedAt: new Date().toISOString(), recordedBy: by, attachments: [] });
            }
            """, new[] { id, number });
        await Expect(page.GetByText("100 belum terkirim")).ToBeVisibleAsync();
        var clock = Stopwatch.StartNew();
        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByText("0 belum terkirim", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 120_000 });
        clock.Stop();
        var notes = (await fixture.Api.SendAsync(HttpMethod.Get, $"/api/v1/referrals/{id}", null, await fixture.Api.AdminTokenAsync()))["notes"]!.AsArray();
        Assert.Equal(100, notes.Count);
        output.WriteLine($"reconnect to \"0 belum terkirim\" with 100 queued records: {clock.Elapsed.TotalSeconds:F1} s");
    }
}
