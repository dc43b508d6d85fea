using System.Text;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
using Microsoft.AspNetCore.Routing;
using Xunit.Abstractions;

namespace Authorisation.Tests;

/// <summary>
/// Every pooled-finance route and gRPC method, called as every kind of caller against Wirral's records:
/// each answer must be the one the rules give, and every refused write must leave Wirral's pool as it was.
/// </summary>
public sealed class PooledFinanceMatrixTests(WirralWorld world, ITestOutputHelper output) : IClassFixture<WirralWorld>
{
    [Fact]
    public async Task Every_route_answers_every_kind_of_caller_as_the_rules_say_and_refused_writes_change_nothing()
    {
        var routes = Inventory.Routes("pooled-finance", world.Finance.Services).Where(r => r.GrpcMethod is null).ToList();
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
        output.WriteLine($"pooled finance: {routes.Count} routes x {Callers.Kinds} callers = {cells} calls, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_grpc_method_answers_every_kind_of_caller_as_the_rules_say()
    {
        using var clients = new PartnerClients(world.Finance.GrpcAddress);
        var wrong = new List<string>();
        var methods = new Dictionary<string, Func<CallOptions, Task>>
        {
            ["commissioning.finance.v1.FinanceService.CheckHeadroom"] = o => clients.Finance.CheckHeadroomAsync(new CheckHeadroomRequest
            {
                BudgetLineId = world.CouncilLine.ToString(), Amount = new Money { Pence = 100, CurrencyCode = "GBP" },
                FinancialYear = new FinancialYear { StartYear = 2017 },
            }, o).ResponseAsync,
            ["commissioning.finance.v1.FinanceService.GetFundPosition"] = o => clients.Finance.GetFundPositionAsync(new GetFundPositionRequest
            {
                FundId = world.Fund.ToString(), Period = new Period { FinancialYear = new FinancialYear { StartYear = 2017 }, Month = 6 },
            }, o).ResponseAsync,
            ["commissioning.finance.v1.FinanceService.GetAgreementStanding"] = o => clients.Finance
                .GetAgreementStandingAsync(new GetAgreementStandingRequest { AgreementId = $"{world.Agreement}" }, o)
                .ResponseAsync,
            ["commissioning.finance.v1.FinanceService.RecordCommitment"] = o => clients.Finance.RecordCommitmentAsync(new RecordCommitmentRequest
            {
                CommitmentId = Guid.NewGuid().ToString(), BudgetLineId = world.CouncilLine.ToString(), SourceId = Guid.NewGuid().ToString(),
                Amount = new Money { Pence = 100, CurrencyCode = "GBP" }, EffectiveFrom = new Date { Year = 2017, Month = 6, Day = 1 },
                FinancialYear = new FinancialYear { StartYear = 2017 },
            }, o).ResponseAsync,
        };
        foreach (var (method, call) in methods)
        {
            var rule = Classification.OfMethod(method)!;
            foreach (var caller in Callers.All)
            {
                var expected = Expectation.Of(caller, rule, PartyToWirral(caller), providersSeeNothing: true);
                var status = await StatusOf(() => call(PartnerClients.Bearer(caller.TokenFor(rule))));
                if (status != GrpcAnswer(expected)) wrong.Add($"{method} as {caller.Name}: {status}, the rules say {expected}");
            }
        }
        output.WriteLine($"pooled finance gRPC: {methods.Count} methods x {Callers.Kinds} callers, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool PartyToWirral(CallerKind caller) =>
        caller.Organisation is Callers.WirralCouncil or Callers.WirralCcg;

    private async Task<string?> Call(Route route, Rule rule, CallerKind caller)
    {
        var expected = Expectation.Of(caller, rule, PartyToWirral(caller), providersSeeNothing: true);
        var (path, absentChild) = Path(route.Pattern);
        var refused = expected != Answer.Admitted;
        var before = refused && route.Method != "GET" ? await Snapshot() : null;
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path + Query(route.Pattern));
        if (route.Method != "GET") request.Content = WirralBodies.Content(route.Pattern, refused, world);
        caller.Authorise(request, rule);
        using var client = new HttpClient { BaseAddress = world.Finance.HttpAddress };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!Expectation.Holds(expected, response.StatusCode, body, absentChild))
            return $"{route} as {caller.Name}: {(int)response.StatusCode}, the rules say {expected}. {body[..Math.Min(body.Length, 200)]}";
        if (expected == Answer.Admitted && route.Pattern == "/api/v1/partnerships" && route.Method == "GET"
            && caller.Organisation == Callers.PlymouthCouncil && body.Contains(world.Partnership.ToString(), StringComparison.Ordinal))
            return $"{route} as {caller.Name} listed Wirral's partnership";
        if (before is not null && await Snapshot() != before) return $"{route} as {caller.Name} was refused but changed Wirral's pool";
        return null;
    }

    /// <summary>Wirral's pool as its owner reads it: the partnership, agreement, fund, lines, contributions, debts and ledger.</summary>
    private async Task<string> Snapshot()
    {
        using var owner = world.Client(Callers.WirralCouncil, Commissioning.Identity.Roles.FinanceOfficer);
        var text = new StringBuilder();
        foreach (var path in new[]
                 {
                     $"/api/v1/partnerships/{world.Partnership}", $"/api/v1/agreements/{world.Agreement}", $"/api/v1/funds/{world.Fund}",
                     $"/api/v1/funds/{world.Fund}/budget-lines", $"/api/v1/funds/{world.Fund}/contributions",
                     $"/api/v1/agreements/{world.Agreement}/debts", $"/api/v1/funds/{world.Fund}/ledger?limit=500",
                     $"/api/v1/partnerships/{world.Partnership}/savings-plans",
                 })
            text.Append(await (await owner.GetAsync(path)).Content.ReadAsStringAsync());
        return text.ToString();
    }

    /// <summary>The route with Wirral's ids in its path, and the name of a child id the demo has no record for.</summary>
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
                "partnerships" => world.Partnership, "agreements" => world.Agreement, "funds" => world.Fund,
                "contributions" => world.Contribution, "debts" => world.Debt, "ledger" => world.LedgerEntry,
                "savings-plans" => world.SavingsPlan, "savings" => world.Saving,
                "bcf-plans" => world.BetterCarePlan, _ => null,
            };
            if (id is null) absent = name;
            segments[i] = (id ?? Guid.NewGuid()).ToString();
        }
        return (string.Join('/', segments), absent);
    }

    private static string Query(string pattern) => pattern switch
    {
        _ when pattern.EndsWith("/position", StringComparison.Ordinal) || pattern.EndsWith("/report", StringComparison.Ordinal) =>
            "?financialYear=2017/18&month=6",
        _ when pattern.EndsWith("/reconciliation", StringComparison.Ordinal) || pattern.EndsWith("/preview", StringComparison.Ordinal) =>
            "?financialYear=2017/18",
        _ => "",
    };

    private static async Task<StatusCode> StatusOf(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e) { return e.StatusCode; }
    }

    private static StatusCode GrpcAnswer(Answer answer) => answer switch
    {
        Answer.Unauthenticated => StatusCode.Unauthenticated,
        Answer.WrongRole => StatusCode.PermissionDenied,
        Answer.OtherTenancy => StatusCode.NotFound,
        _ => StatusCode.OK,
    };
}
