using System.Security.Cryptography;
using System.Text;

namespace TKSK.Cases.Webhooks;

/// <summary>
/// The signature every delivery carries: HMAC-SHA256, keyed with the subscription's secret (its UTF-8
/// bytes), over the timestamp, a dot and the body exactly as sent; "sha256=" and lowercase hex.
/// The timestamp is signed too, so a receiver that refuses old timestamps cannot be fed a recorded
/// delivery again later. README (Webhooks) shows the receiver's side.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-TKSK-Signature", TimestampHeader = "X-TKSK-Timestamp",
        DeliveryHeader = "X-TKSK-Delivery", PositionHeader = "X-TKSK-Position", EventTypeHeader = "X-TKSK-Event-Type", AttemptHeader = "X-TKSK-Attempt";

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var n = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[n] = (byte)'.';
        body.CopyTo(signed.AsSpan(n + 1));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>A new secret: 256 random bits, shown once when the subscription is made.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// The delivery id: the same for every attempt at one event of one subscription, so a receiver can drop
    /// repeats; a replay is a new generation, so a replayed event comes with a new id and is processed again.
    /// </summary>
    public static Guid DeliveryId(Guid subscriptionId, int generation, long position)
    {
        Span<byte> input = stackalloc byte[16 + 4 + 8];
        subscriptionId.TryWriteBytes(input);
        BitConverter.TryWriteBytes(input[16..], generation);
        BitConverter.TryWriteBytes(input[20..], position);
        return new Guid(SHA256.HashData(input)[..16]);
    }
}
