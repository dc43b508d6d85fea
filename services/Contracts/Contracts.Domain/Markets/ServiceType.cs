namespace Contracts.Domain.Markets;

/// <summary>The kinds of care the councils and the CCG buy, as framework lots and rate cards name them.</summary>
public enum ServiceType
{
    ResidentialCare,
    NursingCare,
    HomeCare,
    SupportedLiving,
    ExtraCare,
    ShortBreaks,
    DayOpportunities,
    CommunityMentalHealth,
    CommunityHealth,
}

public static class ServiceTypes
{
    /// <summary>
    /// Whether delivering the service is a CQC-regulated activity (personal care, accommodation with
    /// nursing or personal care, treatment). Day opportunities are not regulated, so a provider of
    /// only those has no CQC location.
    /// </summary>
    public static bool IsCqcRegulated(this ServiceType serviceType) => serviceType != ServiceType.DayOpportunities;
}
