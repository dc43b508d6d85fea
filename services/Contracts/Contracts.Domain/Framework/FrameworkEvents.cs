using Commissioning.Domain;
using Contracts.Domain.Markets;

namespace Contracts.Domain.Framework;

public sealed record ProviderAdmittedToFramework(
    Guid FrameworkId, Guid ProviderId, string OdsCode, IReadOnlyList<MarketSegment> Lots, DateOnly AdmittedOn) : IDomainEvent;

public sealed record ProviderExcludedFromFramework(
    Guid FrameworkId, Guid ProviderId, string OdsCode, string Reason, DateOnly ExcludedOn) : IDomainEvent;
