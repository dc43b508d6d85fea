using Commissioning.Domain;
using Commissioning.Eventing.Outbox;
using Commissioning.Persistence;
using Commissioning.Protos;
using Contracts.Domain.Agreements;
using Contracts.Domain.Framework;
using Contracts.Domain.Markets;
using Contracts.Domain.Monitoring;
using Contracts.Domain.Providers;
using Contracts.Domain.RateCards;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Contracts.Api.Events;

/// <summary>
/// The domain events other services and partners hear about, as the integration events of
/// proto/commissioning/events/v1 (topic "contracts.&lt;name&gt;", type "commissioning.contracts.&lt;name&gt;.v1").
/// Brokerage hears a provider's loss of eligibility as provider-suspended and its return as
/// provider-eligible-again; contract events carry the whole commitment by financial year, so pooled
/// finance replaces what it holds for the contract. Events the proto has no message for (KPI returns,
/// reviews, living wage, due diligence, issue resolution) stay inside the service.
/// </summary>
public static class ContractsEvents
{
    public const string Source = "contracts";

    public static void Publish(DbContext store, AggregateRoot aggregate, IDomainEvent domainEvent,
        DateTimeOffset occurredAt)
    {
        var now = Timestamp.FromDateTimeOffset(occurredAt);
        switch (domainEvent)
        {
            case ProviderBrokerageEligibilityChanged { Eligible: false } e:
                Enqueue(store, "provider-suspended", e.ProviderId, new ProtoEvents.ProviderSuspended
                {
                    Provider = ProtoMapping.ProviderRef(e.OdsCode, (aggregate as Provider)?.Name ?? ""),
                    Reason = e.Reason, EffectiveFrom = e.EffectiveOn.ToProtoDate(), OccurredAt = now,
                });
                break;
            case ProviderBrokerageEligibilityChanged { Eligible: true } e:
                Enqueue(store, "provider-eligible-again", e.ProviderId, new ProtoEvents.ProviderEligibleAgain
                {
                    Provider = ProtoMapping.ProviderRef(e.OdsCode, (aggregate as Provider)?.Name ?? ""),
                    Reason = e.Reason, EffectiveFrom = e.EffectiveOn.ToProtoDate(), OccurredAt = now,
                });
                break;
            case ProviderExcludedFromFramework e:
                // Off the list means no new placements through it: brokerage hears it as a suspension.
                Enqueue(store, "provider-suspended", e.ProviderId, new ProtoEvents.ProviderSuspended
                {
                    Provider = ProtoMapping.ProviderRef(e.OdsCode), Reason = $"Excluded from {(aggregate as ProviderFramework)?.Name}: {e.Reason}",
                    EffectiveFrom = e.ExcludedOn.ToProtoDate(), OccurredAt = now,
                });
                break;
            case ProviderAdmittedToFramework e:
                Enqueue(store, "provider-admitted", e.ProviderId, new ProtoEvents.ProviderAdmitted
                {
                    Provider = ProtoMapping.ProviderRef(e.OdsCode), FrameworkId = e.FrameworkId.ToString(),
                    ServiceTypes = { e.Lots.Select(l => l.ServiceType.Code()).Distinct() },
                    Localities = { e.Lots.DistinctBy(l => MarketSegment.LocalityKey(l.Locality)).Select(l => l.Locality) }, OccurredAt = now,
                });
                break;
            case ContractAwarded e when aggregate is CommissioningContract contract:
                Enqueue(store, "contract-awarded", e.ContractId, new ProtoEvents.ContractAwarded
                {
                    ContractId = e.ContractId.ToString(), Type = e.Type.ToProto(), Provider = ProtoMapping.ProviderRef(e.ProviderOdsCode),
                    LeadCommissioner = ProtoMapping.CommissionerRef(e.LeadCommissioner), AnnualValue = e.AnnualValue.ToProtoMoney(),
                    StartDate = e.StartsOn.ToProtoDate(), EndDate = e.EndsOn.ToProtoDate(), OccurredAt = now,
                    Commitments = { e.Commitments.ToProto() }, FundId = contract.Funding.FundId.ToString(),
                    BudgetLineCode = contract.Funding.BudgetLineCode ?? "", CommitmentRevision = contract.CommitmentRevision,
                });
                break;
            case ContractVaried e when aggregate is CommissioningContract contract:
                var variation = contract.Variations.Single(v => v.Number == e.VariationNumber);
                Enqueue(store, "contract-varied", e.ContractId, new ProtoEvents.ContractVaried
                {
                    ContractId = e.ContractId.ToString(), VariationNumber = e.VariationNumber,
                    Summary = $"{variation.Reason}; term ends {variation.EndsOnAfter:yyyy-MM-dd}",
                    AnnualValueBefore = variation.AnnualValueBefore.ToProtoMoney(), AnnualValueAfter = variation.AnnualValueAfter.ToProtoMoney(),
                    EffectiveFrom = e.EffectiveFrom.ToProtoDate(), OccurredAt = now, Commitments = { e.Commitments.ToProto() },
                    FundId = contract.Funding.FundId.ToString(), BudgetLineCode = contract.Funding.BudgetLineCode ?? "",
                    CommitmentRevision = contract.CommitmentRevision,
                });
                break;
            case ContractNovated e:
                Enqueue(store, "contract-novated", e.ContractId, new ProtoEvents.ContractNovated
                {
                    ContractId = e.ContractId.ToString(), Provider = ProtoMapping.ProviderRef((aggregate as CommissioningContract)?.ProviderOdsCode ?? ""),
                    PreviousLeadCommissioner = ProtoMapping.CommissionerRef(e.FromCommissioner), LeadCommissioner = ProtoMapping.CommissionerRef(e.ToCommissioner),
                    EffectiveFrom = e.EffectiveOn.ToProtoDate(), OccurredAt = now,
                });
                break;
            case ContractTerminationNoticed e when aggregate is CommissioningContract contract:
                Enqueue(store, "contract-terminated", e.ContractId, new ProtoEvents.ContractTerminated
                {
                    ContractId = e.ContractId.ToString(), Reason = $"Notice served by {e.ServedBy} on {e.ServedOn:yyyy-MM-dd}: {contract.Notice?.Reason}",
                    EffectiveOn = e.TerminatesOn.ToProtoDate(), OccurredAt = now, Commitments = { e.Commitments.ToProto() },
                    FundId = contract.Funding.FundId.ToString(), BudgetLineCode = contract.Funding.BudgetLineCode ?? "",
                    CommitmentRevision = contract.CommitmentRevision,
                });
                break;
            case RateChanged e:
                Enqueue(store, "rate-changed", e.RateCardId, new ProtoEvents.RateChanged
                {
                    RateCardId = e.RateCardId.ToString(), ServiceType = e.Segment.ServiceType.Code(), Unit = e.Unit.ToProto(),
                    Locality = e.Segment.Locality, PreviousRate = e.PreviousAmount?.ToProtoMoney(), NewRate = e.Amount.ToProtoMoney(),
                    EffectiveFrom = e.EffectiveFrom.ToProtoDate(), OccurredAt = now,
                });
                break;
            case ContractPerformanceIssueRaised e:
                Enqueue(store, "performance-issue-raised", e.ContractId, new ProtoEvents.PerformanceIssueRaised
                {
                    IssueId = e.IssueId.ToString(), ContractId = e.ContractId.ToString(),
                    Provider = ProtoMapping.ProviderRef((aggregate as ContractMonitoring)?.ProviderOdsCode ?? ""),
                    Kpi = e.Kpi ?? "", Description = $"{e.Severity} severity: {e.Subject}",
                    ResponseDue = e.ResponseDue.ToProtoDate(), OccurredAt = now,
                });
                break;
        }
    }

    /// <summary>
    /// A new CQC rating. The domain raises an event only when the rating flips brokerage eligibility,
    /// so the ratings endpoint publishes the rating itself, in the same transaction as the change.
    /// </summary>
    public static void RatingRecorded(CommissioningDbContext store, Provider provider, CqcRating previous) =>
        Enqueue(store, "provider-rated", provider.Id, new ProtoEvents.ProviderRated
        {
            Provider = ProtoMapping.ProviderRef(provider.OdsCode, provider.Name), Rating = provider.CqcRating.ToProto(),
            PreviousRating = previous.ToProto(), PublishedOn = provider.CqcRatedOn?.ToProtoDate(),
            OccurredAt = Timestamp.FromDateTimeOffset(store.Clock.GetUtcNow()),
        });

    private static void Enqueue(DbContext store, string name, Guid subject, IMessage message) =>
        store.Outbox().Enqueue($"{Source}.{name}", $"commissioning.{Source}.{name}.v1", subject.ToString(), message);
}
