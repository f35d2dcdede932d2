using TKSK.Cases.Referrals;
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

    [Fact]
    public void an_agency_without_a_basis_does_not_see_follow_up_notes()
    {
        Assert.Null(Assert.Single(PersonalData.ForAgency(FollowedUp, "RSJ Menur Surabaya").FollowUps).Notes);
        var shared = FollowedUp with { SharingConsents = [new SharingConsent(Guid.NewGuid(), "RSJ Menur Surabaya", SharingBasis.SubjectConsent, "Pak S", T0, T0, "operator-1")] };
        Assert.NotNull(Assert.Single(PersonalData.ForAgency(shared, "RSJ Menur Surabaya").FollowUps).Notes);
    }
}
