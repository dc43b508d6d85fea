using Commissioning.Eventing;
using Commissioning.Eventing.Subscribing;
using Commissioning.Protos;
using Commissioning.Protos.Events.V1;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Position;

namespace PooledFinance.Api.Events;

/// <summary>
/// Care packages' forecast overspend (funding agreed against a line without its headroom, A risk 9) is
/// kept on the fund, awaiting the partners' joint mitigation (<see cref="OverspendForecast"/>). Delivery
/// is at least once: the inbox takes each event once, and a signal already kept adds nothing. One
/// naming a fund or line this service does not hold, or with figures that do not add up, can never
/// be applied: it is dropped to the dead-letter topic, not retried.
/// </summary>
public static class OverspendSubscription
{
    public const string Topic = "care-packages.forecast-overspend-signalled";

    public static void MapOverspendSubscription(this WebApplication app, string deadLetterTopic) =>
        app.MapSubscription<PooledFinanceStore, ForecastOverspendSignalled>(Topic,
            "/events/forecast-overspend-signalled", (store, delivered, _) => Keep(store, delivered.Data),
            deadLetterTopic);

    private static async Task Keep(PooledFinanceStore store, ForecastOverspendSignalled e)
    {
        var fundId = Id(e.FundId, "fundId");
        var forecasts = store.Aggregates<OverspendForecast>();
        if ((await forecasts.List(fundId.ToString())).Any(f => f.SignalId == e.SignalId)) return;
        var books = await FundBooks.Load(store, fundId, "fundId");
        var signal = new OverspendSignal(e.SignalId, e.PackageId, e.FinancialYear.ToFinancialYear("financialYear"),
            e.Commitment.ToPounds(), e.Headroom.ToPounds(), e.Overspend.ToPounds(),
            e.SignalledOn.ToDateOnly("signalledOn"));
        var forecast = OverspendForecast.Raise(books.Fund, books.Line(Id(e.BudgetLineId, "budgetLineId")), signal);
        // Staged only: the subscription saves it with the inbox record, in one transaction.
        forecasts.Add(forecast, key: fundId.ToString());
    }

    private static Guid Id(string text, string field) =>
        Guid.TryParse(text, out var id) ? id : throw new EventRejectedException($"{field} '{text}' is not an id.");
}
