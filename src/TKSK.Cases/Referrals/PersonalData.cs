namespace TKSK.Cases.Referrals;

/// <summary>
/// The personal data in a referral, as Indonesia's Personal Data Protection Law (UU PDP, Law
/// 27/2022) sees it: names, NIK, phone numbers, the home's address and coordinates, and every free
/// text about the person (the report, notes, findings — health and family details are specific
/// personal data). Two uses: an agency sees it masked unless the referral records a basis for
/// sharing with that agency; and on a lawful request it is erased — from the case and from every
/// stored event — while the case keeps its codes, dates and statistics.
/// </summary>
public static class PersonalData
{
    /// <summary>What stands where a required text was erased.</summary>
    public const string Erased = "[dihapus]";

    /// <summary>The case with every personal value gone (the state after PersonalDataErased).</summary>
    public static Referral Erase(Referral s) => s with
    {
        SourceUrl = null,
        Reporter = Erase(s.Reporter),
        Subject = Erase(s.Subject),
        Place = Erase(s.Place),
        Summary = Erased,
        DeskAssessment = s.DeskAssessment is null ? null : s.DeskAssessment with { Notes = null },
        Visits = [.. s.Visits.Select(v => v with { Notes = null, Latitude = null, Longitude = null })],
        FieldAssessment = s.FieldAssessment is null ? null : s.FieldAssessment with { Findings = null },
        Steps = [.. s.Steps.Select(st => st with { Title = Erased, Notes = null })],
        Resolution = s.Resolution is null ? null : s.Resolution with { Notes = null },
        Closure = s.Closure is null ? null : s.Closure with { Notes = null },
        Notes = [.. s.Notes.Select(n => n with { Text = Erased })],
        SharingConsents = [.. s.SharingConsents.Select(c => c with { GivenBy = Erased, RevokeReason = c.RevokeReason is null ? null : Erased })],
        FollowUps = [.. s.FollowUps.Select(f => f with { Notes = null })],
    };

    private static Reporter Erase(Reporter r) => r with { Name = null, Phone = null };
    private static Subject Erase(Subject s) => s with { Name = null, Nik = null };
    private static Place Erase(Place p) => p with { Address = null, Latitude = null, Longitude = null };

    /// <summary>An event as erasure leaves it (itself when it holds no personal data): each event says how (<see cref="IHoldsPersonalData"/>).</summary>
    public static object MaskEvent(object data) => data is IHoldsPersonalData holder ? holder.Erased() : data;

    /// <summary>
    /// Whether an active basis for sharing with this agency is recorded. Bases name the agency by id; those
    /// recorded before agencies had ids name it by its (now unique) name.
    /// </summary>
    public static bool SharedWith(IEnumerable<SharingConsent> consents, Guid? agencyId, string agencyName) => consents.Any(c => c.Active &&
        (c.AgencyId is { } id ? id == agencyId : string.Equals(c.Agency.Trim(), agencyName.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The case as an agency sees it: NIK to its last 4 digits, names to initials (the TKSK's too), phones
    /// to their last 4 digits, and no health or family details (free texts, findings, needs, GPS, the
    /// institutions of steps, how a follow-up found the person, why an episode opened), no staff user ids
    /// and no links to other cases — unless an active basis for sharing with this agency is recorded, then
    /// the whole case. <paramref name="consentsNow"/>: the bases recorded now, which decide for a past view too.
    /// </summary>
    public static Referral ForAgency(Referral r, Guid? agencyId, string agencyName, IReadOnlyList<SharingConsent>? consentsNow = null)
    {
        if (SharedWith(consentsNow ?? r.SharingConsents, agencyId, agencyName)) return r;
        return r with
        {
            SourceUrl = null,
            Reporter = r.Reporter with { Name = Initials(r.Reporter.Name), Phone = LastDigits(r.Reporter.Phone) },
            Subject = r.Subject with { Name = Initials(r.Subject.Name), Nik = LastDigits(r.Subject.Nik) },
            Place = Erase(r.Place),
            Summary = "",
            PossibleDuplicates = [],
            Duplicates = [],
            DeskAssessment = r.DeskAssessment is null ? null : r.DeskAssessment with { Notes = null, By = null, DuplicateOf = null, DuplicateOfNumber = null },
            Assignment = r.Assignment is null ? null
                : r.Assignment with { CoordinatorName = Initials(r.Assignment.CoordinatorName)!, CoordinatorPhone = LastDigits(r.Assignment.CoordinatorPhone)! },
            Visits = [.. r.Visits.Select(v => v with { Notes = null, Latitude = null, Longitude = null, By = null })],
            FieldAssessment = null,
            Steps = [.. r.Steps.Select(st => st with { Title = "", Institution = null, Notes = null })],
            Resolution = r.Resolution is null ? null : r.Resolution with { Notes = null, By = null },
            Closure = r.Closure is null ? null : r.Closure with { Notes = null, By = null },
            Notes = [],
            SharingConsents = [],
            Episodes = [.. r.Episodes.Select(e => e with { Reason = null })],
            FollowUps = [.. r.FollowUps.Select(f => f with { Notes = null, SubjectStatus = null })],
        };
    }

    /// <summary>"Pak Sutrisno" → "P. S."</summary>
    public static string? Initials(string? name) => string.IsNullOrWhiteSpace(name) ? name
        : string.Join(" ", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + "."));

    /// <summary>"3578011204800001" → "************0001"; "+6281234567890" → "**********7890".</summary>
    public static string? LastDigits(string? value) => value is null || value.Length <= 4 ? value : new string('*', value.Length - 4) + value[^4..];
}
