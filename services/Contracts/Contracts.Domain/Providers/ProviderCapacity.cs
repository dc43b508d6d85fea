using Contracts.Domain.Markets;

namespace Contracts.Domain.Providers;

/// <summary>Places (beds, care hours slots, tenancies) a provider says it can take in one market segment.</summary>
public sealed class ProviderCapacity
{
    private ProviderCapacity() { }

    internal ProviderCapacity(MarketSegment segment, int places) => (Segment, Places) = (segment, places);

    public MarketSegment Segment { get; private set; } = null!;
    public int Places { get; internal set; }
}
