using CsCheck;
using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.Coordinators;
using TKSK.Cases.FieldWork;
using TKSK.Cases.Notes;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using static TKSK.Cases.Tests.Specs.ReferralStories;
using TKSK.Cases.Casework;

namespace TKSK.Cases.Tests.Specs;

/// <summary>
/// A random command is drawn as three numbers and made concrete against the current state, so
/// that step commands usually name a step that exists (and sometimes one that does not).
/// </summary>
public sealed record CommandDraw(int Kind, int A, int B)
{
    public static readonly Gen<CommandDraw> Gen =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 15], CsCheck.Gen.Int[0, 20], CsCheck.Gen.Int[0, 20], (k, a, b) => new CommandDraw(k, a, b));

    public static readonly Gen<CommandDraw[]> Sequences = Gen.Array[1, 40];

    /// <summary>The command this draw stands for, against the current state, and what its handler decides.</summary>
    public (ReferralCommand Command, Decision Decision) Decide(Referral state, DateTimeOffset now)
    {
        Guid Step() => state.Steps.Count > 0 && A % 5 != 0 ? state.Steps[A % state.Steps.Count].Id : Guid.NewGuid();
        var outcome = Enum.GetValues<Outcome>()[A % Enum.GetValues<Outcome>().Length];
        var id = state.Id;
        Referral? original = null;
        ReferralCommand command = Kind switch
        {
            0 => new AssessReferral(id, "penyandang_disabilitas", Urgency.High, DeskDecision.FieldResponse, null, null),
            1 => Duplicate(out original),
            2 => new AssessReferral(id, "pengemis", Urgency.Normal, A % 2 == 0 ? DeskDecision.Unfounded : DeskDecision.OutOfScope, null, null),
            3 => new AssignCoordinator(id, A % 2 == 0 ? Agus.Id : Dewi.Id, null),
            4 => new AcceptAssignment(id),
            5 => new DeclineAssignment(id, "cuti"),
            6 => new RecordVisit(id, T0, B % 2 == 0, null, null, null),
            7 => new RecordFieldAssessment(id, (RiskLevel)(A % 4), [(Need)(B % 11)], A % 2 == 0, null, null),
            8 => new AddStep(id, (StepKind)(A % 11), $"Langkah {B}", null, null),
            9 => new StartStep(id, Step()),
            10 => new CompleteStep(id, Step(), null, null),
            11 => new CancelStep(id, Step(), "batal"),
            12 => new ResolveReferral(id, outcome, null),
            13 => new ReviewResolution(id, B % 2 == 0, "periksa lagi"),
            14 => new ReopenReferral(id, "kambuh"),
            _ => new AddNote(id, $"catatan {A}"),
        };
        return (command, ReferralStories.Decide(state, command, now, original));

        AssessReferral Duplicate(out Referral? target)
        {
            target = B % 4 == 0 ? Original(state.Id) : B % 7 == 0 ? null : Original(Guid.NewGuid(), itselfDuplicate: B % 3 == 0);
            return new AssessReferral(id, "odha", Urgency.Normal, DeskDecision.Duplicate, target?.Id ?? Guid.NewGuid(), null);
        }
    }
}
