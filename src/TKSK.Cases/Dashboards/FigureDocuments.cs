namespace TKSK.Cases.Dashboards;

/// <summary>
/// Counters, each named "what.value" (status.received, category.odha, pasung.freed …): adding a figure is
/// adding a name, not a column. A counter that reaches zero is removed, so the same events give the same
/// documents however they were batched (live or rebuilt).
/// </summary>
public abstract class Figures
{
    public string Id { get; set; } = "";
    public Dictionary<string, long> Counts { get; set; } = new(StringComparer.Ordinal);

    public long this[string counter] => Counts.GetValueOrDefault(counter);

    /// <summary>The counters that start with <paramref name="prefix"/> ("status."), by what follows it.</summary>
    public Dictionary<string, long> Group(string prefix) =>
        Counts.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key[prefix.Length..], c => c.Value);

    public void Add(string counter, long amount)
    {
        var value = Counts.GetValueOrDefault(counter) + amount;
        if (value == 0) Counts.Remove(counter);
        else Counts[counter] = value;
    }
}

/// <summary>Today's figures of one region (province 35, kabupaten 35.78 or kecamatan 35.78.01): what every referral in it is now.</summary>
public sealed class RegionFigures : Figures
{
    public int Level { get; set; }
    public string? ParentCode { get; set; }
}

/// <summary>
/// What happened in one region in one WIB month: intake by category and channel ("new.", "channel."), resolutions
/// ("resolved."), and the change in open and overdue cases by category ("open.", "overdue."), so that the cases still
/// open at the end of any month are the sum of the changes up to it.
/// </summary>
public sealed class MonthlyFigures : Figures
{
    public string Month { get; set; } = "";
    public int MonthIndex { get; set; }
    public string RegionCode { get; set; } = "";
    public string? ParentCode { get; set; }
    public int Level { get; set; }
}

/// <summary>Today's figures of one TKSK: open, overdue and follow-ups due of the cases assigned to them.</summary>
public sealed class CoordinatorFigures : Figures
{
    public Guid CoordinatorId { get; set; }
}

/// <summary>What one TKSK resolved on one WIB day: the "last 30 days" are 30 of these rows, whatever the history.</summary>
public sealed class CoordinatorDayFigures : Figures
{
    public Guid CoordinatorId { get; set; }
    /// <summary>Days since 0001-01-01 (DateOnly.DayNumber) of the WIB day.</summary>
    public int Day { get; set; }
}

/// <summary>
/// The SLA stages of the referrals received in one region (a kabupaten or a kecamatan) on one WIB day, as they
/// stand now (<see cref="SlaHistograms"/>): the dashboard reads one of these per day and region, whatever the history.
/// </summary>
public sealed class SlaFigures : Figures
{
    /// <summary>Days since 0001-01-01 (DateOnly.DayNumber) of the WIB day of intake.</summary>
    public int Day { get; set; }
    public string RegionCode { get; set; } = "";
    public string? ParentCode { get; set; }
}

/// <summary>
/// Present once <see cref="SlaFigures"/> hold every referral the projection has seen: a store from before they
/// existed gets them computed from its <see cref="ReferralFacts"/> on the projection's next page, with no rebuild.
/// </summary>
public sealed class SlaFiguresComplete
{
    public const string Key = "sla";
    public string Id { get; set; } = Key;
    public DateTimeOffset Since { get; set; }
}
