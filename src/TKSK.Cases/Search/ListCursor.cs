using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace TKSK.Cases.Search;

/// <summary>
/// Where a keyset page ends: the last case's receivedAt and id, and the direction they were listed in, so that the
/// next page starts right after it whatever was added or changed meanwhile (a page number would shift). Opaque to
/// clients: base64url of "r|-|ticks|id" (or "r|+|…" for sort=receivedAt). Only receivedAt orders are keyset-paged:
/// it is the order an index gives; urgency and dueAt change while a case is worked, so a cursor on them would skip.
/// </summary>
public sealed record ListCursor(bool Descending, DateTimeOffset ReceivedAt, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
        $"r|{(Descending ? '-' : '+')}|{ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Id:N}"));

    public static ListCursor? Decode(string value)
    {
        if (value.Length > 100) return null;
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(value); }
        catch (FormatException) { return null; }
        var parts = Encoding.ASCII.GetString(bytes).Split('|');
        if (parts is not ["r", "-" or "+", var ticks, var id]) return null;
        if (!long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t < DateTimeOffset.MinValue.UtcTicks || t > DateTimeOffset.MaxValue.UtcTicks) return null;
        if (!Guid.TryParseExact(id, "N", out var guid)) return null;
        return new ListCursor(parts[1] == "-", new DateTimeOffset(t, TimeSpan.Zero), guid);
    }
}
