using System.Net;
using System.Net.Sockets;

namespace TKSK.Cases.Webhooks;

/// <summary>
/// Where webhooks may go. Outside Development, never to loopback, private, link-local or otherwise
/// internal addresses: a subscription must not become a way to make the service call into its own
/// network (the database, the cloud's metadata service at 169.254.169.254). Checked when the
/// subscription is made, and again on every connection, after DNS, so that a name that later
/// resolves to an internal address (DNS rebinding) is refused too.
/// </summary>
public static class WebhookTargets
{
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        // IPv6 forms that carry an IPv4 address reach that address (through a NAT64 gateway, a 6to4 relay, or
        // directly for the old IPv4-compatible form): judge them by the address they carry.
        if (EmbeddedIPv4(address) is { } carried) return IsInternal(carried);
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127
               || (b[0] == 172 && b[1] is >= 16 and <= 31)
               || (b[0] == 192 && b[1] == 168)
               || (b[0] == 169 && b[1] == 254)
               // Carrier-grade NAT, shared with the provider's own network.
               || (b[0] == 100 && b[1] is >= 64 and <= 127)
               || b[0] >= 224;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return null;
        var b = address.GetAddressBytes();
        // 64:ff9b::/96 (well-known NAT64) and 64:ff9b:1::/48 (local NAT64): the last 32 bits.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && (b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0 || (b[4] == 0 && b[5] == 1)))
            return new IPAddress(b.AsSpan(12, 4));
        // 2002::/16 (6to4): bits 16–47.
        if (b[0] == 0x20 && b[1] == 0x02) return new IPAddress(b.AsSpan(2, 4));
        // ::a.b.c.d (IPv4-compatible, deprecated but still parsed); :: and ::1 are judged as they are.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1))
            return new IPAddress(b.AsSpan(12, 4));
        return null;
    }

    /// <summary>Why this URL may not receive webhooks, or null. DNS names are resolved; one that does not resolve (yet) is let through.</summary>
    public static async Task<string?> RefusalAsync(string url, bool allowInternal, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return "must be an absolute http or https URL";
        if (uri.UserInfo.Length > 0) return "must not hold a user name or password (the signature is the proof)";
        if (allowInternal) return null;
        // Personal data travels in the body: outside Development never in clear text.
        if (uri.Scheme != "https") return "must be https";
        if (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return "must not point at this machine (loopback)";
        IPAddress[] addresses;
        if (IPAddress.TryParse(uri.DnsSafeHost, out var literal)) addresses = [literal];
        else
            try { addresses = await Dns.GetHostAddressesAsync(uri.DnsSafeHost, ct); }
            catch (SocketException) { return null; }
        return addresses.Any(IsInternal) ? "must not point at a loopback, private or link-local address" : null;
    }

    /// <summary>Connects only to addresses that may receive webhooks (outside Development).</summary>
    public static SocketsHttpHandler Handler(bool allowInternal) => new()
    {
        AllowAutoRedirect = false,
        // A proxy from the environment (HTTPS_PROXY) would connect for us, past the address check below.
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var allowed = allowInternal ? addresses : addresses.Where(a => !IsInternal(a)).ToArray();
            if (allowed.Length == 0) throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to internal addresses: refused.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
