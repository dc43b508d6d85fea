using System.Net.Http.Json;
using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using static CarePackages.Tests.Api.CareJourney;

namespace CarePackages.Tests.Api;

/// <summary>commissioning.carepackages.v1.CarePackagesService on the service's own h2c gRPC port, called with the platform's client.</summary>
public sealed class CarePackagesGrpcTests : IAsyncLifetime
{
    private readonly GrpcTransport _transport = new();
    private TwoPortHost _service = null!;

    public Task InitializeAsync()
    {
        _service = new TwoPortHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _transport.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task A_live_package_summary_names_the_person_by_reference_and_the_provider_by_code()
    {
        var journey = new CareJourney(() => new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_service.HttpPort}") });
        var plan = await journey.SubmittedPlan(HomeCare(18.50m, 14m));
        var verification = await journey.ReadyToAgree(plan, 18.50m, 240m, 280m);
        await Read(await journey.Verifier.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/agreement", Agreement()));
        await Read(await journey.Broker.PostAsJsonAsync("/api/v1/packages", new
        {
            supportPlanId = Id(plan), startDate = "2018-04-09",
            arrangements = new[] { new { planLineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid(), mechanism = "council-commissioned-support", providerCode = "1-201" } },
        }));

        var client = new CarePackagesClient(_transport.Channel(new GrpcClientOptions { Address = new Uri($"http://127.0.0.1:{_service.GrpcPort}") }));
        var token = DevelopmentTokens.Mint(new DevelopmentTokenRequest("finance-1", Council, [Roles.FinanceOfficer]));
        var summary = await client.GetPackageSummary(new GetPackageSummaryRequest { PackageId = Id(plan).ToString() },
            new GrpcCallOptions(Headers: new Dictionary<string, string> { ["authorization"] = $"Bearer {token}" }));

        Assert.Equal(PackageStatus.Live, summary.Status);
        Assert.Equal(plan.GetProperty("personReference").GetString(), summary.Person.Pseudonym);
        Assert.Equal("1-201", summary.Provider.Code);
        Assert.Equal(25_900, summary.WeeklyCost.Pence);
        Assert.Equal(10_000, Assert.Single(summary.Funding).BasisPoints);
    }

    /// <summary>The service with its REST and h2c gRPC ports, as deployed (ServiceUnderTest binds one port only).</summary>
    private sealed class TwoPortHost : WebApplicationFactory<Program>
    {
        private readonly string _data = Directory.CreateTempSubdirectory("care-packages-").FullName;

        public int HttpPort { get; } = FreePort.Next();
        public int GrpcPort { get; } = FreePort.Next();

        public TwoPortHost()
        {
            UseKestrel();
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ports:Address"] = "127.0.0.1", ["Ports:Http"] = HttpPort.ToString(), ["Ports:Grpc"] = GrpcPort.ToString(),
                ["Identity:SigningKey"] = DevelopmentTokens.SigningKey, ["Store:DataDirectory"] = _data,
            }));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
        }
    }
}
