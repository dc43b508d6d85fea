namespace Workforce.Domain.Employers;

/// <summary>The bodies that employ staff in an integration (A §1.1 L165; W:856; S:59).</summary>
public enum EmployerKind
{
    /// <summary>A local authority, by its ONS GSS code (Wirral Council E08000015).</summary>
    Council,
    /// <summary>An NHS trust, CCG or ICB, by its ODS code (CWP RXA, Wirral CCG 12F).</summary>
    NhsBody,
    /// <summary>An independent or voluntary-sector provider, by its ODS or registration code.</summary>
    Provider,
}

/// <summary>
/// The sector of employment: what continuity of employment and the pension scheme follow, and what a
/// secondment never changes (S:59 "transfer to a different sector and hence lose continuity").
/// </summary>
public enum EmploymentSector
{
    LocalGovernment,
    Nhs,
    Independent,
}

public static class EmployerKindExtensions
{
    public static EmploymentSector Sector(this EmployerKind kind) => kind switch
    {
        EmployerKind.Council => EmploymentSector.LocalGovernment,
        EmployerKind.NhsBody => EmploymentSector.Nhs,
        _ => EmploymentSector.Independent,
    };
}
