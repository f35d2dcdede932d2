using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Referrals;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Json;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Casework;

/// <summary>
/// The words for each refusal, in Bahasa Indonesia and English, and its HTTP status: where a
/// <see cref="Rejection"/> becomes a problem response (RFC 9457). Types and texts are part of the
/// published contract (docs/api.md): change words, never codes.
/// </summary>
public static class ReferralProblems
{
    private sealed record Words(int Status, (string Id, string En) Title, Func<IReadOnlyDictionary<string, string>, (string Id, string En)> Detail, string? Type = null);

    private const string NoFieldWorkOutcomes = " Hasil subject_not_found, deceased, declined_services dan moved_out_of_area tidak memerlukannya.";
    private const string NoFieldWorkOutcomesEn = " Outcomes subject_not_found, deceased, declined_services and moved_out_of_area do not require it.";

    private static readonly Dictionary<string, Words> Catalog = new()
    {
        ["invalid-transition"] = new(409, ("Tindakan tidak dapat dilakukan pada status ini", "Action not allowed in the current status"),
            f => ($"'{f["action"]}' tidak dapat dilakukan saat rujukan berstatus '{f["status"]}'.", $"'{f["action"]}' is not allowed while the referral is '{f["status"]}'.")),
        ["resolution-not-ready"] = new(409, ("Rujukan belum dapat diselesaikan", "The referral cannot be resolved yet"),
            f => f["missing"] == "field_assessment"
                ? ("Asesmen lapangan belum dicatat." + NoFieldWorkOutcomes, "No field assessment has been recorded yet." + NoFieldWorkOutcomesEn)
                : ($"Masih ada langkah intervensi yang terbuka: {f["openSteps"]}." + NoFieldWorkOutcomes, $"Intervention steps still open: {f["openSteps"]}." + NoFieldWorkOutcomesEn)),
        ["already-assigned"] = new(409, ("Koordinator sudah ditugaskan", "Coordinator already assigned"),
            f => ($"Rujukan {f["number"]} sudah ditugaskan kepada {f["coordinator"]}.", $"Referral {f["number"]} is already assigned to {f["coordinator"]}.")),
        ["step-not-found"] = new(404, ("Langkah intervensi tidak ditemukan", "Intervention step not found"),
            f => ($"Langkah {f["stepId"]} tidak ada pada rujukan ini.", $"Step {f["stepId"]} does not exist on this referral.")),
        ["invalid-step-transition"] = new(409, ("Tindakan tidak dapat dilakukan pada langkah ini", "Action not allowed for this step"),
            f => ($"'{f["action"]}' tidak dapat dilakukan pada langkah berstatus '{f["stepStatus"]}'.", $"'{f["action"]}' is not allowed while the step is '{f["stepStatus"]}'.")),
        ["coordinator-not-found"] = new(404, ("Tidak ditemukan", "Not found"),
            f => ($"Koordinator {f["coordinatorId"]} tidak ditemukan.", $"Coordinator {f["coordinatorId"]} not found."), ProblemTypes.NotFound),
        ["follow-up-not-due"] = new(404, ("Tindak lanjut tidak ditemukan", "Follow-up not found"),
            f => ($"Tidak ada kunjungan tindak lanjut {f["followUpId"]} yang belum dicatat pada rujukan ini.", $"No unrecorded follow-up {f["followUpId"]} on this referral.")),
        ["consent-not-found"] = new(404, ("Dasar berbagi tidak ditemukan", "Sharing basis not found"),
            f => ($"Tidak ada dasar berbagi aktif {f["consentId"]} pada rujukan ini.", $"No active sharing basis {f["consentId"]} on this referral.")),
        ["coordinator-inactive"] = new(400, ("Koordinator tidak aktif", "Coordinator not active"),
            f => ($"Koordinator {f["coordinator"]} tidak aktif.", $"Coordinator {f["coordinator"]} is not active.")),
        ["reason-required-outside-kecamatan"] = new(400, ("Alasan wajib diisi", "A reason is required"),
            f => ($"{f["coordinator"]} adalah TKSK kecamatan {f["coordinatorKecamatan"]}, sedangkan rujukan ini di kecamatan {f["referralKecamatan"]}: sebutkan alasan menugaskan TKSK dari kecamatan lain.",
                  $"{f["coordinator"]} is the TKSK of kecamatan {f["coordinatorKecamatan"]}, while this referral is in {f["referralKecamatan"]}: give the reason for assigning a TKSK of another kecamatan.")),
        ["original-not-found"] = new(400, ("Rujukan asal tidak ditemukan", "Original referral not found"),
            f => ($"Rujukan asal {f["duplicateOf"]} tidak ditemukan.", $"Original referral {f["duplicateOf"]} not found.")),
        ["duplicates-itself"] = new(400, ("Rujukan asal tidak valid", "Invalid original referral"),
            _ => ("Rujukan tidak dapat menjadi duplikat dirinya sendiri.", "A referral cannot duplicate itself.")),
        ["forbidden"] = new(403, ("Tidak berwenang", "Not permitted"),
            f => ($"{f["actor"]} tidak berwenang menjalankan {f["command"]} pada rujukan ini.", $"{f["actor"]} may not run {f["command"]} on this referral.")),
        ["original-is-duplicate"] = new(400, ("Rujukan asal tidak valid", "Invalid original referral"),
            _ => ("duplicateOf harus rujukan yang ada dan bukan duplikat.", "duplicateOf must be an existing referral that is not itself a duplicate.")),
        ["conflict-not-found"] = new(404, ("Konflik tidak ditemukan", "Conflict not found"),
            f => ($"Tidak ada konflik {f["conflictId"]} pada rujukan ini.", $"No conflict {f["conflictId"]} on this referral.")),
        ["conflict-resolved"] = new(409, ("Konflik sudah diselesaikan", "Conflict already resolved"),
            f => ($"Konflik {f["conflictId"]} sudah diselesaikan ({f["choice"]}).", $"Conflict {f["conflictId"]} was already resolved ({f["choice"]}).")),
        ["fact-kept"] = new(400, ("Fakta lapangan tidak dapat dibuang", "A field fact cannot be discarded"),
            _ => ("Fakta dari lapangan (kunjungan, catatan, langkah selesai) tetap tersimpan; pilih apply untuk menandainya sudah diperiksa.",
                  "A fact from the field (a visit, a note, a step done) stays recorded; choose apply to mark it as seen.")),
    };

