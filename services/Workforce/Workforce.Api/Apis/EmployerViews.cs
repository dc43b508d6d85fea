using Workforce.Domain.Employers;

namespace Workforce.Api.Apis;

/// <summary>An employer to register: a council by its GSS code, an NHS body by its ODS code, a provider by its
/// code.</summary>
public sealed record NewEmployer(string Name, EmployerKind Kind, string Code);

/// <summary>A body that employs staff, and the sector its staff's continuity and pension follow.</summary>
public sealed record EmployerView(Guid Id, string Name, EmployerKind Kind, string Code, EmploymentSector Sector)
{
    public static EmployerView Of(Employer e) => new(e.Id, e.Name, e.Kind, e.Code, e.Sector);
}
