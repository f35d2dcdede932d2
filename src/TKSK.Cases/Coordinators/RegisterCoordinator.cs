using FluentValidation;
using Marten;
using TKSK.Cases.Access;
using Microsoft.AspNetCore.Mvc;
using TKSK.Cases.Regions;
using Wolverine.Http;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;
using TKSK.Cases.Infrastructure.Validation;

namespace TKSK.Cases.Coordinators;

/// <summary>Register a TKSK coordinator for a kecamatan.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Phone">Mobile number, e.g. 081234567890 or +6281234567890.</param>
/// <param name="KecamatanCode">Kemendagri code of the kecamatan, e.g. 35.78.01.</param>
/// <param name="Role">primary (default: routing's first choice) or backup.</param>
public sealed record RegisterCoordinator(string? Name, string? Phone, string? KecamatanCode, CoordinatorRole? Role = null);

public sealed class RegisterCoordinatorValidator : AbstractValidator<RegisterCoordinator>
{
    public RegisterCoordinatorValidator(RegionCatalog regions)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => Text.T("Nama wajib diisi.", "Name is required."))
            .MaximumLength(200).WithMessage(_ => Text.T("Nama paling panjang 200 karakter.", "Name is at most 200 characters."));
        RuleFor(x => x.Phone).NotEmpty().WithMessage(_ => Text.T("Nomor telepon wajib diisi.", "Phone number is required."))
            .Must(PhoneNumbers.IsPlausible).WithMessage(_ => Text.T(
                "Nomor telepon tidak valid (contoh: 081234567890 atau +6281234567890).",
                "Invalid phone number (e.g. 081234567890 or +6281234567890)."));
        RuleFor(x => x.KecamatanCode).NotEmpty().WithMessage(_ => Text.T("Kode kecamatan wajib diisi.", "Kecamatan code is required."))
            .Must(code => regions.Find(code) is not null && RegionCatalog.LevelOf(code!) == RegionLevel.Kecamatan)
            .WithMessage(x => Text.T($"Kode kecamatan{Echo.Code(x.KecamatanCode)} tidak dikenal.", $"Unknown kecamatan code{Echo.Code(x.KecamatanCode)}."));
        RuleFor(x => x.Role).Code();
    }
}

public static class RegisterCoordinatorEndpoint
{
    /// <summary>Register a TKSK coordinator for a kecamatan.</summary>
    /// <remarks>
    /// Registers a TKSK coordinator for a kecamatan, active at once and available to routing: `role` `primary` (the default) is routing's
    /// first choice in the kecamatan, `backup` takes over when the primary is absent or too slow. For `supervisor` (within their own
    /// kabupaten/kota) and `province_admin`: a kecamatan outside the caller's region answers 403, an unknown one 400 naming
    /// `kecamatanCode`. Answers 201 with `Location` and the coordinator record, its phone normalised to `+62…`. The same person can be
    /// registered twice: send an `Idempotency-Key` so that a retried request is not.
    /// </remarks>
    [WolverinePost("/api/v1/coordinators", OperationId = "RegisterCoordinator"), Tags("Coordinators")]
    [Allowed(Role.Supervisor)]
    [ProducesResponseType<Coordinator>(201)]
    public static async Task<IResult> Post(
        RegisterCoordinator command, IDocumentSession session, RegionCatalog regions, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var actor = http.Caller();
        if (!Scope.InRegion(actor.Region, command.KecamatanCode!))
            return ProblemResults.Forbidden(Text.T("Kecamatan ini di luar wilayah Anda.", "This kecamatan is outside your region."));
        session.Stamp(actor);
        var coordinator = CoordinatorFactory.Create(Guid.CreateVersion7(), command.Name!.Trim(), PhoneNumbers.Normalise(command.Phone!),
            command.KecamatanCode!, regions, clock.GetUtcNow(), demo: false) with { Role = command.Role ?? CoordinatorRole.Primary };
        session.Store(coordinator);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/coordinators/{coordinator.Id}", coordinator);
    }
}

public static class CoordinatorFactory
{
    public static Coordinator Create(Guid id, string name, string phone, string kecamatanCode, RegionCatalog regions, DateTimeOffset now, bool demo)
    {
        var kabupatenCode = RegionCatalog.AncestorCode(kecamatanCode, RegionLevel.Kabupaten);
        return new Coordinator
        {
            Id = id, Name = name, Phone = phone, KecamatanCode = kecamatanCode,
            KecamatanName = regions.Find(kecamatanCode)!.Name,
            KabupatenCode = kabupatenCode, KabupatenName = regions.Find(kabupatenCode)!.Name,
            ProvinceCode = RegionCatalog.AncestorCode(kecamatanCode, RegionLevel.Province),
            RegisteredAt = now, Demo = demo,
        };
    }
}