    /// <summary>The refusals' problem types, for the API description: status and title.</summary>
    public static IEnumerable<DescribedProblem> Described =>
        Catalog.Select(c => new DescribedProblem(c.Value.Type ?? ProblemTypes.Of(c.Key), $"{c.Value.Status}: {c.Value.Title.En}."));

    /// <summary>The problem for a refusal, in the request's language; a 409 also says where the referral stands now.</summary>
    public static ProblemDetails For(Rejection rejection, Referral? current)
    {
        if (rejection.Code == "validation")
            return ProblemResults.Validation(rejection.Facts.ToDictionary(f => f.Key, f => new[] { f.Value }));
        var words = Catalog[rejection.Code];
        var detail = words.Detail(rejection.Facts);
        if (rejection.Field is { } field)
            return ProblemResults.Validation(new() { [field] = [Text.T(detail.Id, detail.En)] });
        var problem = new ProblemDetails
        {
            Type = words.Type ?? ProblemTypes.Of(rejection.Code), Status = words.Status,
            Title = Text.T(words.Title.Id, words.Title.En), Detail = Text.T(detail.Id, detail.En),
        };
        if (words.Status == 409 && current is not null) foreach (var (key, value) in Context(current)) problem.Extensions[key] = value;
        return problem;
    }

    /// <summary>One line for a log or an operator's list (Bahasa Indonesia).</summary>
    public static string Describe(Rejection rejection) =>
        rejection.Code == "validation"
            ? string.Join(" ", rejection.Facts.Select(f => $"{f.Key}: {f.Value}"))
            : Catalog[rejection.Code].Detail(rejection.Facts).Id;

    /// <summary>Where the referral stands: "status" is RFC 9457's HTTP status member, so the referral's own is "currentStatus".</summary>
    public static Dictionary<string, object?> Context(Referral state) => new()
    {
        ["currentStatus"] = SnakeCaseEnums.Code(state.Status),
        ["version"] = state.Version,
        ["allowedActions"] = ReferralActions.For(state.Status),
    };
}
