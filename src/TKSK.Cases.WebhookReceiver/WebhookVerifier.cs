using System.Security.Cryptography;
using System.Text;

namespace TKSK.Cases.WebhookReceiver;

/// <summary>
/// For receivers built on the service's first signature scheme (the example receiver now uses Standard
/// Webhooks, Program.cs). Checks a TKSK.Cases webhook: X-TKSK-Signature must be "sha256=" + the lowercase hex HMAC-SHA256 of
/// X-TKSK-Timestamp + "." + the body exactly as received, keyed with the subscription's secret (its
/// UTF-8 bytes); and the timestamp must be recent, so that a recorded delivery cannot be played back
/// to you later. Compare in constant time, and verify the raw bytes before parsing any JSON.
/// </summary>
public static class WebhookVerifier
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static bool IsValid(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (timestamp is null || signature is null || !long.TryParse(timestamp, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance) return false;
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var n = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[n] = (byte)'.';
        body.CopyTo(signed.AsSpan(n + 1));
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }
}
