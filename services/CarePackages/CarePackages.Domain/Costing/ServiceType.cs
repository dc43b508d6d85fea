namespace CarePackages.Domain.Costing;

/// <summary>
/// What is bought. Grouped as CLD groups Service_Type (long-term community, residential, nursing;
/// short-term; carer support) but at the level a broker sources at.
/// </summary>
public enum ServiceType
{
    HomeCare,
    SupportedLiving,
    DayOpportunities,
    ResidentialCare,
    NursingCare,
    Respite,
    ShortTermReablement,
    CarerSupport,
    Equipment,
}
