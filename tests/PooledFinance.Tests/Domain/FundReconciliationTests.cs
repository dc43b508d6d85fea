using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Planning;
using PooledFinance.Domain.Position;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>W's Better Care Fund 2017/18 (W:398): £47.9m stated, £22.5m council (with iBCF) and £25.5m CCG given.</summary>
public class FundReconciliationTests
{
    private sealed class WirralBcf
    {
        public Wirral W { get; } = new();
        public Fund Bcf { get; }
        public FundLedger Ledger { get; }
        public BudgetLine Council { get; }
        public BudgetLine Ccg { get; }

        public WirralBcf()
        {
            Bcf = W.BetterCareFund();
            Ledger = FundLedger.Open(Bcf);
            Council = BudgetLine.Create(W.Council.Id, Y2017, "BCF-COUNCIL", "Council contribution incl. iBCF", Pot.A, Millions(22.5m));
            Ccg = BudgetLine.Create(W.Ccg.Id, Y2017, "BCF-CCG", "CCG contribution", Pot.A, Millions(25.5m));
            foreach (var line in new[] { Council, Ccg })
            {
                line.MoveIntoPool(Bcf, new RiskAssessment("BCF-RA", "Joint Finance Group", new DateOnly(2017, 3, 15)));
                Ledger.Post(line, EntryKind.Budget, line.Amount, Y2017.Start, $"budget:{line.Code}");
            }
        }

        public FundPosition YearEnd() => FundPosition.FromEntries(Bcf, [Council, Ccg], Ledger.Entries, Y2017, 12);
    }

    [Fact]
    public void The_BCF_stated_at_47_9m_is_listed_against_the_48_0m_its_lines_add_up_to_W_L398()
    {
        var f = new WirralBcf();

        var reconciliation = FundReconciliation.Reconcile(f.YearEnd(), [f.Council, f.Ccg], new StatedFigures(FundTotal: Millions(47.9m)));

        var discrepancy = Assert.Single(reconciliation.Discrepancies);
        Assert.Equal("2017/18 fund total against the sum of its lines", discrepancy.Where);
        Assert.Equal((Millions(47.9m), Millions(48.0m), Millions(-0.1m)), (discrepancy.Stated, discrepancy.Computed, discrepancy.Difference));
        Assert.Equal(3, reconciliation.ChecksMade); // two lines against the ledger, then the stated total
    }

    [Fact]
    public void A_budget_posted_beside_a_line_shows_as_the_line_against_its_ledger_budget()
    {
        var f = new WirralBcf();
        f.Ledger.Post(f.Council, EntryKind.Budget, Millions(0.1m), new DateOnly(2017, 9, 1), "virement:DFG");

        var reconciliation = FundReconciliation.Reconcile(f.YearEnd(), [f.Council, f.Ccg],
            new StatedFigures(FundTotal: Millions(47.9m), Lines: [new StatedLine("bcf-ccg", Millions(25.5m))]));

        Assert.Equal(
            [("2017/18 BCF-COUNCIL budget line against its ledger budget", Millions(22.5m), Millions(22.6m)),
             ("2017/18 fund total against the sum of its lines", Millions(47.9m), Millions(48.1m))],
            reconciliation.Discrepancies.Select(d => (d.Where, d.Stated, d.Computed)));
    }

    [Fact]
    public void A_stated_table_is_checked_against_its_own_parts_P_L317()
    {
        var f = new WirralBcf();
        // Plymouth 2016/17 (£k): the lines add up to 449,163 and the total is stated as 449,161.
        var plan = new StatedTable("2016/17 Total Planned Spend", Thousands(449_161),
            new[] { 17_158m, 183_254m, 112_820m, 150_421m, 18_240m, -32_730m, 0m }.Select((k, i) => new PlanLine($"line {i + 1}", Thousands(k))).ToList());

        var reconciliation = FundReconciliation.Reconcile(f.YearEnd(), [f.Council, f.Ccg], new StatedFigures(Tables: [plan]));

        var discrepancy = Assert.Single(reconciliation.Discrepancies);
        Assert.Equal(Thousands(-2), discrepancy.Difference);
    }

    [Fact]
    public void A_stated_line_that_is_not_in_the_fund_is_refused_naming_it()
    {
        var f = new WirralBcf();

        var violation = Violation(() => FundReconciliation.Reconcile(f.YearEnd(), [f.Council, f.Ccg],
            new StatedFigures(Lines: [new StatedLine("BCF-DFG", 1m)])));

        Assert.Equal("lines[0].code", violation.Field);
    }
}
