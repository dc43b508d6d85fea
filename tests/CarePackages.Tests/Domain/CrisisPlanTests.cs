using CarePackages.Domain.Costing;
using CarePackages.Domain.Planning;
using Commissioning.Domain.Costing;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

/// <summary>
/// Rule CrisisPlanOfferedToThoseAtRisk (A §1.22 L502 "people using services who may be at risk of crisis are
/// offered a crisis plan"; R-CPB-09): a plan for someone at risk goes for verification only once a crisis plan was
/// offered, taken up or not; a plan taken up names the crisis plan it became.
/// </summary>
public class CrisisPlanTests
{
    private static SupportPlan AtRiskAndAssured()
    {
        var plan = DraftPlan();
        plan.AddLine(18.50m, CostFrequency.Hourly, 14m);
        plan.RecordCrisisRisk(atRisk: true);
        plan.PassQualityAssurance(QualityReviewer, Today);
        return plan;
    }

    [Fact]
    public void A_plan_for_someone_at_risk_of_crisis_is_not_submitted_until_a_crisis_plan_is_offered()
    {
        var plan = AtRiskAndAssured();
        Assert.True(plan.CrisisPlanMissing);
        Assert.Equal(("crisisPlan", PlanningRules.CrisisPlanOfferedToThoseAtRisk),
            Violation(() => plan.SubmitForVerification(Practitioner, Today)).Named());
        Assert.Equal(SupportPlanStatus.QualityAssured, plan.Status);

        plan.OfferCrisisPlan(Today, accepted: false, reference: null);
        plan.SubmitForVerification(Practitioner, Today);
        Assert.False(plan.CrisisPlanMissing);
        Assert.Equal(SupportPlanStatus.SubmittedForVerification, plan.Status);
        Assert.False(Assert.Single(plan.DomainEvents.OfType<CrisisPlanOffered>()).Accepted);
    }

    [Fact]
    public void A_crisis_plan_taken_up_names_its_reference_and_is_offered_only_to_someone_at_risk()
    {
        var plan = AtRiskAndAssured();
        Assert.Equal(("reference", PlanningRules.CrisisOfferRecorded), Violation(() => plan.OfferCrisisPlan(Today,
            accepted: true, " ")).Named());
        Assert.Equal(("offeredOn", PlanningRules.CrisisOfferRecorded),
            Violation(() => plan.OfferCrisisPlan(Today.AddDays(-1), false, null)).Named());
        plan.OfferCrisisPlan(Today, accepted: true, " CMHT crisis plan 2018-014 ");
        Assert.Equal(new CrisisPlanOffer(Today, true, "CMHT crisis plan 2018-014"), plan.CrisisPlan);

        var notAtRisk = DraftPlan();
        Assert.Equal(("atRiskOfCrisis", PlanningRules.CrisisRiskFirst), Violation(() => notAtRisk.OfferCrisisPlan(Today,
            false, null)).Named());
        Assert.False(notAtRisk.CrisisPlanMissing);
    }
}
