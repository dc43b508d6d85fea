using System.Text;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Testing;
using Grpc.Core;
using Xunit.Abstractions;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Every contracts route and gRPC method, called as every kind of caller against the demo's Wirral records
/// (the s75 delegation to CWP, the framework, the £520 rate card, the provider register): each answer must be
/// the one the rules give (<see cref="ContractsExpectation"/>), no list of an outsider holds a Wirral record,
/// and every refused write must leave Wirral's records as they were.
/// </summary>
public sealed class ContractsMatrixTests(ContractsWorld world, ITestOutputHelper output)
    : IClassFixture<ContractsWorld>
{
    [Fact]
    public async Task Every_route_answers_every_kind_of_caller_as_the_rules_say_and_refused_writes_change_nothing()
    {
        var routes = Inventory.Routes("contracts", world.Contracts.Services).Where(r => r.GrpcMethod is null).ToList();
        var matrix = new RestMatrix(world.Contracts.HttpAddress)
        {
            Expected = (route, rule, caller) =>
                ContractsExpectation.Of($"{route.Method} {route.Pattern}", caller, rule),
            PartyTo = (_, _, caller) => ContractsExpectation.PartyToAnyOfWirrals(caller.Organisation),
            IdAfter = (_, collection) => IdAfter(collection)?.ToString(),
            QueryOf = route => Query(route.Pattern),
            ContentOf = (route, _, refused) => ContractsBodies.Content(route.Pattern, refused, world),
            Snapshot = Snapshot,
            Records = [world.Contract, world.Framework, world.RateCard],
        };
        var (calls, wrong) = await matrix.Run(routes, Callers.All);
        output.WriteLine($"contracts: {routes.Count} routes x {Callers.Kinds} callers = {calls} calls, "
            + $"{wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_grpc_method_answers_every_caller_as_the_rules_say_and_refused_calls_change_nothing()
    {
        using var clients = new PartnerClients(world.Contracts.GrpcAddress);
        var wrong = new List<string>();
        var methods = Methods(clients.Contracts);
        foreach (var (method, call) in methods)
        {
            var rule = Classification.OfMethod(method)!;
            foreach (var caller in Callers.All)
            {
                var expected = ContractsExpectation.Of(method, caller, rule);
                var before = expected != Answer.Admitted ? await Snapshot() : null;
                var status = await GrpcAnswers.StatusOf(() => call(PartnerClients.Bearer(caller.TokenFor(rule))));
                if (status != GrpcAnswers.Of(expected))
                    wrong.Add($"{method} as {caller.Name}: {status}, the rules say {expected}");
                else if (before is not null && await Snapshot() != before)
                    wrong.Add($"{method} as {caller.Name} was refused but changed Wirral's records");
            }
        }
        output.WriteLine($"contracts gRPC: {methods.Count} methods x {Callers.Kinds} callers, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private Dictionary<string, Func<CallOptions, Task>> Methods(ContractsService.ContractsServiceClient contracts)
    {
        var on = new Date { Year = 2018, Month = 4, Day = 2 };
        const string service = "commissioning.contracts.v1.ContractsService.";
        var contract = new GetContractRequest { ContractId = $"{world.Contract}" };
        var issue = new RaisePerformanceIssueRequest
        {
            ContractId = $"{world.Contract}", Description = "Reviews within 12 weeks fell to 81%",
        };
        var eligibility = new CheckProviderEligibilityRequest
        {
            ProviderCode = DemoData.ContractsDemo.CareHomeCode, ServiceType = "residential-care",
            Locality = "Wirral West", On = on,
        };
        return new()
        {
            [service + "GetContract"] = o => contracts.GetContractAsync(contract, o).ResponseAsync,
            [service + "ListContracts"] = o =>
                contracts.ListContractsAsync(new ListContractsRequest { ProviderCode = Callers.Cwp }, o).ResponseAsync,
            [service + "RaisePerformanceIssue"] = o => contracts.RaisePerformanceIssueAsync(issue, o).ResponseAsync,
            [service + "GetRateInForce"] = o => contracts.GetRateInForceAsync(new GetRateInForceRequest
            {
                ServiceType = "residential-care", Locality = "Wirral West", Unit = RateUnit.Week, On = on,
            }, o).ResponseAsync,
            [service + "CheckProviderEligibility"] = o =>
                contracts.CheckProviderEligibilityAsync(eligibility, o).ResponseAsync,
            [service + "ListEligibleProviders"] = async o =>
            {
                using var stream = contracts.ListEligibleProviders(new ListEligibleProvidersRequest
                {
                    ServiceType = "residential-care", Locality = "Wirral West", On = on, IncludeOutOfBorough = true,
                }, o);
                await foreach (var _ in stream.ResponseStream.ReadAllAsync()) { }
            },
        };
    }

    /// <summary>Wirral's records as the council reads them: contract, monitoring, framework, card, register.</summary>
    private async Task<string> Snapshot()
    {
        using var owner = world.Client(Callers.WirralCouncil, Commissioner);
        var text = new StringBuilder();
        foreach (var path in new[]
                 {
                     $"/api/v1/contracts/{world.Contract}", $"/api/v1/contracts/{world.Contract}/monitoring",
                     $"/api/v1/frameworks/{world.Framework}", $"/api/v1/rate-cards/{world.RateCard}",
                     "/api/v1/providers", $"/api/v1/due-diligence/{world.DueDiligence}",
                 })
            text.Append(await (await owner.GetAsync(path)).Content.ReadAsStringAsync());
        return text.ToString();
    }

    /// <summary>The Wirral record a path names after its collection, or none for a child the demo lacks.</summary>
    private Guid? IdAfter(string collection) => collection switch
    {
        "contracts" => world.Contract, "frameworks" => world.Framework, "rate-cards" => world.RateCard,
        "providers" => world.Cwp, "due-diligence" => world.DueDiligence, _ => null,
    };

    private static string Query(string pattern) => pattern switch
    {
        _ when pattern.EndsWith("/rate-in-force", StringComparison.Ordinal) => ContractsWorld.WirralRateQuery,
        _ when pattern.EndsWith("/phase", StringComparison.Ordinal) => "?on=2018-04-01",
        _ when pattern.EndsWith("/eligible-providers", StringComparison.Ordinal) =>
            "?serviceType=residential-care&locality=Wirral%20West&on=2018-04-02",
        _ => "",
    };
}
