namespace TKSK.Cases.EmbeddedPostgres;

/// <summary>
/// A start-up condition the user can fix, told in one sentence: what is wrong and what to do.
/// The service prints the message alone (no stack trace) and exits with code 1.
/// </summary>
public sealed class StartupFailure(string message) : Exception(message);
