namespace TKSK.Cases.Webhooks;

/// <summary>
/// How webhooks are delivered ("Webhooks" in configuration). A failed delivery is tried again after
/// each pause in turn, then after the last pause again and again, until <see cref="GiveUpAfter"/> has
/// passed since its first failure; then it is kept as failed until someone retries it. Meanwhile the
/// subscription's later events wait: a receiver never gets them out of order.
/// </summary>
public sealed class WebhookPolicy
{
    /// <summary>Pauses between attempts. (Not initialised here: the configuration binder would add configured pauses to the defaults.)</summary>
    public TimeSpan[]? Retries { get; set; }
    /// <summary>A receiver that is down for a day must still get everything: three days before a delivery is left to a person.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);
    /// <summary>How often new events are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a receiver may take to answer one delivery.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Subscriptions delivered to at the same time (each one in order, one event at a time), shared fairly among their owners.</summary>
    public int Concurrency { get; set; } = 16;
    /// <summary>Subscriptions one owner (an API key, a person) may have open: one agency cannot take every delivery slot.</summary>
    public int MaxSubscriptionsPerOwner { get; set; } = 10;
    /// <summary>How far back a replay may reach: the events of this last stretch of time.</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromDays(30);
    /// <summary>
    /// A subscription made by a person (a province admin's token) ends this long after it was made or last renewed: the
    /// service keeps no user store to see that the person left. Agencies' feeds use API keys, which do not expire.
    /// </summary>
    public TimeSpan PersonSubscriptionLifetime { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan[] RetryDelays => Retries is { Length: > 0 } configured ? configured
        : [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];

    /// <summary>The pause after the given failed attempt (1, 2, …): the last pause repeats.</summary>
    public TimeSpan DelayAfter(int attempt) => RetryDelays[Math.Min(attempt, RetryDelays.Length) - 1];
}
