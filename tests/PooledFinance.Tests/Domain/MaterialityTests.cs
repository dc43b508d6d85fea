using Commissioning.Domain;
using PooledFinance.Domain.Agreements;

namespace PooledFinance.Tests.Domain;

public class MaterialityTests
{
    private static readonly DateOnly On = new(2015, 6, 1);

    [Fact]
    public void Changes_below_500k_a_year_are_absorbed_by_the_mechanism_P_L375()
    {
        var p = new Plymouth();

        Assert.Null(p.Agreement.RecordFundingChange(p.Council.Id, FundingChangeKind.Funding, "Grant cut", Seeds.Y2015, -300_000m, On));
        Assert.Null(p.Agreement.RecordFundingChange(p.Ccg.Id, FundingChangeKind.StatutoryDuty, "New duty", Seeds.Y2015, 199_999.99m, On));

        Assert.Equal(499_999.99m, p.Agreement.CumulativeImpactNotYetMaterial(Seeds.Y2015));
        Assert.False(p.Agreement.VariationRequired);
    }

    [Fact]
    public void Reaching_500k_cumulatively_raises_a_material_change_that_requires_a_variation_P_L376()
    {
        var p = new Plymouth();
        p.Agreement.RecordFundingChange(p.Council.Id, FundingChangeKind.Funding, "Grant cut", Seeds.Y2015, -300_000m, On);

        var material = p.Agreement.RecordFundingChange(p.Ccg.Id, FundingChangeKind.StatutoryDuty, "Care Act duty", Seeds.Y2015, 200_000m, On);

        Assert.NotNull(material);
        Assert.Equal(500_000m, material.CumulativeImpact);
        Assert.True(p.Agreement.VariationRequired);
        Assert.Contains(p.Agreement.DomainEvents, e => e is MaterialChangeDetected { CumulativeImpact: 500_000m });
        Assert.Equal(0m, p.Agreement.CumulativeImpactNotYetMaterial(Seeds.Y2015));
    }

    [Fact]
    public void The_variation_resolves_the_material_change()
    {
        var p = new Plymouth();
        p.Agreement.RecordFundingChange(p.Council.Id, FundingChangeKind.Funding, "Grant cut", Seeds.Y2015, -600_000m, On);

        p.Agreement.Vary("Contributions re-based", new DateOnly(2015, 7, 1), p.JointBoardDecision("Re-base", new DateOnly(2015, 6, 20)));

        Assert.False(p.Agreement.VariationRequired);
        Assert.Equal(p.Agreement.Variations[0].Id, p.Agreement.MaterialChanges[0].ResolvedByVariationId);
    }

    [Fact]
    public void Each_financial_year_accumulates_on_its_own()
    {
        var p = new Plymouth();
        p.Agreement.RecordFundingChange(p.Council.Id, FundingChangeKind.Funding, "2015/16 change", Seeds.Y2015, 400_000m, On);

        var nextYear = p.Agreement.RecordFundingChange(p.Council.Id, FundingChangeKind.Funding, "2016/17 change", new FinancialYear(2016), 400_000m, On);

        Assert.Null(nextYear);
    }

    [Fact]
    public void The_threshold_is_configurable_per_agreement()
    {
        var p = new Plymouth();
        p.Agreement.ChangeMaterialityThreshold(1_000_000m);

        Assert.Null(p.Agreement.RecordFundingChange(p.Council.Id, FundingChangeKind.Funding, "Cut", Seeds.Y2015, -600_000m, On));
        Assert.Equal("threshold", Seeds.Violation(() => p.Agreement.ChangeMaterialityThreshold(-1m)).Field);
    }

    [Fact]
    public void A_change_from_an_unknown_partner_or_with_a_fraction_of_a_penny_is_refused_and_not_recorded()
    {
        var p = new Plymouth();

        Assert.Equal(ViolationKind.NotFound, Seeds.Violation(() =>
            p.Agreement.RecordFundingChange(Guid.NewGuid(), FundingChangeKind.Funding, "x", Seeds.Y2015, 1m, On)).Kind);
        Assert.Equal("annualImpact", Seeds.Violation(() =>
            p.Agreement.RecordFundingChange(p.Council.Id, FundingChangeKind.Funding, "x", Seeds.Y2015, 1.001m, On)).Field);
        Assert.Empty(p.Agreement.FundingChanges);
    }
}
