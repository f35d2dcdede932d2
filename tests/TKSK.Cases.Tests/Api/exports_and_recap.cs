using System.Net;
using System.Text;
using TKSK.Cases.Tests.Support;

namespace TKSK.Cases.Tests.Api;

/// <summary>The case export read back as Excel would (BOM, header, one row per case), and the monthly recap against the generated referrals.</summary>
public sealed class exports_and_recap(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private async Task<(byte[] Bytes, HttpResponseMessage Response)> Raw(string url, string? accept = null)
    {
        var client = Host.Server.CreateClient();
        var token = Support.Api.TokenFor(Host);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new("Bearer", token);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        var response = await client.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    /// <summary>A small CSV reader: quoted fields, doubled quotes, CRLF rows.</summary>
    private static List<List<string>> Parse(string text, char delimiter)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else field.Append(c);
        }
        return rows;
    }

    [Fact]
    public async Task the_export_opens_in_excel_with_one_row_per_case()
    {
        var all = await Fixture.StoreGeneratedAsync();
        var (bytes, response) = await Raw("/api/v1/referrals/export.csv?kabupaten=35.78&status=received,assessed,assigned,in_progress");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), ';');
        Assert.Equal(["Nomor", "Diterima (WIB)", "Status", "Kategori PPKS", "Urgensi", "Saluran", "Pasung", "Kabupaten/Kota", "Kecamatan",
            "TKSK", "Nama Subjek", "Ringkasan", "Tenggat Berikutnya (WIB)", "Terlambat", "Belum Ditugaskan"], rows[0]);
        var expected = all.Where(r => r.KabupatenCode == "35.78" && r.Open).ToDictionary(r => r.Number);
        Assert.Equal(expected.Keys.Order(), rows.Skip(1).Select(r => r[0]).Order());
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(15, row.Count);
            var r = expected[row[0]];
            Assert.Equal((r.ReceivedAt.ToOffset(Wib).ToString("yyyy-MM-dd HH:mm"), r.Status, r.SubjectName), (row[1], row[2], row[10]));
        }

        var (comma, _) = await Raw("/api/v1/referrals/export.csv?delimiter=comma");
        var commaRows = Parse(Encoding.UTF8.GetString(comma, 3, comma.Length - 3), ',');
        Assert.Equal(all.Count + 1, commaRows.Count);
        Assert.All(commaRows, r => Assert.Equal(15, r.Count));
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get("/api/v1/referrals/export.csv?delimiter=tab")).Status);
    }

    [Fact]
    public async Task the_monthly_recap_counts_each_kecamatan_and_category()
    {
        var all = await Fixture.StoreGeneratedAsync(count: 400);
        await Fixture.CaughtUpAsync();
        var now = DateTimeOffset.UtcNow.ToOffset(Wib);
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, Wib).AddMonths(-1);
        var end = lastMonth.AddMonths(1);
        var month = lastMonth.ToString("yyyy-MM");

        var reply = await Api.Get($"/api/v1/reports/monthly?month={month}&kabupaten=35.17");
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        var mine = all.Where(r => r.KabupatenCode == "35.17").ToList();
        var expected = mine.Select(r => (r.KecamatanCode, r.Category)).Concat(mine.Select(r => (r.KecamatanCode, r.CategoryAt(end)))).Distinct()
            .Select(key => (key.KecamatanCode, key.Item2,
                New: mine.Count(r => r.KecamatanCode == key.KecamatanCode && r.Category == key.Item2 && ReadSide.Month(r.ReceivedAt) == month),
                Resolved: mine.Where(r => r.KecamatanCode == key.KecamatanCode && r.Category == key.Item2).Sum(r => r.Resolutions.Count(at => ReadSide.Month(at) == month)),
                StillOpen: mine.Count(r => r.KecamatanCode == key.KecamatanCode && r.CategoryAt(end) == key.Item2
                    && r.StatusAt(end) is "received" or "assessed" or "assigned" or "in_progress")))
            .Where(x => x.New + x.Resolved + x.StillOpen > 0)
            .OrderBy(x => x.KecamatanCode).ThenBy(x => x.Item2).ToList();
        var actual = reply.Body!["rows"]!.AsArray()
            .Select(r => (r!["kecamatanCode"]!.GetValue<string>(), r["category"]!.GetValue<string>(), New: r["new"]!.GetValue<int>(),
                Resolved: r["resolved"]!.GetValue<int>(), StillOpen: r["stillOpen"]!.GetValue<int>()))
            .OrderBy(x => x.Item1).ThenBy(x => x.Item2).ToList();
        Assert.Equal(expected, actual);
        Assert.All(reply.Body["rows"]!.AsArray(), r => Assert.Equal(0, r!["overdue"]!.GetValue<int>()));

        var (bytes, response) = await Raw($"/api/v1/reports/monthly?month={month}&kabupaten=35.17", "text/csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var rows = Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), ';');
        Assert.Equal(["Kode Kecamatan", "Kecamatan", "Kode Kategori", "Kategori PPKS", "Baru", "Selesai", "Masih Terbuka", "Terlambat"], rows[0]);
        Assert.Equal(actual.Count, rows.Count - 1);

        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get($"/api/v1/reports/monthly?month={now.AddMonths(1):yyyy-MM}&kabupaten=35.17")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get($"/api/v1/reports/monthly?month={month}")).Status);
    }
}
