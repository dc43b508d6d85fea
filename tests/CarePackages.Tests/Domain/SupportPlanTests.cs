using CarePackages.Domain.Costing;
using CarePackages.Domain.Planning;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;
using Commissioning.Domain.Costing;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

public class SupportPlanTests
{
    [Fact]
    public void A_cost_line_with_no_frequency_writes_nothing()
    {
        var plan = DraftPlan();
        var violation = Violation(() => plan.AddCostLine(plan.Needs[0].NeedId, ServiceType.HomeCare, "Home care", 18.50m, null, 14m, Today));
        Assert.Equal(("costFrequency", CostRules.CostStated), violation.Named());
        Assert.Empty(plan.CostLines);
    }

    [Fact]
    public void A_provider_without_a_planning_delegation_cannot_draft()
    {
        var outsider = new Actor(Guid.NewGuid(), Role.ProviderPractitioner, OtherProvider);
        Assert.Equal(ViolationKind.Forbidden,
            Violation(() => SupportPlan.Draft(CompletedAssessment(Adult()), outsider, Today, CwpDelegation)).Kind);
    }

    // P CPV-03: internal quality assurance before the plan goes to the LA.
    [Fact]
    public void The_author_cannot_quality_assure_their_own_plan()
    {
        var plan = DraftPlan();
        plan.AddLine(18.50m, CostFrequency.Hourly, 14m);
        Assert.Equal(("userId", PlanningRules.QualityAssuredInside),
            Violation(() => plan.PassQualityAssurance(Practitioner, Today)).Named());
        Assert.Equal(SupportPlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Quality_assurance_is_done_inside_the_drafting_provider()
    {
        var plan = DraftPlan();
        plan.AddLine(18.50m, CostFrequency.Hourly, 14m);
        var elsewhere = new Actor(Guid.NewGuid(), Role.ProviderQualityReviewer, OtherProvider);
        Assert.Equal(("organisationId", PlanningRules.QualityAssuredInside),
            Violation(() => plan.PassQualityAssurance(elsewhere, Today)).Named());
    }

    [Fact]
    public void Submission_requires_quality_assurance_first()
    {
        var plan = DraftPlan();
        plan.AddLine(18.50m, CostFrequency.Hourly, 14m);
        Assert.Equal(("status", PlanningRules.PlanStatusAllows),
            Violation(() => plan.SubmitForVerification(Practitioner, Today)).Named());
        plan.PassQualityAssurance(QualityReviewer, Today);
        plan.SubmitForVerification(Practitioner, Today);
        Assert.Equal(SupportPlanStatus.SubmittedForVerification, plan.Status);
        Assert.Single(plan.DomainEvents.OfType<SupportPlanSubmittedForVerification>());
    }

    [Fact]
    public void A_submitted_plan_cannot_be_changed()
    {
        var plan = SubmittedPlan();
        Assert.Equal(("status", PlanningRules.PlanStatusAllows), Violation(() => plan.AddLine(50m,
            CostFrequency.Weekly)).Named());
        Assert.Single(plan.CostLines);
    }
}
