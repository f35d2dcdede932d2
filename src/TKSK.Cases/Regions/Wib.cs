using System.Globalization;

namespace TKSK.Cases.Regions;

/// <summary>
/// East Java's own time, WIB (UTC+7, no daylight saving): every date, day and month a person asks
/// for or reads (filters, dashboards, recaps, case numbers, a step due "by the end of its day") is a
/// WIB one. The only place the offset is written.
/// </summary>
public static class Wib
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The last second of a day in East Java.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 59, 59)), Offset);

    public static int YearOf(DateTimeOffset at) => at.ToOffset(Offset).Year;

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>"2026-11": the WIB month of an instant.</summary>
    public static string MonthOf(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Months counted from year 0, so that months compare and subtract as numbers.</summary>
    public static int MonthIndex(string month) => int.Parse(month[..4], CultureInfo.InvariantCulture) * 12 + int.Parse(month[5..7], CultureInfo.InvariantCulture) - 1;

    public static string MonthName(int index) => $"{index / 12:D4}-{index % 12 + 1:D2}";

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryParseMonth(string? text, out string month)
    {
        month = "";
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return false;
        month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return true;
    }

    public static DateTimeOffset StartOfMonth(string month) => StartOf(DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
