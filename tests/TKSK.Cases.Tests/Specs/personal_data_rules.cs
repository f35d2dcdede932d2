using TKSK.Cases.Referrals;
using Referrals = TKSK.Cases.Referrals;
using static TKSK.Cases.Tests.Specs.ReferralStories;

namespace TKSK.Cases.Tests.Specs;

/// <summary>What a follow-up visit found is health data: erased on request, hidden from agencies without a basis.</summary>
public sealed class personal_data_rules
{
    private static readonly Referral FollowedUp = Given(Closed()) with
    {
        FollowUps = [new FollowUp(Guid.NewGuid(), 1, T0.AddDays(30), T0.AddDays(29), SubjectStatus.Stable, T0.AddDays(29), "Masih minum obat dari RSJ, keluarga mendukung")],
    };

    [Fact]
    public void erasure_removes_what_a_follow_up_visit_found()
    {
        var erased = PersonalData.Erase(FollowedUp);
        Assert.Null(Assert.Single(erased.FollowUps).Notes);
        Assert.Equal(SubjectStatus.Stable, erased.FollowUps[0].SubjectStatus);
    }

    private static readonly Guid Rsj = Guid.NewGuid(), OtherRsj = Guid.NewGuid();

    private static SharingConsent Basis(Guid? agencyId, string agency = "RSJ Menur Surabaya") =>
        new(Guid.NewGuid(), agency, SharingBasis.SubjectConsent, "Pak S", T0, T0, "operator-1", AgencyId: agencyId);

    [Fact]
    public void an_agency_without_a_basis_does_not_see_how_a_follow_up_found_the_person()
    {
        var followUp = Assert.Single(PersonalData.ForAgency(FollowedUp, Rsj, "RSJ Menur Surabaya").FollowUps);
        Assert.Null(followUp.Notes);
        Assert.Null(followUp.SubjectStatus);
        var shared = FollowedUp with { SharingConsents = [Basis(Rsj)] };
        Assert.NotNull(Assert.Single(PersonalData.ForAgency(shared, Rsj, "RSJ Menur Surabaya").FollowUps).Notes);
    }

    [Fact]
    public void a_basis_names_the_agency_by_id_so_another_agency_of_a_similar_name_gets_nothing()
    {
        var shared = FollowedUp with { SharingConsents = [Basis(Rsj)] };
        Assert.True(PersonalData.SharedWith(shared.SharingConsents, Rsj, "whatever the key says"));
        Assert.False(PersonalData.SharedWith(shared.SharingConsents, OtherRsj, "RSJ Menur Surabaya"));
    }

    [Fact]
    public void a_basis_recorded_before_agencies_had_ids_holds_for_the_agency_of_that_name()
    {
        var legacy = FollowedUp with { SharingConsents = [Basis(null, "RSJ Menur Surabaya")] };
        Assert.True(PersonalData.SharedWith(legacy.SharingConsents, Rsj, "rsj menur surabaya"));
        Assert.False(PersonalData.SharedWith(legacy.SharingConsents, OtherRsj, "Dinsos Kota Surabaya"));
    }

    [Fact]
    public void a_revoked_basis_holds_for_nobody()
    {
        var revoked = FollowedUp with { SharingConsents = [Basis(Rsj) with { RevokedAt = T0.AddDays(1) }] };
        Assert.False(PersonalData.SharedWith(revoked.SharingConsents, Rsj, "RSJ Menur Surabaya"));
    }

    [Fact]
    public void an_agency_without_a_basis_sees_no_staff_ids_institutions_episode_reasons_or_the_tksks_contact()
    {
        var worked = FollowedUp with
        {
            Assignment = new Referrals.Assignment(Guid.NewGuid(), "Agus Santoso", "+6281298765432", "35.78.01", T0, true, T0),
            Steps = [new InterventionStep(Guid.NewGuid(), StepKind.PsychiatricTreatment, "Rawat inap", "RSJ Menur Surabaya", null, StepStatus.Planned, T0, null, null, null, null)],
            Resolution = new Referrals.Resolution(Outcome.FreedAndTreated, "Sudah dilepas", T0, "tksk-agus"),
            Episodes = [new Episode(1, T0, null, T0.AddDays(3), Outcome.FreedAndTreated), new Episode(2, T0.AddDays(40), "Kambuh, dipasung lagi")],
        };
        var masked = PersonalData.ForAgency(worked, Rsj, "RSJ Menur Surabaya");
        Assert.Equal("A. S.", masked.Assignment!.CoordinatorName);
        Assert.Equal("**********5432", masked.Assignment.CoordinatorPhone);
        Assert.Null(masked.Steps[0].Institution);
        Assert.Equal(StepKind.PsychiatricTreatment, masked.Steps[0].Kind);
        Assert.Null(masked.Resolution!.By);
        Assert.Null(masked.Resolution.Notes);
        Assert.All(masked.Episodes, e => Assert.Null(e.Reason));
    }

    [Fact]
    public void erasure_masks_every_event_that_holds_personal_data_the_same_way_stored_and_read()
    {
        var note = new NoteAdded(Guid.NewGuid(), "Keluarga Pak S menolak", T0);
        Assert.Equal(PersonalData.Erased, ((NoteAdded)PersonalData.MaskEvent(note)).Text);
        var deadline = new DeadlineMissed(Guid.NewGuid(), DeadlineKind.FirstVisit, T0, T0.AddHours(1));
        Assert.Same(deadline, PersonalData.MaskEvent(deadline));
    }
}
