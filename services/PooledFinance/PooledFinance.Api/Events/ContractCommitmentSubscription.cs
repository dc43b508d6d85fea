using Commissioning.Domain;
using Commissioning.Eventing.Subscribing;
using Commissioning.Protos;
using Google.Protobuf.Collections;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Ledger;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace PooledFinance.Api.Events;

/// <summary>
/// A contract's award, variations and notice each carry the whole list of what it commits by financial
/// year; pooled finance posts the difference on the fund's line of the contract's code in each year
/// (<see cref="ContractCommitment"/>). A contract with no line code commits nothing here. Delivery is
/// at least once (the inbox takes each event once) and the three topics may interleave: the revision
/// keeps an older list from overwriting a newer one. An event naming a fund this service does not
/// hold, or carrying impossible figures, can never be applied: it goes to the dead-letter topic.
/// </summary>
public static class ContractCommitmentSubscription
{
    public static void MapContractCommitmentSubscription(this WebApplication app, string deadLetterTopic)
    {
        app.MapSubscription<PooledFinanceStore, ProtoEvents.ContractAwarded>("contracts.contract-awarded", "/events/contract-awarded",
            (store, e, ct) => Apply(store, new(e.Data.ContractId, e.Data.FundId, e.Data.BudgetLineCode, e.Data.CommitmentRevision,
                e.Data.StartDate, e.Data.Commitments), ct), deadLetterTopic);
        app.MapSubscription<PooledFinanceStore, ProtoEvents.ContractVaried>("contracts.contract-varied", "/events/contract-varied",
            (store, e, ct) => Apply(store, new(e.Data.ContractId, e.Data.FundId, e.Data.BudgetLineCode, e.Data.CommitmentRevision,
                e.Data.EffectiveFrom, e.Data.Commitments), ct), deadLetterTopic);
        app.MapSubscription<PooledFinanceStore, ProtoEvents.ContractTerminated>("contracts.contract-terminated", "/events/contract-terminated",
            (store, e, ct) => Apply(store, new(e.Data.ContractId, e.Data.FundId, e.Data.BudgetLineCode, e.Data.CommitmentRevision,
                e.Data.EffectiveOn, e.Data.Commitments), ct), deadLetterTopic);
    }

    private sealed record Change(string ContractId, string FundId, string LineCode, int Revision,
        Commissioning.Protos.Common.V1.Date? EffectiveFrom, RepeatedField<ProtoEvents.FinancialYearCommitment> Commitments);

    private static async Task Apply(PooledFinanceStore store, Change change, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(change.LineCode)) return;
        // A rule violation here (an unknown fund, impossible figures) is a permanent failure for every
        // subscription (EventingOptions.IsPermanentFailure), so the event is dead-lettered rather than retried.
        var contractId = change.ContractId.ToId("contractId");
        var fundId = change.FundId.ToId("fundId");
        var books = await FundBooks.Load(store, fundId, "fundId");
        var commitment = await store.Aggregates<ContractCommitment>().Find(contractId, ct);
        if (commitment is null)
        {
            commitment = ContractCommitment.Start(contractId, fundId, change.LineCode);
            store.Aggregates<ContractCommitment>().Add(commitment, key: fundId.ToString());
        }
        var years = change.Commitments.Select(c => new YearCommitment(c.FinancialYear.ToFinancialYear("commitments"), c.Amount.ToPounds())).ToList();
        if (commitment.Replace(change.Revision, change.EffectiveFrom.ToDateOnly("effectiveFrom"), years))
            await books.StageCommitment(commitment, books.Lines, ct);
    }

}
