using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Testing;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>commissioning.carepackages.v1.CarePackagesService on the service's own h2c gRPC port, called with the platform's client.</summary>
[Collection(PartnersCollection.Name)]
public sealed class CarePackagesGrpcTests(Partners partners) : IAsyncLifetime
{
    private ServiceHost<Program> _service = null!;

    public Task InitializeAsync()
    {
        _service = new ServiceHost<Program>(partners.Settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task A_live_package_summary_names_the_person_by_reference_and_the_provider_by_code()
    {
        var journey = new CareJourney(() => new HttpClient { BaseAddress = _service.HttpAddress }, partners.WirralFund, partners.CouncilLine);
        var plan = await journey.SubmittedPlan(HomeCare(18.50m, 14m));
        var verification = await journey.ReadyToAgree(plan, null, 240m, 280m);
        await journey.Agreed(verification);
        await Read(await journey.Broker.PostAsJsonAsync("/api/v1/packages", new
        {
            supportPlanId = Id(plan), startDate = "2018-04-09",
            arrangements = new[] { new { planLineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid(), mechanism = "council-commissioned-support", providerCode = "1-201" } },
        }));

        using var clients = new PartnerClients(_service.GrpcAddress);
        var token = DevelopmentTokens.Mint(new DevelopmentTokenRequest("finance-1", Council, [Roles.FinanceOfficer]));
        var summary = await clients.CarePackages.GetPackageSummaryAsync(new GetPackageSummaryRequest { PackageId = Id(plan).ToString() },
            PartnerClients.Bearer(token));

        Assert.Equal(PackageStatus.Live, summary.Status);
        Assert.Equal(plan.GetProperty("personReference").GetString(), summary.Person.Pseudonym);
        Assert.Equal("1-201", summary.Provider.Code);
        Assert.Equal(25_900, summary.WeeklyCost.Pence);
        Assert.Equal(10_000, Assert.Single(summary.Funding).BasisPoints);
    }
}
