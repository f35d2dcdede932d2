using CsCheck;
using TKSK.Cases.Assessment;
using TKSK.Cases.Assignment;
using TKSK.Cases.FieldWork;
using TKSK.Cases.Notes;
using TKSK.Cases.Referrals;
using TKSK.Cases.Resolution;
using static TKSK.Cases.Tests.Specs.ReferralStories;

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

    public IReferralCommand ToCommand(Referral state)
    {
        Guid Step() => state.Steps.Count > 0 && A % 5 != 0 ? state.Steps[A % state.Steps.Count].Id : Guid.NewGuid();
        var outcome = Enum.GetValues<Outcome>()[A % Enum.GetValues<Outcome>().Length];
        return Kind switch
        {
            0 => new AssessReferral("penyandang_disabilitas", Urgency.High, DeskDecision.FieldResponse, null, null),
            1 => new AssessReferral("odha", Urgency.Normal, DeskDecision.Duplicate, Guid.Empty, null)
            {
                DuplicateTarget = new DuplicateTarget(B % 4 == 0 ? state.Id : Guid.NewGuid(), "JSC-2026-000002", B % 3 == 0),
            },
            2 => new AssessReferral("pengemis", Urgency.Normal, A % 2 == 0 ? DeskDecision.Unfounded : DeskDecision.OutOfScope, null, null),
            3 => A % 2 == 0 ? new AssignCoordinator(Agus.Id, null) { Coordinator = Agus } : new AssignCoordinator(Dewi.Id, null) { Coordinator = Dewi },
            4 => new AcceptAssignment(),
            5 => new DeclineAssignment("cuti"),
            6 => new RecordVisit(T0, B % 2 == 0, null, null, null),
            7 => new RecordFieldAssessment((RiskLevel)(A % 4), [(Need)(B % 11)], A % 2 == 0, null, null),
            8 => new AddStep((StepKind)(A % 11), $"Langkah {B}", null, null),
            9 => new StartStep(Step()),
            10 => new CompleteStep(null, null) { StepId = Step() },
            11 => new CancelStep("batal") { StepId = Step() },
            12 => new ResolveReferral(outcome, null),
            13 => new ReviewResolution(B % 2 == 0, "periksa lagi"),
            14 => new ReopenReferral("kambuh"),
            _ => new AddNote($"catatan {A}"),
        };
    }
}
