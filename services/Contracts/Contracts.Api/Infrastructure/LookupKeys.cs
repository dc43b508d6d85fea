using Contracts.Domain.Markets;
using Contracts.Domain.RateCards;

namespace Contracts.Api.Infrastructure;

/// <summary>
/// The aggregates table's lookup key for each aggregate kind: how lists are found without loading
/// everything, and, for providers and rate cards, what the unique index holds.
/// </summary>
public static class LookupKeys
{
    /// <summary>A provider by its ODS code (unique): a provider user's token names it in "org".</summary>
    public static string Provider(string odsCode) => odsCode.Trim().ToUpperInvariant();

    /// <summary>Contracts by their provider's ODS code, so a provider user's list is one look-up.</summary>
    public static string ContractsOf(string providerOdsCode) => Provider(providerOdsCode);

    /// <summary>Due diligence and monitoring hang off the record they are about.</summary>
    public static string Of(Guid ownerId) => ownerId.ToString();

    /// <summary>
    /// One rate card per service type, unit and locality (unique). The locality is in the form
    /// <see cref="MarketSegment"/> compares by, so "Wirral West" and "wirral west " are one card.
    /// </summary>
    public static string RateCard(MarketSegment segment, RateUnit unit) =>
        $"{segment.ServiceType}|{unit}|{MarketSegment.LocalityKey(segment.Locality)}";
}
