using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace TKSK.Cases.Tests.Support;

/// <summary>
/// A loopback TCP relay between one node and PostgreSQL that a test can cut: <see cref="Cut"/> closes every open
/// connection and refuses new ones (the node's connections fail at once, as on a broken link or a firewall's reset),
/// <see cref="Restore"/> lets them through again. The database and the other nodes do not notice.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _target;
    private readonly ConcurrentDictionary<TcpClient, TcpClient> _links = new();
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _cut;

    public TcpProxy(int targetPort)
    {
        _target = targetPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public bool IsCut => _cut;

    public void Cut()
    {
        _cut = true;
        foreach (var (a, b) in _links) Close(a, b);
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try { inbound = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            _ = RelayAsync(inbound);
        }
    }

    private async Task RelayAsync(TcpClient inbound)
    {
        if (_cut) { inbound.Dispose(); return; }
        var outbound = new TcpClient { NoDelay = true };
        inbound.NoDelay = true;
        try { await outbound.ConnectAsync(IPAddress.Loopback, _target, _stop.Token); }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            Close(inbound, outbound);
            return;
        }
        _links[inbound] = outbound;
        // Whichever side ends (or a cut closes both), the other is closed too.
        await Task.WhenAny(PumpAsync(inbound, outbound), PumpAsync(outbound, inbound));
        Close(inbound, outbound);
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try { await from.GetStream().CopyToAsync(to.GetStream()); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or SocketException) { }
    }

    private void Close(TcpClient a, TcpClient b)
    {
        _links.TryRemove(a, out _);
        // A reset, not a graceful end: what a node sees when the path to its database breaks.
        foreach (var client in new[] { a, b })
        {
            try { client.Client.LingerState = new LingerOption(true, 0); } catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
            client.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        Cut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
