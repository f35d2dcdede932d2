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

    /// <summary>Why this URL may not receive webhooks, or null. DNS names are resolved; one that does not resolve (yet) is let through.</summary>
    public static async Task<string?> RefusalAsync(string url, bool allowInternal, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return "must be an absolute http or https URL";
        if (uri.UserInfo.Length > 0) return "must not hold a user name or password (the signature is the proof)";
        if (allowInternal) return null;
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
