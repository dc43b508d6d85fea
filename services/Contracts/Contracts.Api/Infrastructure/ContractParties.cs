using Commissioning.Persistence;
using Contracts.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Contracts.Api.Infrastructure;

/// <summary>
/// Each party to a contract (every commissioner it names and its provider, its tenancy's codes) as a row beside the
/// contract's JSON (the persistence README's projection tables), with the contract's place in list order and its
/// tenancy. A caller's contract tenancies are the distinct tenancies of its organisation's rows, and a
/// commissioner's list a page of them, both read from one index, where each was a substring scan of every row's
/// tenancy. Written in the save that writes the contract (a novation moves it to its new parties in that save
/// too); derived from an audited row, so not audited itself.
/// </summary>
public sealed class ContractParty : IListedRow
{
    public const string Table = "contract_parties";

    /// <summary>The contract's id.</summary>
    public Guid Id { get; set; }
    public string Party { get; set; } = "";
    public string? Tenancy { get; set; }
    public DateTime UpdatedUtc { get; set; }

    // A party's contracts in list order, and with the tenancy its distinct tenancies, from the index alone.
    public static void Map(ModelBuilder model) => model.MapListedRows<ContractParty>(Table, nameof(Party));

    /// <summary>Writes the parties of <paramref name="contract"/> as its row now stands (added or changed).</summary>
    public static void Write(DbContext store, ListedRows<ContractParty, string> written,
        CommissioningContract contract, StoredAggregate row) =>
        written.Write(store, row, PartiesIn(row.Tenancy), held => PartiesIn(held.Tenancy), party => new ContractParty
        {
            Id = contract.Id, Party = party, Tenancy = row.Tenancy, UpdatedUtc = row.UpdatedUtc,
        });

    /// <summary>The tenancies of the contracts <paramref name="party"/> is party to.</summary>
    public static Task<List<string>> TenanciesOf(ContractsStore store, string party, CancellationToken ct) =>
        store.Set<ContractParty>().Where(p => p.Party == party && p.Tenancy != null).Select(p => p.Tenancy!)
            .Distinct().ToListAsync(ct);

    /// <summary>The page of the contracts <paramref name="party"/> is party to, in list order.</summary>
    public static Task<IReadOnlyList<CommissioningContract>> PageFor(ContractsStore store, string party, int offset,
        int limit) =>
        store.Aggregates<CommissioningContract>().PageOf(
            store.Set<ContractParty>().Where(p => p.Party == party), offset, limit);

    // A contract's tenancy is its parties' codes, space-separated (ContractsTenancy.PartiesOf).
    private static IEnumerable<string> PartiesIn(string? tenancy) =>
        (tenancy ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
