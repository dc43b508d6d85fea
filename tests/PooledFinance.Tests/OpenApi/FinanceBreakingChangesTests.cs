using System.Text.Json.Nodes;
using Commissioning.Testing.OpenApi;

namespace PooledFinance.Tests.OpenApi;

/// <summary>The breaking-change check on the checked-in pooled finance document and a copy with one change.</summary>
public sealed class FinanceBreakingChangesTests
{
    private readonly JsonObject _before = PooledFinanceDocumentTests.PooledFinance.Read()!;
    private readonly JsonObject _after = PooledFinanceDocumentTests.PooledFinance.Read()!;

    private JsonObject Properties(string schema) =>
        _after["components"]!["schemas"]![schema]!["properties"]!.AsObject();

    [Fact]
    public void A_position_figure_removed_breaks_the_position_and_the_lines_inside_it()
    {
        Properties("PooledFinancePositionFigures").Remove("committed");

        var breaks = BreakingChanges.Between(_before, _after);

        Assert.Contains("GET /api/v1/funds/{id}/position 200 total: response property 'committed' removed", breaks);
        Assert.Contains("GET /api/v1/funds/{id}/position 200 lines[] figures: response property 'committed' removed",
            breaks);
    }

    [Fact]
    public void The_settlement_terms_operation_removed_breaks_its_callers()
    {
        _after["paths"]!["/api/v1/agreements/{id}/settlement-terms"]!.AsObject().Remove("put");

        Assert.Equal(["PUT /api/v1/agreements/{id}/settlement-terms: operation removed"],
            BreakingChanges.Between(_before, _after));
    }
}
