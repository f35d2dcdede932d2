using TKSK.Cases.Access;
using TKSK.Cases.Casework;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Validation;
using TKSK.Cases.IntakeAssist;

namespace TKSK.Cases.Intake;

/// <summary>A report logged by a JSC operator (or an agency's system): the start of a referral.</summary>
/// <param name="Channel">Where the report came from: hotline, whatsapp, instagram, facebook, x, tiktok, youtube, email, walk_in, agency.</param>
/// <param name="SourceUrl">Link to the post or message (http/https), if any.</param>
/// <param name="ReportedAt">When the report was made; defaults to now; not before 2000, never in the future.</param>
/// <param name="Category">PPKS category code (GET /api/v1/categories).</param>
/// <param name="Pasung">The subject is reported shackled or confined (pasung).</param>
/// <param name="Summary">What was reported, 10–4,000 characters.</param>
/// <param name="Urgency">emergency, high or normal.</param>
/// <param name="Assist">What intake assist (POST /api/v1/intake-assist) suggested, if used: kept beside what was saved, to count acceptance.</param>
public sealed record ReceiveReferralRequest(
    Channel? Channel, string? SourceUrl, DateTimeOffset? ReportedAt, ReporterInput? Reporter, SubjectInput? Subject,
    LocationInput? Location, string? Category, bool? Pasung, string? Summary, Urgency? Urgency, IntakeAssistInput? Assist = null)
{
    /// <summary>The command, once the validator has passed the request.</summary>
    public ReceiveReferral ToCommand(Guid referralId) =>
        new(referralId, Channel!.Value, SourceUrl, ReportedAt, Reporter!, Subject!, Location!, Category!, Pasung ?? false, Summary!, Urgency!.Value, Assist);
}

/// <param name="Anonymous">The reporter wants to stay anonymous: name and phone are then not stored.</param>
public sealed record ReporterInput(string? Name, string? Phone, bool? Anonymous);

/// <param name="Nik">16-digit national identity number, if known.</param>
/// <param name="Sex">male, female or unknown (default).</param>
/// <param name="ApproximateAge">0–120 years.</param>
public sealed record SubjectInput(string? Name, string? Nik, Sex? Sex, int? ApproximateAge);

/// <param name="DesaCode">Kemendagri code of the desa/kelurahan, e.g. 35.78.01.1001.</param>
/// <param name="KecamatanCode">Kecamatan code, when the desa is not known.</param>
public sealed record LocationInput(string? DesaCode, string? KecamatanCode, string? Address, double? Latitude, double? Longitude)
    : IHasCoordinates;

/// <summary>
/// Log a report: the command that starts a referral's stream, with the id it will have. JSC's desk and agencies'
/// systems (API keys with scope intake) may send it, an agency only for places and categories within its grant.
/// </summary>
[Allowed(Role.JscOperator, AgencyScope = ApiKeyScopes.Intake)]
public sealed record ReceiveReferral(
    Guid ReferralId, Channel Channel, string? SourceUrl, DateTimeOffset? ReportedAt, ReporterInput Reporter, SubjectInput Subject,
    LocationInput Location, string Category, bool Pasung, string Summary, Urgency Urgency, IntakeAssistInput? Assist = null)
    : ReferralCommand<ReceiveReferralRequest>(ReferralId)
{
    public override string Action => "intake";
    public override bool AnyStatus => true;
}

/// <summary>The intake's rule, pure: what a validated report becomes as the stream's first event.</summary>
public static class ReferralIntake
{
    public static ReferralReceived Receive(
        ReceiveReferral c, string number, Place place, bool outOfArea, IReadOnlyList<PossibleDuplicate> possibleDuplicates, DecisionContext at)
    {
        // UU PDP data minimisation: an anonymous reporter's identity is not kept at all.
        var reporter = c.Reporter.Anonymous == true
            ? new Reporter(null, null, true)
            : new Reporter(Clean(c.Reporter.Name), Clean(c.Reporter.Phone), false);
        var subject = new Subject(Clean(c.Subject.Name), Clean(c.Subject.Nik), c.Subject.Sex ?? Sex.Unknown, c.Subject.ApproximateAge);
        return new ReferralReceived(
            c.ReferralId, number, c.Channel, Clean(c.SourceUrl), c.ReportedAt ?? at.Now, reporter, subject, place,
            c.Category, c.Pasung, c.Urgency, c.Summary.Trim(), possibleDuplicates, at.Now, OutOfArea: outOfArea);
    }

    /// <summary>The intake's events: the report, and what intake assist suggested for it against what was saved.</summary>
    public static Decision Decide(
        ReceiveReferral c, string number, Place place, bool outOfArea, IReadOnlyList<PossibleDuplicate> possibleDuplicates, DecisionContext at)
    {
        var received = Receive(c, number, place, outOfArea, possibleDuplicates, at);
        return SuggestionReview.Of(c.Assist, received) is { } review ? Decision.Accept(received, review) : Decision.Accept(received);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
