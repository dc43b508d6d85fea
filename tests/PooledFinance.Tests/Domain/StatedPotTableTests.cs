using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Issue 16 item 11: Wirral's pot table as stated (W:606-611; A_wirral_staffs.md BR-04, BR-05, BR-10), its
/// rows and columns tying, the council's row against its £77.8m net budget flagged, and Pot A tied to the lines.
/// </summary>
public class StatedPotTableTests
{
    private readonly Wirral _w = new();

    private StatedPotTable Table(decimal councilD = 5.2m) => StatedPotTable.State(_w.Agreement, Y2017,
    [
        new(_w.Council.Id, "Council", Millions(73.9m), 0, 0, Millions(councilD), Millions(79.1m), Millions(77.8m)),
        new(_w.Ccg.Id, "CCG", Millions(420.2m), Millions(73.2m), Millions(0.2m), Millions(15.7m), Millions(509.3m),
            Millions(509.3m)),
        new(_w.Council.Id, "Public Health", Millions(25.6m), 0, 0, Millions(4.3m), Millions(29.9m), Millions(29.9m)),
    ], new StatedPotTotals(Millions(519.7m), Millions(73.2m), Millions(0.2m), Millions(25.2m), Millions(618.3m)));

    private BudgetLine[] PotALines() =>
    [
        BudgetLine.Create(_w.Council.Id, Y2017, "COUNCIL-ASC", "Adult social care", Pot.A, Millions(73.9m)),
        BudgetLine.Create(_w.Ccg.Id, Y2017, "CCG-COMMISSIONED", "CCG commissioned services", Pot.A, Millions(420.2m)),
        BudgetLine.Create(_w.Council.Id, Y2017, "PUBLIC-HEALTH", "Public health", Pot.A, Millions(25.6m)),
    ];

    [Fact]
    public void Wirral_pools_519_7m_and_keeps_98_6m_outside_of_618_3m_and_only_the_councils_budget_basis_differs()
    {
        var table = Table();

        var reconciliation = table.Reconcile(PotALines());

        Assert.Equal((Millions(519.7m), Millions(98.6m)), (table.Pooled, table.NonPooled)); // BR-10
        var gap = Assert.Single(reconciliation.Discrepancies); // BR-05: 79.1 against the £77.8m net budget
        Assert.Equal(("Council total against its allocation", Millions(1.3m)), (gap.Where, gap.Difference));
        Assert.Equal(14, reconciliation.ChecksMade);
    }

    [Fact]
    public void A_cell_that_breaks_its_row_and_column_is_reported_in_both_places()
    {
        var reconciliation = Table(councilD: 5.3m).Reconcile(PotALines());

        Assert.Equal(["Council total", "Council total against its allocation", "Pot D total"],
            reconciliation.Discrepancies.Select(d => d.Where));
    }

    [Fact]
    public void Pot_A_that_the_lines_do_not_hold_is_reported_for_its_owner()
    {
        var reconciliation = Table().Reconcile(PotALines().Take(2));

        Assert.Contains(reconciliation.Discrepancies, d =>
            d.Where == "Council and Public Health Pot A against the pooled lines" && d.Difference == Millions(25.6m));
    }

    [Fact]
    public void A_row_of_a_body_outside_the_agreement_or_a_negative_cell_is_refused()
    {
        var stranger = new Plymouth().Council.Id;
        Assert.Equal("ownerBodyId", Violation(() => StatedPotTable.State(_w.Agreement, Y2017,
            [new(stranger, "Plymouth", 1, 0, 0, 0, 1, null)], new StatedPotTotals(1, 0, 0, 0, 1))).Field);
        Assert.Equal("rows", Violation(() => StatedPotTable.State(_w.Agreement, Y2017,
            [new(_w.Ccg.Id, "CCG", -1, 0, 0, 0, -1, null)], new StatedPotTotals(0, 0, 0, 0, 0))).Field);
        Assert.Equal(("rows", PotTableRules.StatesARow), Violation(() => StatedPotTable.State(_w.Agreement, Y2017,
            [], new StatedPotTotals(0, 0, 0, 0, 0))).Named());
    }
}
