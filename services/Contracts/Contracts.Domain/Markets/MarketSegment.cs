using Commissioning.Domain;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.Markets;

/// <summary>
/// A service type in a locality: the unit in which framework lots are let, provider capacity is
/// counted and rates are published. Localities are the names the council publishes ("Wirral West").
/// Two segments are the same when their service types match and their localities match without
/// regard to case or surrounding spaces: "wirral west" typed by a broker is the council's "Wirral West".
/// The locality keeps the spelling it was first given, for display.
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

    /// <summary>The one form of a locality that comparisons and the store's lookup keys use.</summary>
    public static string LocalityKey(string locality) => locality.Trim().ToUpperInvariant();

    public bool Equals(MarketSegment? other) =>
        other is not null && ServiceType == other.ServiceType && LocalityKey(Locality) == LocalityKey(other.Locality);

    public override int GetHashCode() => HashCode.Combine(ServiceType, LocalityKey(Locality));

    public override string ToString() => $"{ServiceType} in {Locality}";
}
