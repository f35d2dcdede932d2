using System.Threading.Channels;
using Marten;
using TKSK.Cases.Access;

namespace TKSK.Cases.Audit;

/// <summary>
/// Records a person's read of a case before it is answered, as the law asks, with reads arriving together sharing one
/// INSERT (group commit): while one batch is written, the reads that arrive queue up and go in the next, so a read still
/// waits for its own row but a busy service makes one round trip and one commit per batch instead of per read. Nothing is
/// held back on a quiet service: a read that finds no batch under way is written at once. If the INSERT fails, every read
/// of that batch fails (nothing is answered unrecorded).
/// </summary>
public sealed class AccessLogWriter(IDocumentStore store)
{
    private const int MostPerBatch = 200;
    private readonly Channel<(AccessLogEntry Entry, TaskCompletionSource Recorded)> _waiting =
        Channel.CreateUnbounded<(AccessLogEntry, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    // 1 while a writer runs; at most one does, so that batches form behind it.
    private int _writing;

    public Task RecordAsync(Actor actor, Guid referralId, string number, string what, DateTimeOffset now, CancellationToken ct)
    {
        var recorded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Writer.TryWrite((AccessLog.Entry(actor, referralId, number, what, now), recorded));
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0) _ = Task.Run(WriteAsync, CancellationToken.None);
        // A read whose caller went away may still be recorded: recorded and not answered is the safe side.
        return recorded.Task.WaitAsync(ct);
    }

    private async Task WriteAsync()
    {
        var batch = new List<(AccessLogEntry Entry, TaskCompletionSource Recorded)>(MostPerBatch);
        while (true)
        {
            batch.Clear();
            while (batch.Count < MostPerBatch && _waiting.Reader.TryRead(out var next)) batch.Add(next);
            if (batch.Count == 0)
            {
                Volatile.Write(ref _writing, 0);
                // A read queued after the last TryRead and before the release found a writer running: take it over.
                if (!_waiting.Reader.TryPeek(out _) || Interlocked.CompareExchange(ref _writing, 1, 0) != 0) return;
                continue;
            }
            try
            {
                await AccessLog.RecordAsync(store, [.. batch.Select(b => b.Entry)], CancellationToken.None);
                foreach (var (_, recorded) in batch) recorded.TrySetResult();
            }
            catch (Exception e)
            {
                foreach (var (_, recorded) in batch) recorded.TrySetException(e);
            }
        }
    }
}
