using Commissioning.Protos;
using Commissioning.ServiceDefaults;
using Commissioning.Eventing.Subscribing;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Ledger;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace PooledFinance.Api.Events;

/// <summary>
/// The workforce service states a staffing forecast's net staffing cost for one financial year whenever it changes,
/// naming the pooled fund and the line code it is committed on; pooled finance posts the difference on that
/// year's line (<see cref="StaffingCommitment"/>). A forecast with no funding line commits nothing here. The
/// inbox takes each event once; a late statement of a year changes nothing (its occurred_at is older than the
/// one taken). A statement naming a fund this service does not hold, or another fund than the forecast's, or
/// carrying impossible figures, can never be applied: it goes to the dead-letter topic.
/// </summary>
/// <remarks>
/// Whether the forecast's employer is a partner of the fund is not checked: the event is the workforce service's,
/// delivered by the sidecar with its token, and a council's HR officer names the pool line its finance officer gave.
/// </remarks>
public static class StaffingCommitmentSubscription
{
    public const string Topic = "workforce.staffing-forecast-changed";

    public static void MapStaffingCommitmentSubscription(this WebApplication app, string deadLetterTopic) =>
        app.MapSubscription<PooledFinanceStore, ProtoEvents.StaffingForecastChanged>(Topic,
            "/events/staffing-forecast-changed", (store, e, ct) => Apply(store, e.Data, ct), deadLetterTopic);

    private static async Task Apply(PooledFinanceStore store, ProtoEvents.StaffingForecastChanged change,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(change.FundId) || string.IsNullOrWhiteSpace(change.BudgetLineCode)) return;
        var forecastId = change.ForecastId.ToId("forecastId");
        var fundId = change.FundId.ToId("fundId");
        var books = await FundBooks.Load(store, fundId, "fundId");
        var commitment = await store.Aggregates<StaffingCommitment>().Find(forecastId, ct);
        if (commitment is null)
        {
            commitment = StaffingCommitment.Start(forecastId, fundId);
            store.Aggregates<StaffingCommitment>().Add(commitment, key: fundId.ToString());
        }
        // Statements are ordered by when they were made, so one without a time cannot be placed.
        var statedAt = change.OccurredAt?.ToDateTimeOffset()
            ?? throw PooledFinanceApiRules.StaffingStatementDated.Broken("occurredAt",
                "A statement says when it was made.");
        var year = change.FinancialYear.ToFinancialYear("financialYear");
        var statement = new StaffingYear(year, change.BudgetLineCode, change.NetStaffing.ToPounds(),
            BusinessDate.LondonDate(statedAt), statedAt);
        if (commitment.State(statement, fundId))
            await books.StageCommitment(commitment, books.Lines.Where(l => l.Year == year), ct);
    }
}
