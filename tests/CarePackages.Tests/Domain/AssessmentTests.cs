using CarePackages.Domain.Assessments;
using CarePackages.Domain.People;
using CarePackages.Domain.Planning;
using Commissioning.Domain;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

public class AssessmentTests
{
    private static Assessment Started(Person person) =>
        Assessment.StartNeedsAssessment(Referral.Receive(person, RouteOfAccess.CommunityOrOther, Today), person,
            new Assessor(Cwp, false), Today, CwpDelegation);

    // A §3.7 L746: the council delegates the delivery; the duty and the liability stay with it.
    [Fact]
    public void A_record_made_under_the_delegation_names_the_council_and_cwp_and_the_councils_own_names_none()
    {
        var person = Adult();
        var referral = Referral.Receive(person, RouteOfAccess.CommunityOrOther, Today);
        var byCwp = Assessment.StartNeedsAssessment(referral, person, new Assessor(Cwp, false), Today, CwpDelegation);
        var byCouncil = Assessment.StartNeedsAssessment(referral, person, new Assessor(Council, true), Today);

        Assert.Equal(new DelegatedDelivery("E08000015", "RXA"), byCwp.Delegation);
        Assert.True(byCwp.PerformedUnderDelegation);
        Assert.Null(byCouncil.Delegation);
    }

    // A R-CPB-03: the nine wellbeing areas.
    [Fact]
    public void Completion_needs_all_nine_wellbeing_areas()
    {
        var assessment = Started(Adult());
        foreach (var area in Enum.GetValues<WellbeingArea>().Skip(1)) assessment.RecordWellbeing(area, "Covered.");
        var violation = Violation(() => assessment.Complete(Today, "Strengths"));
        Assert.Equal(("wellbeing", AssessmentRules.EveryWellbeingAreaCovered), violation.Named());
        Assert.Contains(nameof(WellbeingArea.PersonalDignity), violation.Message);
        Assert.Null(assessment.Outcome);
        Assert.Equal(9, Enum.GetValues<WellbeingArea>().Length);
    }

    [Fact]
    public void The_outcome_is_eligible_when_any_need_meets_the_criteria_and_is_never_edited_after()
    {
        var assessment = CompletedAssessment(Adult(), eligible: true);
        Assert.Equal(EligibilityOutcome.Eligible, assessment.Outcome);
        var completed = assessment.DomainEvents.OfType<AssessmentCompleted>().Single();
        Assert.True(completed.PerformedUnderDelegation);
        Assert.Equal(ViolationKind.Precondition, Violation(() => assessment.AddNeed(WellbeingArea.SocialAndEconomicWellbeing, "More", false)).Kind);
    }

    [Fact]
    public void No_eligible_need_means_not_eligible() =>
        Assert.Equal(EligibilityOutcome.NotEligible, CompletedAssessment(Adult(), eligible: false).Outcome);

    // P:L830 "Care and Support Assessments — Can be delegated"; only under the agreement.
    [Fact]
    public void A_provider_assesses_only_where_the_agreement_delegates_it()
    {
        var person = Adult();
        var referral = Referral.Receive(person, RouteOfAccess.CommunityOrOther, Today);
        var violation = Violation(() => Assessment.StartNeedsAssessment(referral, person, new Assessor(OtherProvider, false), Today, CwpDelegation));
        Assert.Equal(ViolationKind.Forbidden, violation.Kind);
        Assert.Equal(("assessorOrganisationId", AssessmentRules.DelegatedUnderSection75), violation.Named());
        var byCouncil = Assessment.StartNeedsAssessment(referral, person, new Assessor(Council, true), Today);
        Assert.False(byCouncil.PerformedUnderDelegation);
    }

    // A §3.4 L716: carers have a right to their own assessment.
    [Fact]
    public void A_carers_assessment_is_the_carers_own_and_needs_the_caring_link()
    {
        var caredFor = Adult();
        var carer = Adult("4010232137");
        var referral = Referral.Receive(carer, RouteOfAccess.CommunityOrOther, Today);
        Assert.Equal(("caredForId", AssessmentRules.CarerCaresForThePerson), Violation(() =>
            Assessment.StartCarersAssessment(referral, carer, caredFor, new Assessor(Cwp, false), Today,
                CwpDelegation)).Named());

        carer.StartCaringFor(caredFor, Today);
        var assessment = Assessment.StartCarersAssessment(referral, carer, caredFor, new Assessor(Cwp, false), Today, CwpDelegation);
        Assert.Equal(AssessmentType.Carer, assessment.Type);
        Assert.Equal(carer.Reference, assessment.PersonReference);
        Assert.Equal(caredFor.Reference, assessment.CaredForReference);
    }

    // A §5.25 L1354: "Only assessed eligible needs can be met with funded support services".
    [Fact]
    public void The_eligibility_gate_no_plan_without_an_eligible_outcome()
    {
        var violation = Violation(() => SupportPlan.Draft(CompletedAssessment(Adult(), eligible: false), Practitioner, Today, CwpDelegation));
        Assert.Equal(("assessmentId", PlanningRules.OnlyEligibleNeedsFunded), violation.Named());
        Assert.Equal(ViolationKind.Precondition, violation.Kind);
    }

    [Fact]
    public void Only_eligible_needs_are_carried_into_the_plan_for_funding()
    {
        var person = Adult();
        var referral = Referral.Receive(person, RouteOfAccess.CommunityOrOther, Today);
        var assessment = Assessment.StartNeedsAssessment(referral, person, new Assessor(Council, true), Today);
        foreach (var area in Enum.GetValues<WellbeingArea>()) assessment.RecordWellbeing(area, "Covered.");
        var eligible = assessment.AddNeed(WellbeingArea.PersonalDignity, "Washing and dressing", true);
        var notEligible = assessment.AddNeed(WellbeingArea.ContributionToSociety, "Would like to volunteer", false);
        assessment.Complete(Today, "Strengths");

        var plan = SupportPlan.Draft(assessment, Verifier, Today);
        Assert.Equal(eligible.Id, Assert.Single(plan.Needs).NeedId);
        Assert.Equal(("needId", PlanningRules.SupportMeetsAPlannedNeed),
            Violation(() => plan.AddCostLine(notEligible.Id, CarePackages.Domain.Costing.ServiceType.DayOpportunities,
            "Volunteering", 40m, Commissioning.Domain.Costing.CostFrequency.Weekly, null, Today)).Named());
    }
}
