using Commissioning.Eventing;
using Commissioning.Eventing.Subscribing;
using Commissioning.Protos;
using Commissioning.Protos.Events.V1;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Api.Events;

/// <summary>
/// A verified care package's commitment becomes a commitment entry on its budget line. Delivery is at
/// least once, so the entry is keyed by the commitment id: a redelivery finds it and adds nothing.
/// A commitment against a line that does not exist can never be applied: it is dropped to the
/// dead-letter topic for an operator, not retried.
/// </summary>
public static class CommitmentSubscription
{
    public const string Topic = "care-packages.package-commitment-requested";

    public static void MapCommitmentSubscription(this WebApplication app, string deadLetterTopic) =>
        app.MapSubscription<PooledFinanceStore, PackageCommitmentRequested>(Topic, "/events/package-commitment-requested",
            async (store, delivered, ct) =>
            {
                var request = delivered.Data;
                var lineId = Guid.TryParse(request.BudgetLineId, out var id) ? id : throw new EventRejectedException("budgetLineId is not an id.");
                var line = await store.Aggregates<BudgetLine>().Find(lineId, ct)
                    ?? throw new EventRejectedException($"Budget line {lineId} does not exist.");
                var books = await FundBooks.Load(store, line.FundId ?? throw new EventRejectedException("The line is in no fund."));
                // Staged only: the subscription saves it with the inbox record, in one transaction.
                books.PostOnce(lineId, EntryKind.Commitment, request.AnnualAmount.ToPounds(),
                    request.EffectiveFrom.ToDateOnly("effectiveFrom"), $"commitment:{request.CommitmentId}");
            }, deadLetterTopic);
}
