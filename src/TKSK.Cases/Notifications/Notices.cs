using System.Security.Cryptography;
using System.Text;
using TKSK.Cases.Referrals;

namespace TKSK.Cases.Notifications;

/// <summary>
/// The notifications the workflow sends, in Bahasa Indonesia: what happened and what to do, with
/// the case number and the kecamatan. Each id is derived from its cause, so the same cause never
/// notifies twice.
/// </summary>
public static class Notices
{
    public static Notify Assigned(Referral r, Guid coordinatorId, long version) => To(r, Recipients.Coordinator(coordinatorId), "assignment", version.ToString(),
        $"Kasus {r.Number} di Kecamatan {r.Place.KecamatanName} ditugaskan kepada Anda ({Urgency(r)}). Terima atau tolak penugasan di aplikasi.");

    public static Notify Reminder(Referral r, Deadline d) => To(r, Responsible(r, d), "reminder", d.Id.ToString(),
        $"Pengingat: {What(d.Kind)} kasus {r.Number} di Kecamatan {r.Place.KecamatanName} jatuh tempo {Wib(d.DueAt)}. Selesaikan sebelum batas waktu.");

    public static IEnumerable<Notify> Missed(Referral r, Deadline d)
    {
        var kind = d.Kind == DeadlineKind.FollowUp ? "follow_up_overdue" : "deadline_missed";
        var text = $"Batas waktu {What(d.Kind)} kasus {r.Number} di Kecamatan {r.Place.KecamatanName} terlewati ({Wib(d.DueAt)}). Segera tindak lanjuti.";
        if (r.Assignment is { } a) yield return To(r, Recipients.Coordinator(a.CoordinatorId), kind, d.Id.ToString(), text);
        yield return To(r, Recipients.Kabupaten(r.Place.KabupatenCode), kind, d.Id.ToString(),
            text + " Pastikan TKSK menanganinya atau tugaskan TKSK lain.");
    }

    public static Notify? Escalated(Referral r, ReferralEscalated e, long version) => e.Level != EscalationLevel.Province ? null
        : To(r, Recipients.Province(r.Place.ProvinceCode), "escalation", version.ToString(),
            $"Eskalasi ke provinsi: kasus {r.Number} di Kecamatan {r.Place.KecamatanName}, {r.Place.KabupatenName}. {e.Reason} Tugaskan TKSK atau hubungi Dinas Sosial kabupaten/kota.");

    public static Notify Unassigned(Referral r, long version) => To(r, Recipients.Kabupaten(r.Place.KabupatenCode), "unassigned", version.ToString(),
        $"Kasus {r.Number} di Kecamatan {r.Place.KecamatanName} belum dapat ditugaskan: tidak ada TKSK aktif di kecamatan itu. Tugaskan TKSK secara manual.");

    public static Notify Orphaned(Referral r, long version) => To(r, Recipients.Kabupaten(r.Place.KabupatenCode), "orphaned", version.ToString(),
        $"Kasus {r.Number} di Kecamatan {r.Place.KecamatanName} kehilangan TKSK-nya dan belum ada pengganti. Tugaskan TKSK lain.");

    /// <summary>
    /// A phone's change that met a moved case: the kabupaten's supervisors decide it in the conflict queue; a fact kept on a
    /// case another TKSK has now is also told to that TKSK, who works the case from here on.
    /// </summary>
    public static IEnumerable<Notify> OfflineConflict(Referral r, OfflineChangeConflicted c)
    {
        var what = c.FactKept
            ? $"Catatan lapangan {c.ByName} (dikirim setelah offline) untuk kasus {r.Number} di Kecamatan {r.Place.KecamatanName} disimpan, padahal kasus sudah berubah sejak itu. Periksa di antrean konflik."
            : $"Perubahan {c.ByName} (dikirim setelah offline) pada kasus {r.Number} di Kecamatan {r.Place.KecamatanName} bertentangan dengan yang terjadi sejak itu dan belum diterapkan. Putuskan di antrean konflik.";
        yield return To(r, Recipients.Kabupaten(r.Place.KabupatenCode), "offline-conflict", c.ConflictId.ToString(), what);
        if (c.FactKept && r.Assignment is { } a && a.CoordinatorId != c.ByCoordinatorId)
            yield return To(r, Recipients.Coordinator(a.CoordinatorId), "offline-conflict", c.ConflictId.ToString(),
                $"{c.ByName} mencatat dari lapangan pada kasus {r.Number} yang kini Anda tangani; catatannya ada di riwayat kasus.");
    }

    public static string MissedReason(Deadline d) => $"Batas waktu {What(d.Kind)} terlewati.";

    private static Notify To(Referral r, string recipient, string kind, string cause, string text) =>
        new(IdOf(r.Id, kind, recipient, cause), recipient, kind, r.Id, r.Number, text);

    // The one who must act: the desk (JSC, province) for the desk assessment, else the assigned TKSK, else the kabupaten.
    private static string Responsible(Referral r, Deadline d) =>
        d.Kind == DeadlineKind.DeskAssessment ? Recipients.Province(r.Place.ProvinceCode)
        : r.Assignment is { } a ? Recipients.Coordinator(a.CoordinatorId)
        : Recipients.Kabupaten(r.Place.KabupatenCode);

    private static string What(DeadlineKind kind) => kind switch
    {
        DeadlineKind.DeskAssessment => "asesmen awal (desk)",
        DeadlineKind.Acceptance => "penerimaan penugasan",
        DeadlineKind.FirstVisit => "kunjungan pertama",
        DeadlineKind.Resolution => "penyelesaian kasus",
        DeadlineKind.Step => "langkah intervensi",
        _ => "kunjungan tindak lanjut",
    };

    private static string Urgency(Referral r) => r.Urgency switch
    {
        Referrals.Urgency.Emergency => "darurat", Referrals.Urgency.High => "prioritas tinggi", _ => "prioritas biasa",
    };

    private static string Wib(DateTimeOffset at) =>
        at.ToOffset(Regions.Wib.Offset).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("id-ID")) + " WIB";

    private static Guid IdOf(params object[] parts) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts))));
}
