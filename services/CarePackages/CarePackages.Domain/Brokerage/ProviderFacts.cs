using CarePackages.Domain.Costing;

namespace CarePackages.Domain.Brokerage;

/// <summary>
/// What the contracts service knows about a provider when a request is issued: framework membership,
/// CQC rating, the council's serious-concerns flag, services, localities served, vacancies, whether it
/// is in the borough, and the council's quality score for it (0–100) used in ranking.
/// </summary>
public sealed record ProviderFacts(
    Guid ProviderId,
    bool OnFramework,
    CqcRating CqcRating,
    bool SeriousConcern,
    IReadOnlySet<ServiceType> ServiceTypes,
    IReadOnlySet<string> Localities,
    int VacantCapacity,
    bool InBorough,
    decimal QualityScore)
{
    /// <summary>
    /// The framework gate (anchors B.7, Oxfordshire DPS; DOMAIN.md): on the framework, not rated
    /// Inadequate, no serious concern, provides the service and has a vacancy.
    /// </summary>
    public bool CanBeInvitedFor(ServiceType serviceType) =>
        OnFramework && CqcRating != CqcRating.Inadequate && !SeriousConcern && ServiceTypes.Contains(serviceType) && VacantCapacity > 0;

    public bool ServesLocality(string locality) => InBorough && Localities.Contains(locality);
}

public enum CqcRating { Outstanding, Good, RequiresImprovement, Inadequate, NotYetRated }
