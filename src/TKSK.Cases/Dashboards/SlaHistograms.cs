using System.Globalization;
using TKSK.Cases.Regions;

namespace TKSK.Cases.Dashboards;

/// <summary>
/// The SLA dashboard's figures as they stand now, kept as counters per WIB day of intake and region
/// (<see cref="SlaFigures"/>) so that the dashboard reads a few documents per day instead of a row per case.
/// A completed stage counts in a bucket of its duration, <c>done|stage|urgency|upper-minutes</c>; a stage still
/// open counts by the minute it started, <c>open|stage|urgency|unix-minute</c>, because its time grows until it ends.
/// Bucket widths: 1 minute up to 2 hours, 5 minutes up to 24 hours, 1 hour up to 30 days, 1 day beyond. Every
/// shipped SLA target is a whole hour, on a bucket edge, so breaches are counted exactly.
/// </summary>
public static class SlaHistograms
{
    public const string Method =
        "From duration buckets kept per day and region: linear interpolation between the two nearest ranks as in " +
        "percentile_cont (p × (n − 1); Excel PERCENTILE.INC, R type 7), each duration placed evenly within its bucket. " +
        "Error at most the width of the bucket the percentile falls in: 1 minute up to 2 hours, 5 minutes up to 24 hours, " +
        "1 hour up to 30 days, 1 day beyond. Breaches are exact for targets on a bucket edge (every whole hour up to 30 days). " +
        "Durations in hours; a stage still open counts with its time so far (to the minute).";

    private const long MinuteTicks = TimeSpan.TicksPerMinute;

    /// <summary>Upper edge, in minutes, of the bucket holding a duration (edges included: a bucket is (lower, upper]); 0 for none or less.</summary>
    public static long UpperMinutes(TimeSpan duration)
    {
        if (duration.Ticks <= 0) return 0;
        var minutes = (duration.Ticks + MinuteTicks - 1) / MinuteTicks;
        var width = WidthBelow(minutes);
        return (minutes + width - 1) / width * width;
    }

    /// <summary>The width of the bucket whose upper edge (or any duration in it, in whole minutes rounded up) is <paramref name="minutes"/>.</summary>
    public static long WidthBelow(long minutes) => minutes switch
    {
        <= 120 => 1,
        <= 24 * 60 => 5,
        <= 30 * 24 * 60 => 60,
        _ => 24 * 60,
    };

    /// <summary>The four stages of one referral as it stands: urgency, start and end (null while open).</summary>
    public static IEnumerable<(string Stage, string Urgency, DateTimeOffset Started, DateTimeOffset? Ended)> Stages(ReferralFacts f)
    {
        yield return (SlaTargets.Desk, f.IntakeUrgency, f.ReceivedAt, f.DeskAt);
        if (f.FirstAssignedAt is { } assigned) yield return (SlaTargets.Acceptance, f.Urgency, assigned, f.FirstAcceptedAt);
        if (f.FirstAcceptedAt is not { } accepted) yield break;
        yield return (SlaTargets.FirstVisit, f.Urgency, accepted, f.FirstVisitKnownAt is null ? null : f.FirstVisitAt);
        yield return (SlaTargets.Resolution, f.Urgency, accepted, f.FirstResolvedAt);
    }

    /// <summary>What one referral counts for: (document id, counter), in its kabupaten's and its kecamatan's document of its intake day.</summary>
    public static IEnumerable<(string Document, string Counter)> Contribution(ReferralFacts f)
    {
        var day = Wib.DayOf(f.ReceivedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (stage, urgency, started, ended) in Stages(f))
        {
            var counter = ended is { } end
                ? string.Create(CultureInfo.InvariantCulture, $"done|{stage}|{urgency}|{UpperMinutes(end - started)}")
                : string.Create(CultureInfo.InvariantCulture, $"open|{stage}|{urgency}|{started.ToUnixTimeSeconds() / 60}");
            yield return ($"{day}|{f.KabupatenCode}", counter);
            yield return ($"{day}|{f.KecamatanCode}", counter);
        }
    }

