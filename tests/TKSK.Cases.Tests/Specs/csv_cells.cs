using System.Text;
using TKSK.Cases.Infrastructure.Csv;

namespace TKSK.Cases.Tests.Specs;

/// <summary>An exported cell is text, never a formula a spreadsheet would run.</summary>
public sealed class csv_cells
{
    private static async Task<string> Row(params string?[] fields)
    {
        using var stream = new MemoryStream();
        await using (var csv = new CsvWriter(stream, ';')) await csv.RowAsync(fields);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').TrimEnd('\r', '\n');
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-12", "-12")]
    [InlineData("Pak S", "Pak S")]
    public async Task a_cell_that_would_start_a_formula_is_written_as_text(string value, string written) =>
        Assert.Equal(written, await Row(value));
}
