using System.Net.Http.Json;
using CarePackages.Api.Grpc;
using CarePackages.Api.Infrastructure;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Common.V1;
using Commissioning.Testing;
using Google.Rpc;
using Grpc.Core;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// commissioning.carepackages.v1.CarePackagesService on the service's own h2c gRPC port, called with the platform's
/// client. Liverpool (E08000012) is a council other than the demo's Wirral.
/// </summary>
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

    private const string Liverpool = "E08000012";

    [Fact]
    public async Task A_returns_officer_gets_year_and_month_of_birth_of_the_councils_people_and_no_one_elses()
    {
        var journey = new CareJourney(() => new HttpClient { BaseAddress = _service.HttpAddress },
            partners.WirralFund, partners.CouncilLine);
        var wirral = (await journey.Register(dateOfBirth: "1941-03-27")).GetProperty("reference").GetString()!;
        using var liverpoolIntake = new HttpClient { BaseAddress = _service.HttpAddress };
        liverpoolIntake.DefaultRequestHeaders.Authorization =
            new("Bearer", Token("intake-liverpool", Liverpool, Roles.Commissioner));
        var liverpool = (await Read(await liverpoolIntake.PostAsJsonAsync("/api/v1/people",
            new { nhsNumber = "4000000004", givenName = "Alex", familyName = "Smith", dateOfBirth = "1970-01-01" })))
            .GetProperty("reference").GetString()!;
        const string unknown = "pr_00000000000000000000000000000000";

        using var clients = new PartnerClients(_service.GrpcAddress);
        var answer = await clients.CarePackages.ListPeopleForReturnAsync(
            PeopleOf(Council, wirral, liverpool, unknown, wirral), ReturnsOfficer(Council));

        var person = Assert.Single(answer.People);
        Assert.Equal((wirral, 1941, 3), (person.Person.Pseudonym, person.YearOfBirth, person.MonthOfBirth));
        // The contract itself has no place for the day, a name or an NHS number (anchors-refresh §2 L37).
        Assert.Equal(["person", "year_of_birth", "month_of_birth", "gender", "ethnicity", "client_type",
            "primary_support_reason"], PersonForReturn.Descriptor.Fields.InDeclarationOrder().Select(f => f.Name));
        var theirs = await clients.CarePackages.ListPeopleForReturnAsync(PeopleOf(Liverpool, wirral, liverpool),
            ReturnsOfficer(Liverpool));
        Assert.Equal([liverpool], theirs.People.Select(p => p.Person.Pseudonym));
    }

    [Fact]
    public async Task Only_the_named_councils_returns_officer_asks_and_never_for_more_than_the_cap()
    {
        using var clients = new PartnerClients(_service.GrpcAddress);
        async Task<(StatusCode, string, string)> Refusal(ListPeopleForReturnRequest request, CallOptions options)
        {
            var refused = await RpcRefusals.Refused(() =>
                clients.CarePackages.ListPeopleForReturnAsync(request, options));
            // A role the method does not name is refused before the handler runs, naming no field and no rule.
            var named = refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Metadata;
            return (refused.StatusCode, named?["field"] ?? "", named?["rule"] ?? "");
        }
        var tooMany = PeopleOf(Council,
            [.. Enumerable.Range(0, CarePackagesGrpc.MaxPeopleForReturn + 1).Select(i => $"pr_{i:x32}")]);
        var provider = PartnerClients.Bearer(Token("cwp-returns", Council, Roles.ReturnsOfficer, Roles.ProviderUser));
        var commissioner = PartnerClients.Bearer(Token("intake-1", Council, Roles.Commissioner));

        var asked = CarePackagesApiRules.ReturnAskedOfACouncil.Name;
        Assert.Equal((StatusCode.NotFound, "council", GeneralRules.NotFound.Name),
            await Refusal(PeopleOf(Council), ReturnsOfficer(Liverpool)));
        Assert.Equal((StatusCode.PermissionDenied, "council", CarePackagesApiRules.ReturnsForTheCouncil.Name),
            await Refusal(PeopleOf(Council), provider));
        Assert.Equal((StatusCode.PermissionDenied, "", ""), await Refusal(PeopleOf(Council), commissioner));
        Assert.Equal((StatusCode.InvalidArgument, "council.code", asked),
            await Refusal(new ListPeopleForReturnRequest(), ReturnsOfficer(Council)));
        Assert.Equal((StatusCode.InvalidArgument, "personReferences", asked),
            await Refusal(tooMany, ReturnsOfficer(Council)));
        Assert.Empty((await clients.CarePackages.ListPeopleForReturnAsync(
            PeopleOf(Council, [.. tooMany.PersonReferences.Skip(1)]), ReturnsOfficer(Council))).People);
    }

    private static ListPeopleForReturnRequest PeopleOf(string council, params string[] references) => new()
    {
        Council = new OrganisationRef { Code = council, Kind = OrganisationKind.Council },
        PersonReferences = { references },
    };

    private static CallOptions ReturnsOfficer(string council) =>
        PartnerClients.Bearer(Token("returns-officer-of-" + council, council, Roles.ReturnsOfficer));

    private static string Token(string subject, string organisation, params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest(subject, organisation, roles));
}
