namespace TKSK.Cases.Referrals;

/// <summary>
/// UU PDP erasure (<see cref="PersonalDataErased"/>): what is left of a case once every personal value
/// is blanked — who the subject and the reporter are, where exactly they live, and every free text, which
/// may name them. Codes, dates, region codes and the case's course stay: the figures still add up.
/// </summary>
public static class PersonalDataErasure
{
    public static Referral Blank(Referral s) => s with
    {
        SourceUrl = null,
        Reporter = new Reporter(null, null, s.Reporter.Anonymous),
        Subject = new Subject(null, null, s.Subject.Sex, s.Subject.ApproximateAge),
        Place = s.Place with { Address = null, Latitude = null, Longitude = null },
        Summary = "",
        DeskAssessment = s.DeskAssessment is { } d ? d with { Notes = null } : null,
        Visits = [.. s.Visits.Select(v => v with { Notes = null, Latitude = null, Longitude = null })],
        FieldAssessment = s.FieldAssessment is { } f ? f with { Findings = null } : null,
        Steps = [.. s.Steps.Select(st => st with { Notes = null })],
        Resolution = s.Resolution is { } r ? r with { Notes = null } : null,
        Closure = s.Closure is { } c ? c with { Notes = null } : null,
        Notes = [.. s.Notes.Select(n => n with { Text = "" })],
    };
}
