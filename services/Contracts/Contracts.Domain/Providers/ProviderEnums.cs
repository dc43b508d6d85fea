namespace Contracts.Domain.Providers;

/// <summary>W:446: "Third Sector, Private Sector and Public Sector Health Providers", and GP federations (W:354).</summary>
public enum ProviderSector
{
    Nhs,
    Private,
    ThirdSector,
    GpFederation,
    LocalAuthority,
}

/// <summary>The CQC overall rating of the provider's location.</summary>
public enum CqcRating
{
    NotYetRated,
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}

/// <summary>P:L263: "We will work with organisations that pay their staff a 'living wage' as a minimum".</summary>
public enum LivingWageStatus
{
    Unconfirmed,
    Paid,
    NotPaid,
}

public enum ProviderStatus
{
    Active,
    /// <summary>Temporarily out of commissioning (for example a placement embargo); may be reinstated.</summary>
    Suspended,
    /// <summary>Barred from commissioning; final. A provider that changes hands registers afresh.</summary>
    Excluded,
}
