using Commissioning.Domain;
using Contracts.Domain.Agreements;
using Contracts.Domain.DueDiligence;

namespace Contracts.Tests.Domain;

/// <summary>
/// Issue 16, defect 2: the sign-off is the named post's, not anyone's. P: the six-function evaluation team,
/// "with sign off being provided by the Strategic Director for People" (P:L817; C L372, L828); Wirral's
/// due diligence sits with its Director for Adult Care and Health (B §1.1 L198).
/// </summary>
public class DueDiligenceSignatoryTests
{
    private static readonly DateOnly Assessed = new(2014, 11, 20);

    private static DueDiligenceAssessment Assessed9(Guid providerId)
    {
        var dd = DueDiligenceAssessment.Start(providerId, new DateOnly(2014, 11, 3));
        foreach (var area in DueDiligenceAreas.All)
            dd.Assess(area, area.AssessedBy(), "Evaluation team member", AreaOutcome.Satisfactory, Assessed);
        return dd;
    }

    [Fact]
    public void A_sign_off_by_anyone_but_the_Strategic_Director_for_People_is_refused_in_Plymouth_P_L817()
    {
        var dd = Assessed9(Guid.NewGuid());
        var plymouth = Seeds.SignatoryOf(Seeds.PlymouthCouncil);

        var violation = Violations.Expect(DueDiligenceRules.TheNamedSignatory, "signatoryRole",
            () => dd.SignOff("A. Officer", "Head of Commissioning", Assessed, plymouth));
        dd.SignOff("Carole Burgoyne", " strategic director for people ", Assessed, plymouth);

        Assert.Contains("Strategic Director for People", violation.Message);
        Assert.Equal(("Strategic Director for People", Seeds.PlymouthCouncil), (dd.SignatoryRole, dd.SignedOffFor));
    }

    [Fact]
    public void An_award_refuses_a_sign_off_made_for_a_council_not_party_to_the_contract()
    {
        var provider = Seeds.CwpTrust();
        var dd = Assessed9(provider.Id);
        var plymouth = Seeds.SignatoryOf(Seeds.PlymouthCouncil);
        dd.SignOff("Carole Burgoyne", "Strategic Director for People", Assessed, plymouth);

        var approvals = Seeds.ApprovalsOf(new DateOnly(2017, 10, 2), Seeds.WirralCouncil);

        var violation = Violations.Expect(DueDiligenceRules.ClearsTheAward, "signatoryRole", () =>
            CommissioningContract.Award(Seeds.AllAgeDisabilityS75(), provider, dd, approvals, Seeds.S75AwardedOn,
                Seeds.Signatories));

        Assert.Contains(Seeds.PlymouthCouncil, violation.Message);
    }

    [Fact]
    public void A_council_that_names_no_signatory_can_neither_sign_off_nor_award()
    {
        var none = new DueDiligenceSignatories(new Dictionary<string, string>());

        Violations.Expect(DueDiligenceRules.SignatoryConfigured, "signatoryRole",
            () => none.For(Seeds.WirralCouncil, "signatoryRole"));
        var provider = Seeds.CwpTrust();
        Violations.Expect(ViolationKind.Precondition, "signatoryRole", () => CommissioningContract.Award(
            Seeds.AllAgeDisabilityS75(), provider, Seeds.SignedOffDueDiligence(provider.Id),
            Seeds.ApprovalsOf(new DateOnly(2017, 10, 2), Seeds.WirralCouncil), Seeds.S75AwardedOn, none));
    }

    [Fact]
    public void A_sign_off_by_a_post_the_council_no_longer_names_does_not_clear_the_award()
    {
        var provider = Seeds.CwpTrust();
        var renamed = new DueDiligenceSignatories(new Dictionary<string, string>
        {
            [Seeds.WirralCouncil] = "Strategic Director for People",
        });

        var approvals = Seeds.ApprovalsOf(new DateOnly(2017, 10, 2), Seeds.WirralCouncil);

        var violation = Violations.Expect(DueDiligenceRules.ClearsTheAward, "signatoryRole", () =>
            CommissioningContract.Award(Seeds.AllAgeDisabilityS75(), provider, Seeds.SignedOffDueDiligence(provider.Id),
                approvals, Seeds.S75AwardedOn, renamed));

        Assert.Contains("Director for Adult Care and Health", violation.Message);
    }
}
