using Marten;

namespace TKSK.Cases.Casework;

/// <summary>
/// Keeps the checks a change asks for later (a deadline's reminder, its breach) in the change's own unit of work, so
/// they are stored with the events or not at all. Implemented by Deadlines/DeadlineChecks, which also runs them.
/// </summary>
public interface ILaterChecks
{
    void Add(IDocumentSession session, IReadOnlyList<(object Message, DateTimeOffset At)> checks);
}
