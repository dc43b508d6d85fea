using Commissioning.Domain;
using Commissioning.Eventing.Outbox;
using Commissioning.Protos;
using Google.Protobuf.WellKnownTypes;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Position;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace PooledFinance.Api.Events;

/// <summary>
/// The domain events other services and partners hear about, as the integration events of
/// proto/commissioning/events/v1. The rest stay inside the service.
/// </summary>
public static class FinanceEvents
{
    public const string Source = "pooled-finance";
    public const string DeadLetters = Source + ".dead-letters";

    public static void Publish(Microsoft.EntityFrameworkCore.DbContext store, IDomainEvent domainEvent)
    {
        var now = Timestamp.FromDateTime(DateTime.UtcNow);
        switch (domainEvent)
        {
            case MaterialChangeDetected e:
                store.Outbox().Enqueue("pooled-finance.material-change-raised", Type("material-change-raised"), e.AgreementId.ToString(),
                    new ProtoEvents.MaterialChangeRaised
                    {
                        ChangeId = e.MaterialChangeId.ToString(),
                        AgreementId = e.AgreementId.ToString(),
                        Description = $"Funding changes in {e.Year} reached the materiality threshold; a variation is required.",
                        CumulativeAnnualImpact = e.CumulativeImpact.ToProtoMoney(),
                        Threshold = e.Threshold.ToProtoMoney(),
                        OccurredAt = now,
                    });
                break;
            case VarianceIdentified e:
                store.Outbox().Enqueue("pooled-finance.variance-identified", Type("variance-identified"), e.FundId.ToString(),
                    new ProtoEvents.VarianceIdentified
                    {
                        VarianceId = e.VarianceId.ToString(),
                        FundId = e.FundId.ToString(),
                        ForecastVariance = e.Variance.ToProtoMoney(),
                        IdentifiedOn = e.IdentifiedOn.ToProtoDate(),
                        NotifyPartnersBy = e.NotifyBy.ToProtoDate(),
                        OccurredAt = now,
                    });
                break;
        }
    }

    private static string Type(string name) => $"commissioning.{Source}.{name}.v1";
}
