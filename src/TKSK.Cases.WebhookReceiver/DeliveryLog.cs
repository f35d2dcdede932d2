namespace TKSK.Cases.WebhookReceiver;

/// <summary>
/// The delivery ids already processed, kept in a file so a restart still knows them. TKSK.Cases
/// delivers at least once: after a crash or a lost answer it sends the same event again with the
/// same delivery id, and this is where the repeat is dropped. In a real system, record the id in the
/// same database transaction as whatever the event changes.
/// </summary>
public sealed class DeliveryLog
{
    private readonly string _path;
    private readonly HashSet<Guid> _seen;
    private readonly Lock _lock = new();

    public DeliveryLog(string path)
    {
        _path = path;
        _seen = File.Exists(path) ? [.. File.ReadLines(path).Select(l => Guid.TryParse(l, out var id) ? id : Guid.Empty)] : [];
    }

    /// <summary>True the first time a delivery id is seen (and records it); false for a repeat.</summary>
    public bool FirstTime(Guid deliveryId)
    {
        lock (_lock)
        {
            if (!_seen.Add(deliveryId)) return false;
            File.AppendAllLines(_path, [deliveryId.ToString()]);
            return true;
        }
    }
}
