using System.Text;

namespace TKSK.Cases.Infrastructure.Csv;

/// <summary>
/// CSV as Excel opens it here: UTF-8 with a byte-order mark (or Excel guesses a legacy code page and breaks
/// every accented name), ';' between fields by default — the list separator of Indonesian regional settings,
/// where ',' is the decimal separator — and ',' on request.
/// </summary>
public sealed class CsvWriter(Stream stream, char delimiter) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024) { NewLine = "\r\n" };

    /// <summary>"semicolon" (default) or "comma"; anything else is not a delimiter we write.</summary>
    public static bool TryParseDelimiter(string? text, out char delimiter)
    {
        delimiter = text switch { null or "" or "semicolon" or ";" => ';', "comma" or "," => ',', _ => '\0' };
        return delimiter != '\0';
    }

    public Task RowAsync(params string?[] fields) => _writer.WriteLineAsync(string.Join(delimiter, fields.Select(Field)));

    public Task FlushAsync() => _writer.FlushAsync();

    private string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // A field a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one) is written as text: CSV injection.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)) value = "'" + value;
        return value.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }
}
