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
        var wrong = new List<string>();
        var cells = 0;
        foreach (var route in routes)
        {
            var rule = Classification.Of(route) ?? throw new InvalidOperationException($"{route} is not classified");
            foreach (var caller in Callers.All)
            {
                cells++;
                if (await Call(route, rule, caller) is { } failure) wrong.Add(failure);
            }
        }
        output.WriteLine(
            $"contracts: {routes.Count} routes x {Callers.Kinds} callers = {cells} calls, {wrong.Count} wrong");
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

    private async Task<string?> Call(Route route, Rule rule, CallerKind caller)
    {
        var operation = $"{route.Method} {route.Pattern}";
        var expected = ContractsExpectation.Of(operation, caller, rule);
        var (path, absentChild) = Path(route.Pattern);
        var refused = expected != Answer.Admitted;
        var before = refused && route.Method != "GET" ? await Snapshot() : null;
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path + Query(route.Pattern));
        if (route.Method != "GET") request.Content = ContractsBodies.Content(route.Pattern, refused, world);
        caller.Authorise(request, rule);
        using var client = new HttpClient { BaseAddress = world.Contracts.HttpAddress };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!Expectation.Holds(expected, response.StatusCode, body, absentChild))
            return $"{operation} as {caller.Name}: {(int)response.StatusCode}, the rules say {expected}. "
                + body[..Math.Min(body.Length, 200)];
        if (expected == Answer.Admitted && route.Method == "GET" && ShowsWirral(body)
            && !ContractsExpectation.PartyToAnyOfWirrals(caller.Organisation))
            return $"{operation} as {caller.Name} listed a Wirral record";
        if (before is not null && await Snapshot() != before)
            return $"{operation} as {caller.Name} was refused but changed Wirral's records";
        return null;
    }

    private bool ShowsWirral(string body) =>
        new[] { world.Contract, world.Framework, world.RateCard }
            .Any(id => body.Contains($"{id}", StringComparison.Ordinal));

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

    /// <summary>The route with Wirral's ids in its path, and the name of a child id the demo has none of.</summary>
    private (string Path, string? AbsentChild) Path(string pattern)
    {
        var segments = pattern.Split('/');
        string? absent = null;
        for (var i = 1; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            var name = segments[i].Trim('{', '}').Split(':')[0];
            Guid? id = segments[i - 1] switch
            {
                "contracts" => world.Contract, "frameworks" => world.Framework, "rate-cards" => world.RateCard,
                "providers" => world.Cwp, "due-diligence" => world.DueDiligence, _ => null,
            };
            if (id is null) absent = name;
            segments[i] = (id ?? Guid.NewGuid()).ToString();
        }
        return (string.Join('/', segments), absent);
    }

    private static string Query(string pattern) => pattern switch
    {
        _ when pattern.EndsWith("/rate-in-force", StringComparison.Ordinal) => ContractsWorld.WirralRateQuery,
        _ when pattern.EndsWith("/phase", StringComparison.Ordinal) => "?on=2018-04-01",
        _ when pattern.EndsWith("/eligible-providers", StringComparison.Ordinal) =>
            "?serviceType=residential-care&locality=Wirral%20West&on=2018-04-02",
        _ => "",
    };
}
