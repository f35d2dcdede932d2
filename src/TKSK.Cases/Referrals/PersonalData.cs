using Marten;

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

    /// <summary>Rewrites stored events the same way when a stream is masked (Marten's protected-information rules).</summary>
    public static void RegisterEventMasking(StoreOptions opts)
    {
        var events = opts.Events;
        events.AddMaskingRuleForProtectedInformation<ReferralReceived>(e => e with
        {
            SourceUrl = null, Reporter = Erase(e.Reporter), Subject = Erase(e.Subject), Place = Erase(e.Place), Summary = Erased,
        });
        events.AddMaskingRuleForProtectedInformation<ReferralAssessed>(e => e with { Notes = null });
        events.AddMaskingRuleForProtectedInformation<ReferralRejected>(e => e with { Notes = null });
        events.AddMaskingRuleForProtectedInformation<CoordinatorAssigned>(e => e with { Reason = e.Reason is null ? null : Erased });
        events.AddMaskingRuleForProtectedInformation<AssignmentDeclined>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<OutreachVisitRecorded>(e => e with { Notes = null, Latitude = null, Longitude = null });
        events.AddMaskingRuleForProtectedInformation<FieldAssessmentRecorded>(e => e with { Nik = null, Findings = null });
        events.AddMaskingRuleForProtectedInformation<InterventionStepAdded>(e => e with { Title = Erased });
        events.AddMaskingRuleForProtectedInformation<InterventionStepCompleted>(e => e with { Notes = null });
        events.AddMaskingRuleForProtectedInformation<InterventionStepCancelled>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<ReferralResolved>(e => e with { Notes = null });
        events.AddMaskingRuleForProtectedInformation<ResolutionApproved>(e => e with { Notes = null });
        events.AddMaskingRuleForProtectedInformation<ResolutionSentBack>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<ReferralReopened>(e => e with { Reason = Erased });
        events.AddMaskingRuleForProtectedInformation<NoteAdded>(e => e with { Text = Erased });
        events.AddMaskingRuleForProtectedInformation<SharingConsentRecorded>(e => e with { GivenBy = Erased });
        events.AddMaskingRuleForProtectedInformation<SharingConsentRevoked>(e => e with { Reason = Erased });
        // What a follow-up visit found (relapse, medication, family) is health data like a visit's notes.
        events.AddMaskingRuleForProtectedInformation<FollowUpRecorded>(e => e with { Notes = null });
    }

    /// <summary>
    /// The case as an agency sees it: NIK to its last 4 digits, names to initials, phones to their
    /// last 4 digits, and no health or family details (free texts, findings, needs, GPS) — unless an
    /// active basis for sharing with this agency is recorded, then the whole case.
    /// </summary>
    public static Referral ForAgency(Referral r, string agency)
    {
        if (r.SharingConsents.Any(c => c.Active && string.Equals(c.Agency, agency.Trim(), StringComparison.OrdinalIgnoreCase))) return r;
        return r with
        {
            SourceUrl = null,
            Reporter = r.Reporter with { Name = Initials(r.Reporter.Name), Phone = LastDigits(r.Reporter.Phone) },
            Subject = r.Subject with { Name = Initials(r.Subject.Name), Nik = LastDigits(r.Subject.Nik) },
            Place = Erase(r.Place),
            Summary = "",
            PossibleDuplicates = [],
            DeskAssessment = r.DeskAssessment is null ? null : r.DeskAssessment with { Notes = null },
            Visits = [.. r.Visits.Select(v => v with { Notes = null, Latitude = null, Longitude = null })],
            FieldAssessment = null,
            Steps = [.. r.Steps.Select(st => st with { Title = "", Notes = null })],
            Resolution = r.Resolution is null ? null : r.Resolution with { Notes = null },
            Closure = r.Closure is null ? null : r.Closure with { Notes = null },
            Notes = [],
            SharingConsents = [],
            FollowUps = [.. r.FollowUps.Select(f => f with { Notes = null })],
        };
    }

    /// <summary>"Pak Sutrisno" → "P. S."</summary>
    public static string? Initials(string? name) => string.IsNullOrWhiteSpace(name) ? name
        : string.Join(" ", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + "."));

    /// <summary>"3578011204800001" → "************0001"; "+6281234567890" → "**********7890".</summary>
    public static string? LastDigits(string? value) => value is null || value.Length <= 4 ? value : new string('*', value.Length - 4) + value[^4..];
}
