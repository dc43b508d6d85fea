using Contracts.Domain.Markets;

namespace Contracts.Domain.Framework;

/// <summary>A provider's place on one lot of the list, from admission until it is excluded.</summary>
public sealed class FrameworkMembership
{
    private FrameworkMembership() { }

    internal FrameworkMembership(Guid providerId, string providerOdsCode, MarketSegment lot, DateOnly admittedOn) =>
        (ProviderId, ProviderOdsCode, Lot, AdmittedOn) = (providerId, providerOdsCode, lot, admittedOn);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ProviderId { get; private set; }
    public string ProviderOdsCode { get; private set; } = "";
    public MarketSegment Lot { get; private set; } = null!;
    public DateOnly AdmittedOn { get; private set; }
    public DateOnly? ExcludedOn { get; private set; }
    public string? ExclusionReason { get; private set; }

    public bool IsCurrent => ExcludedOn is null;

    internal void End(string reason, DateOnly on) => (ExcludedOn, ExclusionReason) = (on, reason);
}
