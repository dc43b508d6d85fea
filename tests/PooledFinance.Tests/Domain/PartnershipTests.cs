using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Tests.Domain;

public class PartnershipTests
{
    [Fact]
    public void Plymouth_council_and_ccg_form_a_partnership_with_their_national_codes()
    {
        var p = new Plymouth(inForce: false);

        Assert.Equal(["E06000026", "99P"], p.Partnership.Bodies.Select(b => b.Code));
        Assert.True(p.Partnership.IsPartner(p.Ccg.Id));
    }

    [Fact]
    public void Staffordshire_partnership_can_hold_a_county_a_district_and_a_ccg_S22()
    {
        // S:22, S:31: districts and boroughs join the BCF alongside the county and the CCGs (codes illustrative).
        var partnership = Partnership.Create("Staffordshire BCF", [
            PartnerBody.Create("Staffordshire County Council", StatutoryBodyKind.Council, "E10000028"),
            PartnerBody.Create("SES and SP CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "05Q"),
            PartnerBody.Create("A district council", StatutoryBodyKind.DistrictCouncil, "E07000192"),
        ]);

        partnership.Join(PartnerBody.Create("Another CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "05D"));

        Assert.Equal(4, partnership.Bodies.Count);
    }

    [Fact]
    public void An_integrated_care_board_is_identified_by_a_Q_code()
    {
        var icb = PartnerBody.Create("Cheshire and Merseyside ICB", StatutoryBodyKind.IntegratedCareBoard, "qyg");

        Assert.Equal("QYG", icb.Code);
        Assert.Equal(("code", PartnershipRules.BodyCodeShape), Seeds.Violation(() =>
            PartnerBody.Create("ICB", StatutoryBodyKind.IntegratedCareBoard, "12F")).Named());
    }

    [Theory]
    [InlineData(StatutoryBodyKind.Council, "E07000192")]
    [InlineData(StatutoryBodyKind.Council, "E0600002")]
    [InlineData(StatutoryBodyKind.DistrictCouncil, "E06000026")]
    [InlineData(StatutoryBodyKind.ClinicalCommissioningGroup, "E06000026")]
    public void A_body_with_a_code_of_the_wrong_shape_is_refused(StatutoryBodyKind kind, string code)
    {
        var violation = Seeds.Violation(() => PartnerBody.Create("Body", kind, code));

        Assert.Equal(ViolationKind.Invalid, violation.Kind);
        Assert.Equal(("code", PartnershipRules.BodyCodeShape), violation.Named());
    }

    [Fact]
    public void A_partnership_needs_two_bodies_including_a_council_and_an_nhs_commissioner()
    {
        var council = PartnerBody.Create("Plymouth City Council", StatutoryBodyKind.Council, "E06000026");
        var other = PartnerBody.Create("Wirral Council", StatutoryBodyKind.Council, "E08000015");

        var ccg = PartnerBody.Create("NEW Devon CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "99P");
        var rule = PartnershipRules.CouncilAndNhsCommissioner;
        Assert.Equal(("bodies", rule), Seeds.Violation(() => Partnership.Create("Alone", [council])).Named());
        Assert.Equal(("bodies", rule), Seeds.Violation(() => Partnership.Create("Councils only", [council, other]))
            .Named());
        Assert.Equal(("bodies", rule), Seeds.Violation(() => Partnership.Create("Twice", [council, ccg, council]))
            .Named());
    }

    [Fact]
    public void A_body_cannot_join_twice_and_an_unknown_body_is_not_found()
    {
        var p = new Plymouth(inForce: false);

        Assert.Equal(("code", PartnershipRules.BodyJoinsOnce), Seeds.Violation(() => p.Partnership.Join(
            PartnerBody.Create("Plymouth again", StatutoryBodyKind.Council, "E06000026"))).Named());
        Assert.Equal(ViolationKind.NotFound, Seeds.Violation(() => p.Partnership.Body(Guid.NewGuid())).Kind);
        Assert.Equal(2, p.Partnership.Bodies.Count);
    }
}
