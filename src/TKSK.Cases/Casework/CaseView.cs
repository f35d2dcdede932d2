using Microsoft.Net.Http.Headers;
using TKSK.Cases.Access;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.OpenApi;

namespace TKSK.Cases.Casework;

/// <summary>
/// The case as the API answers it: GET /api/v1/referrals/{id} and every command. Its own type, mapped from the
/// folded state (<see cref="Referral"/>), so a change on the wire is not a change of what is stored, nor the
/// other way round. Published as the schema "Referral" (its name in the first OpenAPI document).
/// </summary>
[PublishedAs("Referral")]
public sealed record CaseView
{
    public Guid Id { get; init; }
    /// <summary>Stream version; the ETag of the case view and the value If-Match expects.</summary>
    public long Version { get; init; }
    /// <summary>Human-friendly case number, e.g. JSC-2026-000123: unique and increasing within a year; gaps allowed.</summary>
    public string Number { get; init; } = "";
    public ReferralStatus Status { get; init; }
    public Channel Channel { get; init; }
    public string? SourceUrl { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public Reporter Reporter { get; init; } = null!;
    public Subject Subject { get; init; } = null!;
    public Place Place { get; init; } = null!;
    /// <summary>The place lies outside the province(s) this service serves: the desk decides (usually out_of_scope, referred on).</summary>
    public bool OutOfArea { get; init; }
    public string Category { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public bool Pasung { get; init; }
    public Urgency Urgency { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<PossibleDuplicate> PossibleDuplicates { get; init; } = [];
    /// <summary>Possible duplicates that lie outside the reader's region, left out of <c>possibleDuplicates</c>: whoever's scope covers them sees them.</summary>
    public int PossibleDuplicatesOutsideYourRegion { get; init; }
    public DeskAssessment? DeskAssessment { get; init; }
    /// <summary>Referrals that the desk found to duplicate this one.</summary>
    public IReadOnlyList<DuplicateLink> Duplicates { get; init; } = [];
    public Referrals.Assignment? Assignment { get; init; }
    public IReadOnlyList<Visit> Visits { get; init; } = [];
    public FieldAssessment? FieldAssessment { get; init; }
    public IReadOnlyList<CaseStep> Steps { get; init; } = [];
    public Referrals.Resolution? Resolution { get; init; }
    public Closure? Closure { get; init; }
    public IReadOnlyList<CaseNote> Notes { get; init; } = [];
    /// <summary>Recorded bases for sharing personal data with named agencies; revoked ones stay, with when.</summary>
    public IReadOnlyList<SharingConsent> SharingConsents { get; init; } = [];
    /// <summary>When the subject's personal data was erased on a lawful request; null if never.</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; init; }
    /// <summary>Every deadline set for this case, met, breached or void.</summary>
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
    /// <summary>A deadline was missed and is still not met.</summary>
    public bool Overdue { get; init; }
    public EscalationLevel EscalationLevel { get; init; }
    /// <summary>Routing found no active TKSK: why, and since when. Cleared by an assignment.</summary>
    public RoutingFlag? Unassigned { get; init; }
    /// <summary>Its TKSK left and nobody took it over. Cleared by an assignment.</summary>
    public RoutingFlag? Orphaned { get; init; }
    /// <summary>The current episode: 1, or more once a relapse reopened the case.</summary>
    public int Episode { get; init; } = 1;
    /// <summary>Each episode with its dates and outcome, once the first has ended (closed, or reopened by a relapse).</summary>
    public IReadOnlyList<Episode> Episodes { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    /// <summary>The commands valid now, named as their URL segment under /api/v1/referrals/{id}/.</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    /// <summary>The view of a state: with the rules that depend on it (allowed actions, overdue) computed now, never stored.</summary>
    public static CaseView Of(Referral r) => new()
    {
        Id = r.Id, Version = r.Version, Number = r.Number, Status = r.Status, Channel = r.Channel, SourceUrl = r.SourceUrl,
        ReportedAt = r.ReportedAt, ReceivedAt = r.ReceivedAt, UpdatedAt = r.UpdatedAt, Reporter = r.Reporter, Subject = r.Subject, Place = r.Place,
        OutOfArea = r.OutOfArea, Category = r.Category, CategoryName = r.CategoryName, Pasung = r.Pasung, Urgency = r.Urgency, Summary = r.Summary,
        PossibleDuplicates = r.PossibleDuplicates, DeskAssessment = r.DeskAssessment, Duplicates = r.Duplicates, Assignment = r.Assignment,
        Visits = r.Visits, FieldAssessment = r.FieldAssessment, Steps = [.. r.Steps.Select(s => CaseStep.Of(s, r.Status))],
        Resolution = r.Resolution, Closure = r.Closure, Notes = r.Notes, SharingConsents = r.SharingConsents, PersonalDataErasedAt = r.PersonalDataErasedAt,
        Deadlines = r.Deadlines, Overdue = r.Overdue, EscalationLevel = r.EscalationLevel, Unassigned = r.Unassigned, Orphaned = r.Orphaned,
        Episode = r.Episode, Episodes = r.Episodes, FollowUps = r.FollowUps, AllowedActions = ReferralActions.For(r.Status),
    };

    public static string ETagOf(Referral state) => $"\"{state.Version}\"";

    public static IResult Ok(HttpContext http, Referral state)
    {
        http.Response.Headers[HeaderNames.ETag] = ETagOf(state);
        return Results.Ok(For(http.Caller(), state).Shown);
    }

    public static IResult Created(HttpContext http, Referral state)
    {
        http.Response.Headers[HeaderNames.ETag] = ETagOf(state);
        return Results.Created($"/api/v1/referrals/{state.Id}", For(http.Caller(), state).Shown);
    }

    /// <summary>
    /// What this caller may see of the case: everything for people in scope (possible duplicates only within their
    /// region), the masked view for an agency unless a basis for sharing with it holds now (<paramref name="consentsNow"/>:
    /// the bases recorded now, which also decide for a view of the past). <c>Discloses</c>: the answer holds personal
    /// data unmasked, so the read must be recorded (UU PDP).
    /// </summary>
    public static (CaseView Shown, bool Discloses) For(Actor caller, Referral state, IReadOnlyList<SharingConsent>? consentsNow = null)
    {
        if (caller.Role != Role.Agency) return (WithinScope(caller, Of(state)), caller.IsPerson);
        var consents = consentsNow ?? state.SharingConsents;
        return (Of(PersonalData.ForAgency(state, caller.AgencyId, caller.Name, consents)), PersonalData.SharedWith(consents, caller.AgencyId, caller.Name));
    }

    // A possible duplicate elsewhere tells that a person with this NIK has a case there: only its count is shown.
    private static CaseView WithinScope(Actor caller, CaseView view)
    {
        if (view.PossibleDuplicates.Count == 0) return view;
        var visible = view.PossibleDuplicates
            .Where(d => d.KecamatanCode is { } kecamatan ? Scope.InRegion(caller.Region, kecamatan) : Scope.IsProvinceDesk(caller)).ToList();
        return visible.Count == view.PossibleDuplicates.Count ? view
            : view with { PossibleDuplicates = visible, PossibleDuplicatesOutsideYourRegion = view.PossibleDuplicates.Count - visible.Count };
    }
}

/// <summary>A step of the intervention plan as shown, with the step commands valid on it now. Published as "InterventionStep".</summary>
[PublishedAs("InterventionStep")]
public sealed record CaseStep(
    Guid Id, StepKind Kind, string Title, string? Institution, DateOnly? DueDate, StepStatus Status,
    DateTimeOffset AddedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, DateTimeOffset? CancelledAt, string? Notes)
{
    public bool IsOpen => Status is StepStatus.Planned or StepStatus.InProgress;

    /// <summary>Step commands valid now: URL segments under …/steps/{stepId}/.</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    public static CaseStep Of(InterventionStep s, ReferralStatus referral) =>
        new(s.Id, s.Kind, s.Title, s.Institution, s.DueDate, s.Status, s.AddedAt, s.StartedAt, s.CompletedAt, s.CancelledAt, s.Notes)
        {
            AllowedActions = ReferralActions.ForStep(s.Status, referral),
        };
}
