using Commissioning.Domain;
using Contracts.Domain.DueDiligence;

namespace Contracts.Tests.Domain;

/// <summary>P:L805-817: nine areas, a six-function evaluation team, sign-off by a named director.</summary>
public class DueDiligenceTests
{
    private static readonly DateOnly Started = new(2014, 11, 3);
    private static readonly DateOnly Assessed = new(2014, 11, 20);
    private static readonly DueDiligenceSignatory Plymouth = Seeds.SignatoryOf(Seeds.PlymouthCouncil);

    [Fact]
    public void There_are_nine_areas_assessed_by_the_six_functions_P_L807_L817()
    {
        Assert.Equal(9, DueDiligenceAreas.All.Count);
        Assert.Equal(Enum.GetValues<EvaluationFunction>().OrderBy(f => f),
            DueDiligenceAreas.All.Select(a => a.AssessedBy()).Distinct().OrderBy(f => f));
        Assert.Equal(EvaluationFunction.Finance, DueDiligenceArea.OrganisationalFinanceAndInsurance.AssessedBy());
        Assert.Equal(EvaluationFunction.AdultSafeguarding, DueDiligenceArea.SafeguardingVulnerablePeople.AssessedBy());
    }

    [Fact]
    public void An_area_assessed_by_another_function_is_refused()
    {
        var dd = DueDiligenceAssessment.Start(Guid.NewGuid(), Started);

        Violations.Expect(ViolationKind.Forbidden, "function", () => dd.Assess(
            DueDiligenceArea.OrganisationalFinanceAndInsurance, EvaluationFunction.Procurement, "A. Buyer", AreaOutcome.Satisfactory, Assessed));

        Assert.Empty(dd.Areas);
    }

    [Fact]
    public void Sign_off_is_refused_until_all_nine_are_assessed_and_names_what_is_missing()
    {
        var dd = DueDiligenceAssessment.Start(Guid.NewGuid(), Started);
        foreach (var area in DueDiligenceAreas.All.Take(8))
            dd.Assess(area, area.AssessedBy(), "Team member", AreaOutcome.Satisfactory, Assessed);

        var violation = Violations.Expect(ViolationKind.Precondition, "areas",
            () => dd.SignOff("Carole Burgoyne", "Strategic Director for People", Assessed, Plymouth));

        Assert.Contains(nameof(DueDiligenceArea.BusinessCapability), violation.Message);
        Assert.False(dd.IsSignedOff);
        Assert.Equal([DueDiligenceArea.BusinessCapability], dd.Outstanding);
    }

    [Fact]
    public void An_unsatisfactory_area_blocks_sign_off_until_it_is_reassessed()
    {
        var dd = DueDiligenceAssessment.Start(Guid.NewGuid(), Started);
        foreach (var area in DueDiligenceAreas.All)
            dd.Assess(area, area.AssessedBy(), "Team member",
                area == DueDiligenceArea.OrganisationalFinanceAndInsurance ? AreaOutcome.Unsatisfactory : AreaOutcome.Satisfactory, Assessed);

        Violations.Expect(ViolationKind.Precondition, "areas",
            () => dd.SignOff("Director", "Strategic Director for People", Assessed, Plymouth));
        dd.Assess(DueDiligenceArea.OrganisationalFinanceAndInsurance, EvaluationFunction.Finance, "Finance lead", AreaOutcome.Satisfactory, Assessed.AddDays(7), "Insurance certificate received");
        dd.SignOff("Director", "Strategic Director for People", Assessed.AddDays(7), Plymouth);

        Assert.True(dd.IsSignedOff);
        Assert.Equal(9, dd.Areas.Count);
    }

    [Fact]
    public void A_complete_assessment_is_signed_off_by_a_named_person_and_published()
    {
        var dd = DueDiligenceAssessment.Start(Guid.NewGuid(), Started);
        foreach (var area in DueDiligenceAreas.All)
            dd.Assess(area, area.AssessedBy(), "Team member", AreaOutcome.Satisfactory, Assessed);

        Violations.Expect(ViolationKind.Invalid, "signedOffBy",
            () => dd.SignOff(" ", "Strategic Director for People", Assessed, Plymouth));
        dd.SignOff("Carole Burgoyne", "Strategic Director for People", Assessed, Plymouth);

        var e = Assert.IsType<DueDiligenceSignedOff>(dd.DomainEvents.Last());
        Assert.Equal(("Carole Burgoyne", "Strategic Director for People"), (e.SignedOffBy, e.SignatoryRole));
        Assert.Equal(9, dd.DomainEvents.OfType<DueDiligenceAreaAssessed>().Count());
    }

    [Fact]
    public void A_signed_off_assessment_is_not_reassessed()
    {
        var dd = Seeds.SignedOffDueDiligence(Guid.NewGuid());

        Violations.Expect(ViolationKind.Precondition, "area", () => dd.Assess(
            DueDiligenceArea.DataProtection, EvaluationFunction.LegalServices, "Solicitor", AreaOutcome.Unsatisfactory, new DateOnly(2018, 1, 1)));
    }

    [Fact]
    public void An_assessment_cannot_precede_the_start()
    {
        var dd = DueDiligenceAssessment.Start(Guid.NewGuid(), Started);

        Violations.Expect(ViolationKind.Invalid, "assessedOn", () => dd.Assess(
            DueDiligenceArea.DataProtection, EvaluationFunction.LegalServices, "Solicitor", AreaOutcome.Satisfactory, Started.AddDays(-1)));
    }
}
