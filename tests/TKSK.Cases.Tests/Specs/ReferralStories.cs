using TKSK.Cases.Assignment;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Tests.Specs;

/// <summary>Referral histories as event lists, so specifications read as Given(events) / When(command) / Then.</summary>
public static class ReferralStories
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.FromHours(7));
    public static readonly Guid ReferralId = Guid.Parse("01900000-0000-7000-8000-000000000001");
    public static readonly CoordinatorRef Agus = new(Guid.Parse("01900000-0000-7000-8000-0000000000a1"), "Agus", "+6281200000001", "35.78.01");
    public static readonly CoordinatorRef Dewi = new(Guid.Parse("01900000-0000-7000-8000-0000000000a2"), "Dewi", "+6281200000002", "35.78.02");

    public static object[] Received() =>
    [
        new ReferralReceived(ReferralId, "JSC-2026-000001", Channel.Instagram, null, T0,
            new Reporter("Warga", "081234567890", false), new Subject("Pak S", null, Sex.Male, 45),
            new Place("35", "Jawa Timur", "35.78", "Kota Surabaya", "35.78.01", "Karang Pilang", "35.78.01.1002", "Kebraon", null, null, null),
            "penyandang_disabilitas", true, Urgency.Emergency, "Dipasung selama dua tahun.", [], T0),
    ];

    public static object[] Assessed() => [.. Received(), new ReferralAssessed("penyandang_disabilitas", Urgency.Emergency, null, T0)];

    public static object[] Rejected() =>
        [.. Received(), new ReferralRejected("pengemis", Urgency.Normal, DeskDecision.Unfounded, null, null, null, T0)];

    public static object[] Assigned() =>
        [.. Assessed(), new CoordinatorAssigned(Agus.Id, Agus.Name, Agus.Phone, Agus.KecamatanCode, null, null, T0)];

    public static object[] InProgress() => [.. Assigned(), new AssignmentAccepted(Agus.Id, T0)];

    public static object[] Resolved() => [.. InProgress(), new ReferralResolved(Outcome.Deceased, null, T0)];

    public static object[] Closed() => [.. Resolved(), new ResolutionApproved(null, T0)];

    public static Referral Given(params object[] events) => ReferralEvolution.Replay(events)!;

    public static IReadOnlyList<object> Then(this Decision decision) =>
        decision.Rejection is null ? decision.Events : throw new InvalidOperationException($"rejected: {decision.Rejection}");
}
