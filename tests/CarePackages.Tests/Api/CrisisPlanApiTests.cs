using System.Net;
using System.Net.Http.Json;
using CarePackages.Domain.Planning;
using static Commissioning.Testing.CareJourney;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// Rule CrisisPlanOfferedToThoseAtRisk through the API (issue 16 item 16, A §1.22 L502): CWP records that the
/// person may be at risk of crisis; the council's report counts the plan as missing a crisis plan and lists it; the
/// plan cannot go for verification until one is offered; once CWP records the offer the report counts it offered.
/// </summary>
[Collection(PartnersCollection.Name)]
public sealed class CrisisPlanApiTests(Partners partners) : CareServiceTest(partners)
{
    private const string Report = "/api/v1/crisis-plans";

    [Fact]
    public async Task A_plan_at_risk_of_crisis_is_counted_missing_until_a_crisis_plan_is_offered()
    {
        var plan = await Journey.DraftedPlan(HomeCare());
        var path = $"/api/v1/support-plans/{Id(plan)}";
        await Read(await Journey.Practitioner.PutAsJsonAsync($"{path}/crisis-risk", new { atRisk = true }));
        await Read(await Journey.QualityReviewer.PostAsJsonAsync($"{path}/quality-assurance",
            new { on = "2018-04-04" }));

        var missing = await Read(await Journey.Commissioner.GetAsync(Report));
        Assert.Equal((1, 0, 1), (missing.GetProperty("atRiskOfCrisis").GetInt32(),
            missing.GetProperty("offered").GetInt32(), missing.GetProperty("missing").GetInt32()));
        Assert.Equal(Id(plan), Assert.Single(missing.GetProperty("missingPlans").EnumerateArray())
            .GetProperty("supportPlanId").GetGuid());
        await AssertProblemNames(await Journey.Practitioner.PostAsJsonAsync($"{path}/submission",
            new { on = "2018-04-04" }), HttpStatusCode.UnprocessableEntity, "crisisPlan",
            PlanningRules.CrisisPlanOfferedToThoseAtRisk);
        await AssertProblemNames(await Journey.Practitioner.PostAsJsonAsync($"{path}/crisis-plan",
            new { offeredOn = "2018-04-04", accepted = true }), HttpStatusCode.BadRequest, "reference",
            PlanningRules.CrisisOfferRecorded);

        var offered = await Read(await Journey.Practitioner.PostAsJsonAsync($"{path}/crisis-plan",
            new { offeredOn = "2018-04-04", accepted = true, reference = "CMHT crisis plan 2018-014" }));
        Assert.False(offered.GetProperty("crisisPlanMissing").GetBoolean());
        var counted = await Read(await Journey.Commissioner.GetAsync(Report));
        Assert.Equal((1, 1, 0), (counted.GetProperty("atRiskOfCrisis").GetInt32(),
            counted.GetProperty("offered").GetInt32(), counted.GetProperty("missing").GetInt32()));
        await Read(await Journey.Practitioner.PostAsJsonAsync($"{path}/submission", new { on = "2018-04-04" }));
    }
}
