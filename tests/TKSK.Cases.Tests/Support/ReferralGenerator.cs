using Marten;
using TKSK.Cases.Categories;
using TKSK.Cases.Coordinators;
using TKSK.Cases.Referrals;
using TKSK.Cases.Regions;
using TKSK.Cases.Infrastructure.Json;

namespace TKSK.Cases.Tests.Support;

/// <summary>
/// One generated referral: its events, and what happened to it written out plainly (times, final status),
/// so that a test computes every expected figure from these fields, never from the projections under test.
/// </summary>
public sealed record GeneratedReferral
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public string KabupatenCode { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string Category { get; init; } = "";
    public string IntakeCategory { get; init; } = "";
    public string IntakeUrgency { get; init; } = "";
    public string Urgency { get; init; } = "";
    public string Channel { get; init; } = "";
    public bool Pasung { get; init; }
    public string SubjectName { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? DeskAt { get; init; }
    public DateTimeOffset? RejectedAt { get; init; }
    public DateTimeOffset? FirstAssignedAt { get; init; }
    public DateTimeOffset? FirstAcceptedAt { get; init; }
    public DateTimeOffset? FirstVisitAt { get; init; }
    public DateTimeOffset? FirstVisitRecordedAt { get; init; }
    public DateTimeOffset? FirstResolvedAt { get; init; }
    public Guid? CoordinatorId { get; init; }
    public string Status { get; init; } = "received";
    public bool Freed { get; init; }
    public bool InTreatment { get; init; }
    public int Relapses { get; init; }
    /// <summary>Every status the referral took, with when: to know which were open at any past moment.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Status)> Statuses { get; init; } = [];
    public IReadOnlyList<DateTimeOffset> Resolutions { get; init; } = [];
    public IReadOnlyList<object> Events { get; init; } = [];

    public bool Open => Status is "received" or "assessed" or "assigned" or "in_progress";

    public string CategoryAt(DateTimeOffset at) => DeskAt < at ? Category : IntakeCategory;

    public string? StatusAt(DateTimeOffset at) => Statuses.LastOrDefault(s => s.At < at) is { Status: { } st } ? st : null;
}

/// <summary>
/// Referrals over real kecamatan, categories, channels and statuses, with times spread over the months
/// before <c>now</c>: the same seed gives the same referrals. Used by the tests and by the load tool.
/// </summary>
public sealed class ReferralGenerator(int seed, DateTimeOffset now, IReadOnlyList<Region> kecamatan, RegionCatalog regions)
{
    private static readonly string[] Names =
    [
        "Budi Santoso", "Siti Aminah", "Mbah Karto", "Wahyuni", "Slamet Riyadi", "Sri Lestari", "Pak Darmo", "Ibu Suminah",
        "Agus Salim", "Dewi Sartika", "Bambang", "Nur Hasanah", "Rudi Hartono", "Yuli Astuti", "Joko Susilo", "Warsini",
    ];

    private static readonly Channel[] Channels = Enum.GetValues<Channel>();
    private readonly Random _random = new(seed);

    public int DaysBack { get; init; } = 150;

    /// <summary>Kecamatan of a few kabupaten (Surabaya, Malang, Jombang by default), in catalogue order.</summary>
    public static IReadOnlyList<Region> KecamatanOf(RegionCatalog regions, int perKabupaten, params string[] kabupaten) =>
        [.. (kabupaten.Length > 0 ? kabupaten : ["35.78", "35.07", "35.17"]).SelectMany(k => regions.ChildrenOf(k)!.Take(perKabupaten))];

    /// <summary>The one TKSK of a kecamatan, as the tests register it: a fixed id per kecamatan.</summary>
    public static Coordinator CoordinatorOf(string kecamatanCode, RegionCatalog regions) =>
        CoordinatorFactory.Create(IdOf(kecamatanCode), $"TKSK {regions.Find(kecamatanCode)!.Name}", "+6281200000000", kecamatanCode, regions,
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), demo: false);

    private static Guid IdOf(string kecamatanCode)
    {
        var bytes = new byte[16];
        var digits = kecamatanCode.Replace(".", "");
        for (var i = 0; i < digits.Length && i < 16; i++) bytes[i] = (byte)digits[i];
        bytes[15] = 0xA1;
        return new Guid(bytes);
    }

    public IEnumerable<GeneratedReferral> Generate(int count, int firstNumber = 1)
    {
        for (var i = 0; i < count; i++) yield return Next(firstNumber + i);
    }

    private double Hours(double min, double max) => min + _random.NextDouble() * (max - min);
    private bool Chance(double p) => _random.NextDouble() < p;
    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private GeneratedReferral Next(int n)
    {
        var kec = Pick(kecamatan);
        var kab = RegionCatalog.AncestorCode(kec.Code, RegionLevel.Kabupaten);
        var pasung = Chance(0.15);
        var category = pasung ? "penyandang_disabilitas" : Pick(PpksCategories.All).Code;
        var urgency = pasung ? Urgency.Emergency : (Urgency)_random.Next(3);
        var channel = Pick(Channels);
        var name = n % 97 == 13 ? "Soetrisno" : Pick(Names);
        var t = now - TimeSpan.FromHours(Hours(2, DaysBack * 24));
        var id = Guid.CreateVersion7(t);
        var number = $"JSC-G{seed}-{n:D6}";
        var place = new Place("35", "Jawa Timur", kab, regions.Find(kab)!.Name, kec.Code, kec.Name, null, null, null, null, null);
        var events = new List<object>
        {
            new ReferralReceived(id, number, channel, null, t, new Reporter("Warga", null, false), new Subject(name, null, Sex.Unknown, null),
                place, category, pasung, urgency, $"Laporan warga tentang {name} yang membutuhkan bantuan.", [], t),
        };
        var r = new GeneratedReferral
        {
            Id = id, Number = number, KabupatenCode = kab, KecamatanCode = kec.Code, Category = category, IntakeCategory = category, Pasung = pasung, Channel = Code(channel),
            IntakeUrgency = Code(urgency), Urgency = Code(urgency), SubjectName = name, ReceivedAt = t,
        };
        var statuses = new List<(DateTimeOffset, string)> { (t, "received") };
        var resolutions = new List<DateTimeOffset>();

        // Each step happens after the one before; the story stops where the dice say, or at now.
        bool Step(double minHours, double maxHours)
        {
            var next = t + TimeSpan.FromHours(Hours(minHours, maxHours));
            if (next >= now) return false;
            t = next;
            return true;
        }
        GeneratedReferral Done() => r with { Events = events, Statuses = statuses, Resolutions = resolutions, Status = statuses[^1].Item2 };
        void Status(string status) => statuses.Add((t, status));

        if (Chance(0.08) || !Step(0.2, 30)) return Done();
        r = r with { DeskAt = t };
        if (Chance(0.1))
        {
            events.Add(new ReferralRejected(category, urgency, DeskDecision.Unfounded, null, null, null, t));
            Status("rejected");
            return Done() with { RejectedAt = t };
        }
        if (Chance(0.1) && !pasung) { category = Pick(PpksCategories.All).Code; r = r with { Category = category }; }
        if (Chance(0.2) && !pasung) { urgency = (Urgency)_random.Next(3); r = r with { Urgency = Code(urgency) }; }
        events.Add(new ReferralAssessed(category, urgency, null, t));
        Status("assessed");

        var coordinator = CoordinatorOf(kec.Code, regions);
        if (Chance(0.08) || !Step(0.5, 48)) return Done();
        events.Add(new CoordinatorAssigned(coordinator.Id, coordinator.Name, coordinator.Phone, kec.Code, null, null, t));
        Status("assigned");
        r = r with { FirstAssignedAt = t, CoordinatorId = coordinator.Id };
        if (Chance(0.1))
        {
            if (!Step(1, 24)) return Done();
            events.Add(new AssignmentDeclined(coordinator.Id, "cuti", t));
            Status("assessed");
            r = r with { CoordinatorId = null };
            if (Chance(0.3) || !Step(1, 24)) return Done();
            events.Add(new CoordinatorAssigned(coordinator.Id, coordinator.Name, coordinator.Phone, kec.Code, "lagi", null, t));
            Status("assigned");
            r = r with { CoordinatorId = coordinator.Id };
        }
        if (Chance(0.08) || !Step(0.5, 36)) return Done();
        events.Add(new AssignmentAccepted(coordinator.Id, t));
        Status("in_progress");
        r = r with { FirstAcceptedAt = t };

        if (Chance(0.1) || !Step(2, 96)) return Done();
        var visitedAt = t;
        var told = t + TimeSpan.FromHours(Hours(0, 6));
        if (told >= now) return Done();
        t = told;
        events.Add(new OutreachVisitRecorded(Guid.NewGuid(), visitedAt, true, null, null, null, told));
        r = r with { FirstVisitAt = visitedAt, FirstVisitRecordedAt = told };
        events.Add(new FieldAssessmentRecorded(RiskLevel.High, [Need.Psychiatric], true, null, null, t));

        Guid? treatment = null;
        if (pasung)
        {
            if (!Step(1, 72)) return Done();
            var release = Guid.NewGuid();
            events.Add(new InterventionStepAdded(release, StepKind.PasungRelease, "Pembebasan pasung", null, null, t));
            if (Chance(0.7) && Step(1, 72))
            {
                events.Add(new InterventionStepCompleted(release, null, t, t));
                r = r with { Freed = true };
                treatment = Guid.NewGuid();
                events.Add(new InterventionStepAdded(treatment.Value, StepKind.PsychiatricTreatment, "Rawat inap RSJ Menur", "RSJ Menur", null, t));
                if (!Step(1, 24)) return Done();
                events.Add(new InterventionStepStarted(treatment.Value, t));
                r = r with { InTreatment = true };
            }
            else return Done();
        }
        if (Chance(0.25) || !Step(24, 24 * 20)) return Done();
        if (treatment is { } step)
        {
            events.Add(new InterventionStepCompleted(step, null, t, t));
            r = r with { InTreatment = false };
        }
        events.Add(new ReferralResolved(r.Freed ? Outcome.FreedAndTreated : Outcome.ReceivingAssistance, null, t));
        Status("resolved");
        resolutions.Add(t);
        r = r with { FirstResolvedAt = t };
        if (Chance(0.3) || !Step(1, 72)) return Done();
        events.Add(new ResolutionApproved(null, t));
        Status("closed");
        if (!Chance(0.2) || !Step(24, 24 * 20)) return Done();
        events.Add(new ReferralReopened("kambuh", ReferralStatus.InProgress, t));
        Status("in_progress");
        r = r with { Relapses = pasung ? 1 : 0 };
        if (Chance(0.5) || !Step(24, 24 * 10)) return Done();
        events.Add(new ReferralResolved(Outcome.ReceivingAssistance, null, t));
        Status("resolved");
        resolutions.Add(t);
        return Done();
    }

    private static string Code<T>(T value) where T : struct, Enum => SnakeCaseEnums.Code(value);

    /// <summary>Appends every referral's events as its stream, <paramref name="perSession"/> streams per transaction.</summary>
    public static async Task AppendAsync(IDocumentStore store, IEnumerable<GeneratedReferral> referrals, int perSession = 100, CancellationToken ct = default)
    {
        foreach (var chunk in referrals.Chunk(perSession))
        {
            await using var session = store.LightweightSession();
            session.LastModifiedBy = "generator";
            foreach (var r in chunk) session.Events.StartStream<Referral>(r.Id, r.Events);
            await session.SaveChangesAsync(ct);
        }
    }
}
