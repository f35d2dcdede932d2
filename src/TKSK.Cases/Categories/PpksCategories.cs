using Wolverine.Http;

using TKSK.Cases.Access;

namespace TKSK.Cases.Categories;

/// <summary>One of the 26 official PPKS categories (Pemerlu Pelayanan Kesejahteraan Sosial).</summary>
public sealed record PpksCategory(string Code, string Name, string NameEn);

public static class PpksCategories
{
    // Codes are the API's: stable once shipped (docs/api.md). Pasung is not a category:
    // it is penyandang_disabilitas with the flag pasung = true.
    public static readonly IReadOnlyList<PpksCategory> All =
    [
        new("anak_balita_telantar", "Anak Balita Telantar", "Neglected child under five"),
        new("anak_telantar", "Anak Telantar", "Neglected child"),
        new("anak_berhadapan_hukum", "Anak yang Berhadapan dengan Hukum", "Child in conflict with the law"),
        new("anak_jalanan", "Anak Jalanan", "Street child"),
        new("anak_disabilitas", "Anak dengan Kedisabilitasan", "Child with a disability"),
        new("anak_korban_kekerasan", "Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah", "Child victim of violence or abuse"),
        new("anak_perlindungan_khusus", "Anak yang Memerlukan Perlindungan Khusus", "Child needing special protection"),
        new("lanjut_usia_telantar", "Lanjut Usia Telantar", "Neglected elderly person"),
        new("penyandang_disabilitas", "Penyandang Disabilitas", "Person with a disability (incl. mental/psychosocial)"),
        new("tuna_susila", "Tuna Susila", "Person in prostitution"),
        new("gelandangan", "Gelandangan", "Homeless person"),
        new("pengemis", "Pengemis", "Beggar"),
        new("pemulung", "Pemulung", "Scavenger"),
        new("kelompok_minoritas", "Kelompok Minoritas", "Minority group"),
        new("bekas_warga_binaan", "Bekas Warga Binaan Lembaga Pemasyarakatan", "Former prisoner"),
        new("odha", "Orang dengan HIV/AIDS", "Person living with HIV/AIDS"),
        new("korban_napza", "Korban Penyalahgunaan NAPZA", "Victim of drug abuse"),
        new("korban_perdagangan_orang", "Korban Trafficking (Perdagangan Orang)", "Victim of trafficking"),
        new("korban_tindak_kekerasan", "Korban Tindak Kekerasan", "Victim of violence"),
        new("pekerja_migran_bermasalah", "Pekerja Migran Bermasalah Sosial", "Migrant worker with social problems"),
        new("korban_bencana_alam", "Korban Bencana Alam", "Victim of natural disaster"),
        new("korban_bencana_sosial", "Korban Bencana Sosial", "Victim of social disaster (conflict)"),
        new("perempuan_rawan_sosial_ekonomi", "Perempuan Rawan Sosial Ekonomi", "Socio-economically vulnerable woman"),
        new("fakir_miskin", "Fakir Miskin", "Destitute / poor"),
        new("keluarga_bermasalah_psikologis", "Keluarga Bermasalah Sosial Psikologis", "Family with psychosocial problems"),
        new("komunitas_adat_terpencil", "Komunitas Adat Terpencil", "Remote indigenous community"),
    ];

    private static readonly Dictionary<string, PpksCategory> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static bool Exists(string? code) => code is not null && ByCode.ContainsKey(code);

    public static string NameOf(string code) => ByCode.TryGetValue(code, out var c) ? c.Name : code;
}

public static class CategoryEndpoints
{
    /// <summary>The 26 PPKS categories with their codes, Indonesian names and English glosses.</summary>
    /// <remarks>
    /// Public: no sign-in needed. Each category has its `code` (what intake, assessment, list filters and API keys take; stable once
    /// shipped), its Indonesian `name` and English `nameEn`. Pasung is not a category: it is a flag of its own on the referral.
    /// </remarks>
    [WolverineGet("/api/v1/categories", OperationId = "ListCategories"), Tags("Reference data")]
    [Allowed(Anonymous = true)]
    public static IReadOnlyList<PpksCategory> Get() => PpksCategories.All;
}
