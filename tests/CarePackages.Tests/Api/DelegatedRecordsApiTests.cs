using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// Rule DelegatedRecordsNameBoth (issue 16 item 15, A §3.7 L746): the assessment and the support plan CWP makes
/// under Wirral Council's Section 75 delegation name Wirral Council as the responsible authority and CWP as the
/// organisation that delivered them, in what the API answers.
/// </summary>
[Collection(PartnersCollection.Name)]
public sealed class DelegatedRecordsApiTests(Partners partners) : CareServiceTest(partners)
{
    [Fact]
    public async Task The_assessment_and_plan_cwp_made_name_the_council_and_cwp()
    {
        var plan = await Journey.SubmittedPlan(HomeCare());
        var assessment = await Read(await Journey.Practitioner.GetAsync(
            $"/api/v1/assessments/{plan.GetProperty("assessmentId").GetGuid()}"));

        foreach (var record in new[] { assessment, plan })
        {
            var delegation = record.GetProperty("delegation");
            Assert.Equal((Council, Cwp), (delegation.GetProperty("responsibleAuthority").GetString(),
                delegation.GetProperty("deliveredBy").GetString()));
        }
    }
}
