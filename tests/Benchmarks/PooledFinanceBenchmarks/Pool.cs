using System.Diagnostics;
using Commissioning.Domain;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Api.Infrastructure.Ledger;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.Settlement;

namespace PooledFinanceBenchmarks;

/// <summary>
/// A council and a CCG with one pooled fund of <c>lines</c> budget lines for 2018/19, and a ledger of
/// <c>postings</c> entries: each line's budget on 1 April, a forecast in September, and commitments
/// and actuals spread over the year, loaded with the service's own bulk append.
/// </summary>
public sealed record Pool(Guid FundId, FinancialYear Year)
{
    public static readonly FinancialYear Year2018 = new(2018);

    public static async Task<Pool> Create(PooledFinanceStore store, int lines, int postings)
    {
        var council = PartnerBody.Create("Wirral Council", StatutoryBodyKind.Council, "E08000015");
        var ccg = PartnerBody.Create("NHS Wirral CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "12F");
        var partnership = Partnership.Create("Wirral Integrated Commissioning Hub", [council, ccg]);
        var agreement = Section75Agreement.Draft(partnership, "Wirral ICH s75", ["One budget"], ["Adult social care"],
            new DateOnly(2018, 4, 1), null, new DateOnly(2019, 4, 1), noticePeriodMonths: 3);
        agreement.Approve(council.Id, "Cabinet", "Cabinet 27.11.17", new DateOnly(2017, 11, 27));
        agreement.Approve(ccg.Id, "Governing Body", "GB delegation", new DateOnly(2017, 11, 28));
        agreement.BringIntoForce(new DateOnly(2018, 4, 1));
        agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions()));
        var fund = Fund.Create(agreement, "ICH pooled fund", FundKind.Pooled, council.Id, "ICH pool manager", VatModel.LeadCommissioner);
        store.Aggregates<Partnership>().Add(partnership);
        store.Aggregates<Section75Agreement>().Add(agreement, partnership.Id.ToString());
        store.Aggregates<Fund>().Add(fund, agreement.Id.ToString());
        await store.SaveChangesAsync();

        var budgetLines = new List<BudgetLine>(lines);
        var assessed = new RiskAssessment("RA-2018", "Joint Finance Group", new DateOnly(2018, 3, 15));
        for (var i = 0; i < lines; i++)
        {
            var line = BudgetLine.Create(i % 2 == 0 ? council.Id : ccg.Id, Year2018, $"L{i:00000}", $"Line {i}", Pot.A, 50_000m + i % 97 * 1_000m);
            line.MoveIntoPool(fund, assessed);
            store.Aggregates<BudgetLine>().Add(line, fund.Id.ToString());
            budgetLines.Add(line);
            if (i % 1_000 == 999) await store.SaveChangesAsync();
        }
        await store.SaveChangesAsync();
        store.ChangeTracker.Clear();

        // A loader's connection: SQLite gets a page cache big enough for the indexes it is filling.
        await store.Database.OpenConnectionAsync();
        if (store.Database.IsSqlite()) await store.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144");
        var watch = Stopwatch.StartNew();
        const int perTransaction = 250_000;
        var loaded = 0;
        foreach (var chunk in Postings(fund, budgetLines, postings).Chunk(perTransaction))
        {
            await using var transaction = await store.Database.BeginTransactionAsync();
            loaded += await LedgerAppend.AppendAsync(store.Database, chunk);
            await transaction.CommitAsync();
        }
        Console.WriteLine($"  loaded {loaded:N0} postings in {watch.Elapsed.TotalSeconds:0.0} s ({loaded / watch.Elapsed.TotalSeconds:N0}/s)");
        return new Pool(fund.Id, Year2018);
    }

    private static IEnumerable<LedgerEntryRecord> Postings(Fund fund, IReadOnlyList<BudgetLine> lines, int postings)
    {
        var random = new Random(75);
        LedgerEntryRecord Entry(BudgetLine line, EntryKind kind, long pence, DateOnly date, string reference) => new()
        {
            Id = Guid.NewGuid(), FundId = fund.Id, BudgetLineId = line.Id, PartnerBodyId = line.OwnerBodyId, Kind = kind,
            AmountPence = pence, PostingDate = date, Reference = reference, VatRecoveredBy = fund.VatRecoveredBy(line.OwnerBodyId),
        };
        foreach (var line in lines) yield return Entry(line, EntryKind.Budget, (long)(line.Amount * 100), Year2018.Start, $"budget:{line.Code}");
        foreach (var line in lines)
            yield return Entry(line, EntryKind.Forecast, (long)(line.Amount * 100) + random.Next(-500_000, 500_000), new DateOnly(2018, 9, 30), $"forecast:{line.Code}");
        for (var n = 2 * lines.Count; n < postings; n++)
        {
            var line = lines[random.Next(lines.Count)];
            var kind = n % 4 == 0 ? EntryKind.Commitment : EntryKind.Actual;
            yield return Entry(line, kind, random.Next(1, 250_000), Year2018.Start.AddDays(random.Next(365)), $"P{n}");
        }
    }
}
