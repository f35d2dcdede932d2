using Wolverine.Runtime.Agents;

namespace TKSK.Cases.Cluster;

/// <summary>
/// A Wolverine agent that runs on one node of the cluster and whose work is one loop (the deadline sweeper, the webhook
/// dispatcher): started off the caller's path when the leader assigns it here, cancelled and awaited when it is moved
/// away or the node stops.
/// </summary>
public abstract class LoopAgent(string scheme) : SingularAgent(scheme)
{
    private CancellationTokenSource? _stop;
    private Task? _loop;

    /// <summary>The agent's work, until <paramref name="stopping"/> is cancelled; must not end on its own by an exception.</summary>
    protected abstract Task RunAsync(CancellationToken stopping);

    protected sealed override Task startAsync(CancellationToken cancellationToken)
    {
        _stop = new CancellationTokenSource();
        // Off the caller's path: the agent counts as started while the loop runs.
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    protected sealed override async Task stopAsync(CancellationToken cancellationToken)
    {
        if (_stop is null || _loop is null) return;
        await _stop.CancelAsync();
        try { await _loop.WaitAsync(cancellationToken); } catch (OperationCanceledException) { }
        _stop.Dispose();
        (_stop, _loop) = (null, null);
    }
}