    /// <summary>Whether two states of a referral count the same here (most events change nothing the SLA figures read).</summary>
    public static bool SameFigures(ReferralFacts? a, ReferralFacts b) => a is not null
        && (a.KabupatenCode, a.KecamatanCode, a.ReceivedAt, a.IntakeUrgency, a.Urgency, a.DeskAt, a.FirstAssignedAt, a.FirstAcceptedAt, a.FirstVisitAt, a.FirstVisitKnownAt, a.FirstResolvedAt)
        == (b.KabupatenCode, b.KecamatanCode, b.ReceivedAt, b.IntakeUrgency, b.Urgency, b.DeskAt, b.FirstAssignedAt, b.FirstAcceptedAt, b.FirstVisitAt, b.FirstVisitKnownAt, b.FirstResolvedAt);

    /// <summary>A run of durations in hours, spread evenly over [Lower, Upper] (a point when equal).</summary>
    private readonly record struct Run(double Lower, double Upper, long Count, double Target);

    /// <summary>One stage's figures at <paramref name="now"/> from the summed counters of that stage (<c>done|stage|…</c>, <c>open|stage|…</c>).</summary>
    public static SlaStage Figures(string stage, IEnumerable<KeyValuePair<string, long>> counters, IReadOnlyDictionary<string, double> targetHours, DateTimeOffset now)
    {
        var runs = new List<Run>();
        long open = 0;
        foreach (var (key, count) in counters)
        {
            if (count <= 0) continue;
            var parts = key.Split('|');
            var target = targetHours.GetValueOrDefault(parts[2], double.PositiveInfinity);
            var value = long.Parse(parts[3], CultureInfo.InvariantCulture);
            if (parts[0] == "open")
            {
                // Started some time in that minute: counted from its middle.
                var hours = Math.Max(0, (now - DateTimeOffset.FromUnixTimeMilliseconds(value * 60_000 + 30_000)).TotalHours);
                runs.Add(new(hours, hours, count, target));
                open += count;
            }
            else
            {
                var upper = value / 60.0;
                runs.Add(new(value == 0 ? 0 : (value - WidthBelow(value)) / 60.0, upper, count, target));
            }
        }
        runs.Sort((a, b) => (a.Lower + a.Upper).CompareTo(b.Lower + b.Upper));
        var total = runs.Sum(r => r.Count);
        return new SlaStage(stage, total, open, Percentile(runs, total, 0.5), Percentile(runs, total, 0.9), runs.Sum(Breaches), new Dictionary<string, double>(targetHours));
    }

    private static long Breaches(Run r)
    {
        if (r.Lower >= r.Target) return r.Lower == r.Upper && r.Lower == r.Target ? 0 : r.Count;
        if (r.Upper <= r.Target) return 0;
        // A target inside a bucket (not one of the shipped ones): the share of the bucket above it.
        return (long)Math.Round(r.Count * (r.Upper - r.Target) / (r.Upper - r.Lower));
    }

    private static double? Percentile(List<Run> runs, long total, double p)
    {
        if (total == 0) return null;
        var position = p * (total - 1);
        var lower = (long)Math.Floor(position);
        var a = ValueAt(runs, lower);
        var b = ValueAt(runs, Math.Min(lower + 1, total - 1));
        return Math.Round(a + (position - lower) * (b - a), 4);
    }

    /// <summary>The rank-th duration (from 0), taking a run's durations as spread evenly over its bucket.</summary>
    private static double ValueAt(List<Run> runs, long rank)
    {
        foreach (var r in runs)
        {
            if (rank < r.Count) return r.Lower + (r.Upper - r.Lower) * (rank + 0.5) / r.Count;
            rank -= r.Count;
        }
        return runs[^1].Upper;
    }
}
