using Commissioning.Eventing;
using Commissioning.Eventing.Subscribing;
using Commissioning.Protos;
using Commissioning.Protos.Events.V1;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Api.Events;

/// <summary>
/// A verified care package's commitment becomes a commitment entry on its budget line, and an ended
/// package's release takes the unneeded part off again (a negative commitment on its last day).
/// Delivery is at least once, so each entry is keyed by the commitment or release id: a redelivery
/// finds it and adds nothing. One against a line that does not exist can never be applied: it is
/// dropped to the dead-letter topic for an operator, not retried.
/// </summary>
public static class CommitmentSubscription
{
    public const string Topic = "care-packages.package-commitment-requested";
    public const string ReleaseTopic = "care-packages.package-commitment-released";

    public static void MapCommitmentSubscription(this WebApplication app, string deadLetterTopic)
    {
        app.MapSubscription<PooledFinanceStore, PackageCommitmentRequested>(Topic, "/events/package-commitment-requested",
            (store, delivered, _) => Post(store, delivered.Data.BudgetLineId, delivered.Data.AnnualAmount.ToPounds(),
                delivered.Data.EffectiveFrom.ToDateOnly("effectiveFrom"), $"commitment:{delivered.Data.CommitmentId}"), deadLetterTopic);
        app.MapSubscription<PooledFinanceStore, PackageCommitmentReleased>(ReleaseTopic, "/events/package-commitment-released",
            (store, delivered, _) => delivered.Data.ReleasedAmount.ToPounds() == 0m ? Task.CompletedTask
                : Post(store, delivered.Data.BudgetLineId, -delivered.Data.ReleasedAmount.ToPounds(),
                    delivered.Data.EndDate.ToDateOnly("endDate"), $"release:{delivered.Data.ReleaseId}"), deadLetterTopic);
    }

    private static async Task Post(PooledFinanceStore store, string budgetLineId, decimal amount, DateOnly on, string reference)
    {
        var lineId = Guid.TryParse(budgetLineId, out var id) ? id : throw new EventRejectedException("budgetLineId is not an id.");
        var line = await store.Aggregates<BudgetLine>().Find(lineId)
            ?? throw new EventRejectedException($"Budget line {lineId} does not exist.");
        var books = await FundBooks.Load(store, line.FundId ?? throw new EventRejectedException("The line is in no fund."));
        // Staged only: the subscription saves it with the inbox record, in one transaction.
        books.PostOnce(lineId, EntryKind.Commitment, amount, on, reference);
    }
}
