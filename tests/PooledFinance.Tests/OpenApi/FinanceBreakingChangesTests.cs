using Commissioning.Testing.OpenApi;

namespace PooledFinance.Tests.OpenApi;

/// <summary>The breaking-change check on the checked-in pooled finance document and a copy with one change.</summary>
public sealed class FinanceBreakingChangesTests
{
    private readonly DocumentChange _change = new(PooledFinanceDocumentTests.PooledFinance);

    [Fact]
    public void A_position_figure_removed_breaks_the_position_and_the_lines_inside_it()
    {
        _change.Schema("PooledFinancePositionFigures")["properties"]!.AsObject().Remove("committed");

        var breaks = _change.Breaks();

        Assert.Contains("GET /api/v1/funds/{id}/position 200 total: response property 'committed' removed", breaks);
        Assert.Contains("GET /api/v1/funds/{id}/position 200 lines[] figures: response property 'committed' removed",
            breaks);
    }

    [Fact]
    public void The_settlement_terms_operation_removed_breaks_its_callers()
    {
        _change.After["paths"]!["/api/v1/agreements/{id}/settlement-terms"]!.AsObject().Remove("put");

        Assert.Equal(["PUT /api/v1/agreements/{id}/settlement-terms: operation removed"],
            _change.Breaks());
    }
}
