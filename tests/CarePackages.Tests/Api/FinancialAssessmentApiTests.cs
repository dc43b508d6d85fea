using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePackages.Domain.Packages;
using Commissioning.Identity;
using Commissioning.Testing;
using static Commissioning.Testing.CareJourney;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// Rule ChargingStaysWithTheCouncil (A §5.26 L1360, B R-CPB-07): a package going live raises a financial assessment
/// for the council, on its charging team's worklist and as an event for its charging system; CWP, which assessed
/// and planned under the delegation, and the provider delivering the care cannot record it; the council does, once.
/// </summary>
[Collection(PartnersCollection.Name)]
public sealed class FinancialAssessmentApiTests(Partners partners) : CareServiceTest(partners)
{
    private const string Worklist = "/api/v1/financial-assessments";

    [Fact]
    public async Task A_live_package_owes_the_council_a_financial_assessment_only_the_council_records()
    {
        var package = await LivePackage();
        var path = $"/api/v1/packages/{Id(package)}/financial-assessment";
        using var finance = Client(Service.CreateClient, "charging-officer", Council, Roles.FinanceOfficer);
        using var deliverer = Client(Service.CreateClient, "agency-manager", "1-201", Roles.ProviderUser);
        Assert.Equal((true, "2018-04-09"), (package.GetProperty("financialAssessment").GetProperty("due").GetBoolean(),
            package.GetProperty("financialAssessment").GetProperty("requestedOn").GetString()));
        Assert.Equal(Id(package), Assert.Single((await Read(await finance.GetAsync(Worklist))).EnumerateArray())
            .GetProperty("packageId").GetGuid());
        var requested = Assert.Single(await Staged("financial-assessment-requested"));
        Assert.Equal(package.GetProperty("personReference").GetString(),
            requested.GetProperty("person").GetProperty("pseudonym").GetString());

        var contribution = new { outcome = "contribution", weeklyContribution = 40.00m, assessedOn = "2018-04-20" };
        foreach (var provider in new[] { Journey.Practitioner, deliverer })
            await AssertProblemNames(await provider.PostAsJsonAsync(path, contribution), HttpStatusCode.Forbidden,
                "financialAssessment", ChargingRules.ChargingStaysWithTheCouncil);
        // £259.00 a week is the most the person can be asked to contribute.
        await AssertProblemNames(await finance.PostAsJsonAsync(path,
            contribution with { weeklyContribution = 259.01m }), HttpStatusCode.BadRequest, "weeklyContribution",
            ChargingRules.ChargingOutcomeStated);
        Assert.True((await Read(await Journey.Broker.GetAsync($"/api/v1/packages/{Id(package)}")))
            .GetProperty("financialAssessment").GetProperty("due").GetBoolean());

        var assessed = (await Read(await finance.PostAsJsonAsync(path, contribution)))
            .GetProperty("financialAssessment");
        Assert.Equal((false, "contribution", 40.00m), (assessed.GetProperty("due").GetBoolean(),
            assessed.GetProperty("outcome").GetString(), assessed.GetProperty("weeklyContribution").GetDecimal()));
        Assert.Empty((await Read(await finance.GetAsync(Worklist))).EnumerateArray());
        await AssertProblemNames(await finance.PostAsJsonAsync(path, contribution), HttpStatusCode.UnprocessableEntity,
            "financialAssessment", ChargingRules.FinancialAssessmentDue);
    }
}
