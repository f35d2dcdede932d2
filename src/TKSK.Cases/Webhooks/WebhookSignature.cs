using System.Security.Cryptography;
using System.Text;

namespace TKSK.Cases.Webhooks;

/// <summary>
/// The signatures every delivery carries, two schemes over the same body:
/// <list type="bullet">
/// <item>Standard Webhooks (<c>webhook-id</c>, <c>webhook-timestamp</c>, <c>webhook-signature: v1,&lt;base64&gt;</c>): HMAC-SHA256
/// keyed with the base64 decoding of what follows <c>whsec_</c>, over "id.timestamp.body", so that an agency verifies with
/// a maintained library in its own language.</item>
/// <item>Ours, kept for receivers built on it (<c>X-TKSK-Signature</c>): HMAC-SHA256 keyed with the secret's UTF-8 bytes
/// over the timestamp, a dot and the body; "sha256=" and lowercase hex.</item>
/// </list>
/// The timestamp is signed too, so a receiver that refuses old timestamps cannot be fed a recorded
/// delivery again later. docs/integration.md shows the receiver's side.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-TKSK-Signature", TimestampHeader = "X-TKSK-Timestamp",
        DeliveryHeader = "X-TKSK-Delivery", PositionHeader = "X-TKSK-Position", EventTypeHeader = "X-TKSK-Event-Type", AttemptHeader = "X-TKSK-Attempt";
    public const string StandardId = "webhook-id", StandardTimestamp = "webhook-timestamp", StandardSignature = "webhook-signature";
    private const string SecretPrefix = "whsec_";

    /// <summary>"v1,&lt;base64 HMAC&gt;" as Standard Webhooks defines it. Secrets issued before (64 hex digits) are valid base64 too.</summary>
    public static string SignStandard(string secret, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var n = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[n] = (byte)'.';
        body.CopyTo(signed.AsSpan(n + 1));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>A new secret: 256 random bits in base64 after "whsec_" (the Standard Webhooks form), shown once when the subscription is made.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

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
