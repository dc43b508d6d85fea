using Commissioning.Domain;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing.Outbox;
using Commissioning.Protos;
using Google.Protobuf.WellKnownTypes;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.Position;
using PooledFinance.Domain.Savings;
using PooledFinance.Domain.Settlement;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace PooledFinance.Api.Events;

/// <summary>
/// The domain events other services and partners hear about, as the integration events of
/// proto/commissioning/events/v1. The rest stay inside the service.
/// </summary>
public static class FinanceEvents
{
    public const string Source = "pooled-finance";
    public static readonly string DeadLetters = DeadLetterTopic.Of(Source);

    public static void Publish(Microsoft.EntityFrameworkCore.DbContext store, IDomainEvent domainEvent,
        DateTimeOffset occurredAt)
    {
        var now = Timestamp.FromDateTimeOffset(occurredAt);
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
            case GovernanceDecisionRecorded e:
                store.Outbox().Enqueue("pooled-finance.governance-decision-recorded",
                    Type("governance-decision-recorded"), e.AgreementId.ToString(),
                    new ProtoEvents.GovernanceDecisionRecorded
                    {
                        DecisionId = e.DecisionId.ToString(), AgreementId = e.AgreementId.ToString(),
                        PartnershipId = e.PartnershipId.ToString(), PartnerBodyId = e.PartnerBodyId?.ToString() ?? "",
                        Body = e.Body, Stage = Kebab(e.Stage.ToString()), DecidedOn = e.DecidedOn.ToProtoDate(),
                        OccurredAt = now, Outcome = Kebab(e.Outcome.ToString()), Conditions = { e.Conditions },
                    });
                break;
            case GovernanceDecisionConditionsMet e:
                store.Outbox().Enqueue("pooled-finance.governance-decision-conditions-met",
                    Type("governance-decision-conditions-met"), e.AgreementId.ToString(),
                    new ProtoEvents.GovernanceDecisionConditionsMet
                    {
                        DecisionId = e.DecisionId.ToString(), AgreementId = e.AgreementId.ToString(),
                        PartnershipId = e.PartnershipId.ToString(), PartnerBodyId = e.PartnerBodyId?.ToString() ?? "",
                        Stage = Kebab(e.Stage.ToString()), ConditionsMetOn = e.MetOn.ToProtoDate(),
                        AuthorisesFrom = e.AuthorisesFrom.ToProtoDate(), OccurredAt = now,
                    });
                break;
            case VarianceIdentified e:
                store.Outbox().Enqueue("pooled-finance.variance-identified", Type("variance-identified"), e.FundId.ToString(),
                    new ProtoEvents.VarianceIdentified
                    {
                        VarianceId = e.VarianceId.ToString(),
                        FundId = e.FundId.ToString(),
                        Period = new Commissioning.Protos.Common.V1.Period { FinancialYear = new() { StartYear = e.Year.StartYear }, Month = e.Month },
                        ForecastVariance = e.Variance.ToProtoMoney(),
                        IdentifiedOn = e.IdentifiedOn.ToProtoDate(),
                        NotifyPartnersBy = e.NotifyBy.ToProtoDate(),
                        OccurredAt = now,
                    });
                break;
            case VarianceNotified e:
                store.Outbox().Enqueue("pooled-finance.variance-notified", Type("variance-notified"), e.FundId.ToString(),
                    new ProtoEvents.VarianceNotified
                    {
                        VarianceId = e.VarianceId.ToString(), FundId = e.FundId.ToString(), NotifiedOn = e.NotifiedOn.ToProtoDate(),
                        Late = e.Late, OccurredAt = now,
                    });
                break;
            case VarianceNotificationOverdue e:
                store.Outbox().Enqueue("pooled-finance.variance-notification-overdue", Type("variance-notification-overdue"), e.FundId.ToString(),
                    new ProtoEvents.VarianceNotificationOverdue
                    {
                        VarianceId = e.VarianceId.ToString(), FundId = e.FundId.ToString(), NotifyPartnersBy = e.NotifyBy.ToProtoDate(),
                        FlaggedOn = e.FlaggedOn.ToProtoDate(), OccurredAt = now,
                    });
                break;
            case ContributionAgreed e:
                store.Outbox().Enqueue("pooled-finance.contribution-agreed", Type("contribution-agreed"), e.ContributionId.ToString(),
                    new ProtoEvents.ContributionAgreed
                    {
                        ContributionId = e.ContributionId.ToString(), FundId = e.FundId.ToString(), PartnerBodyId = e.PartnerBodyId.ToString(),
                        FinancialYear = Year(e.Year), Total = e.Total.ToProtoMoney(), OccurredAt = now,
                    });
                break;
            case ContributionVaried e:
                store.Outbox().Enqueue("pooled-finance.contribution-varied", Type("contribution-varied"), e.ContributionId.ToString(),
                    new ProtoEvents.ContributionVaried
                    {
                        ContributionId = e.ContributionId.ToString(), FundId = e.FundId.ToString(), PartnerBodyId = e.PartnerBodyId.ToString(),
                        FinancialYear = Year(e.Year), Total = e.Total.ToProtoMoney(), OccurredAt = now,
                    });
                break;
            case SettlementCalculated e:
                var calculated = new ProtoEvents.SettlementCalculated
                {
                    SettlementId = e.SettlementId.ToString(), AgreementId = e.AgreementId.ToString(), FundId = e.FundId.ToString(),
                    FinancialYear = Year(e.Year), TotalVariance = e.Total.ToProtoMoney(), OccurredAt = now,
                };
                calculated.Shares.AddRange(e.Shares.Select(s => new ProtoEvents.SettlementShare
                {
                    PartnerBodyId = s.PartnerBodyId.ToString(), Amount = s.Amount.ToProtoMoney(),
                    BasisPoints = e.Total == 0 ? 0 : (int)Math.Round(s.Amount / e.Total * 10_000m, MidpointRounding.ToEven),
                }));
                store.Outbox().Enqueue("pooled-finance.settlement-calculated", Type("settlement-calculated"), e.SettlementId.ToString(), calculated);
                break;
            case SettlementApproved e:
                store.Outbox().Enqueue("pooled-finance.settlement-approved", Type("settlement-approved"), e.SettlementId.ToString(),
                    new ProtoEvents.SettlementApproved
                    {
                        SettlementId = e.SettlementId.ToString(), AgreementId = e.AgreementId.ToString(), FundId = e.FundId.ToString(),
                        FinancialYear = Year(e.Year), ApprovedOn = e.ApprovedOn.ToProtoDate(), OccurredAt = now,
                    });
                break;
            case SavingsShortfallDetected e:
                store.Outbox().Enqueue("pooled-finance.savings-shortfall-detected", Type("savings-shortfall-detected"),
                    e.PlanId.ToString(), new ProtoEvents.SavingsShortfallDetected
                    {
                        SavingsPlanId = e.PlanId.ToString(), PartnershipId = e.PartnershipId.ToString(),
                        BodyId = e.BodyId.ToString(), FinancialYear = Year(e.Year),
                        Programme = e.Programme.ToString().ToUpperInvariant(),
                        Requirement = e.Requirement.ToProtoMoney(), Delivered = e.Delivered.ToProtoMoney(),
                        Shortfall = e.Shortfall.ToProtoMoney(), OccurredAt = now,
                    });
                break;
            case PoolPlanShortfallDetected e:
                store.Outbox().Enqueue("pooled-finance.pool-plan-shortfall-detected",
                    Type("pool-plan-shortfall-detected"), e.SettlementId.ToString(),
                    new ProtoEvents.PoolPlanShortfallDetected
                    {
                        SettlementId = e.SettlementId.ToString(), PoolPlanId = e.PoolPlanId.ToString(),
                        AgreementId = e.AgreementId.ToString(), FundId = e.FundId.ToString(),
                        FinancialYear = Year(e.Year), ResourceLimit = e.ResourceLimit.ToProtoMoney(),
                        PlannedDeficit = e.PlannedDeficit.ToProtoMoney(), Benefits = e.Benefits.ToProtoMoney(),
                        Outturn = e.Outturn.ToProtoMoney(), Shortfall = e.Shortfall.ToProtoMoney(), OccurredAt = now,
                    });
                break;
        }
    }

    private static Commissioning.Protos.Common.V1.FinancialYear Year(FinancialYear year) => new() { StartYear = year.StartYear };

    /// <summary>"HeadsOfTerms" as the REST documents spell it: "heads-of-terms".</summary>
    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static string Type(string name) => $"commissioning.{Source}.{name}.v1";
}
