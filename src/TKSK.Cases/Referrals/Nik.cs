namespace TKSK.Cases.Referrals;

/// <summary>
/// The 16-digit national identity number: digits 1–6 the region of registration, 7–12 the birth
/// date DDMMYY (women add 40 to the day), 13–16 a serial. Personal data: never log it in full.
/// </summary>
public static class Nik
{
    public static bool IsPlausible(string nik)
    {
        if (nik.Length != 16 || !nik.All(char.IsAsciiDigit)) return false;
        var day = int.Parse(nik.AsSpan(6, 2));
        var month = int.Parse(nik.AsSpan(8, 2));
        if (day > 40) day -= 40;
        // A leap year, so that 29 February is accepted: the century is not in the number.
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month)
            && nik[..2] != "00" && nik[12..] != "0000";
    }
}
