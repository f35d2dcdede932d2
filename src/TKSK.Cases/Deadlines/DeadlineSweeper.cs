using TKSK.Cases.Access;
using TKSK.Cases.Infrastructure.Storage;
using Wolverine;
using TKSK.Cases.Cluster;

namespace TKSK.Cases.Deadlines;

/// <summary>"Deadlines": how often the sweeper looks for due checks, how many it takes at once, how long a claim holds.</summary>
public sealed class SweeperOptions
{
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromSeconds(5);
    public int Batch { get; set; } = 50;
    /// <summary>Far longer than a check takes: only a node that died mid-check leaves one to be taken again.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Runs the checks that are due (<see cref="DeadlineChecks"/>) through the same handler the scheduled messages
/// used (<see cref="DeadlineDueHandler"/>): a check fires at most one sweep late, after a crash or restart too.
/// A Wolverine agent (<c>deadline-sweeper://</c>): the cluster's leader runs it on one node and moves it when that
/// node dies. While it moves two nodes may sweep for a moment; each check still fires once, because a sweep
/// claims its rows (FOR UPDATE SKIP LOCKED) before running them.
/// </summary>
public sealed class DeadlineSweeper(DeadlineChecks checks, IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<SweeperOptions> options, ILogger<DeadlineSweeper> logger)
    : LoopAgent(AgentScheme)
{
    public const string AgentScheme = "deadline-sweeper";
    private static readonly Actor Deadlines = Actor.System("deadlines");

    // A check in flight when the agent stops is cut off and left claimed: taken again when its claim runs out.
    protected override async Task RunAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        while (!stopping.IsCancellationRequested)
        {
            // A database outage or a failing check costs a sweep, never the service (an escaping exception stops the host).
            try
            {
                // A full batch means more may be due: sweep again at once.
                while (await SweepAsync(settings, stopping) == settings.Batch) { }
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                if (DatabaseOutage.IsOutage(e)) logger.LogDebug(e, "Deadline checks not read this time: the database is not reachable");
                else logger.LogWarning(e, "Deadline checks not read this time");
            }
            try { await Task.Delay(settings.SweepEvery, stopping); }
            catch (OperationCanceledException) { break; }
        }
    }

    private async Task<int> SweepAsync(SweeperOptions settings, CancellationToken stopping)
    {
        var due = await checks.ClaimAsync(settings.Batch, settings.ClaimFor, stopping);
        foreach (var check in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            try
            {
                await bus.InvokeAsync(new DeadlineDue(check.ReferralId, check.DeadlineId, check.Stage) { Actor = Deadlines, CheckId = check.Id }, stopping);
            }
            // Left claimed: taken again when the claim runs out, the others in the batch go on.
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                logger.LogWarning(e, "Deadline check {Check} ({Stage}) of referral {ReferralId} failed; retried after {ClaimFor}", check.Id, check.Stage, check.ReferralId, settings.ClaimFor);
            }
        }
        return due.Count;
    }
}
