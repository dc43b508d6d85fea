using Commissioning.Domain;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.Markets;

/// <summary>
/// A service type in a locality: the unit in which framework lots are let, provider capacity is
/// counted and rates are published. Localities are the names the council publishes ("Wirral West").
/// </summary>
public sealed record MarketSegment
{
    private MarketSegment() { }

    public ServiceType ServiceType { get; private init; }
    public string Locality { get; private init; } = "";

    public static MarketSegment Of(ServiceType serviceType, string locality) => new()
    {
        ServiceType = Text.Defined(serviceType, "serviceType"),
        Locality = Text.Required(locality, "locality", 100),
    };

    public override string ToString() => $"{ServiceType} in {Locality}";
}
