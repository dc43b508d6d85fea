using System.Text;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
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
        var matrix = new RestMatrix(world.Finance.HttpAddress)
        {
            Expected = (_, rule, caller) =>
                Expectation.Of(caller, rule, PartyToWirral(caller), providersSeeNothing: true),
            PartyTo = (_, _, caller) => PartyToWirral(caller),
            IdAfter = (_, collection) => IdAfter(collection)?.ToString(),
            QueryOf = route => Query(route.Pattern),
            ContentOf = (route, _, refused) => WirralBodies.Content(route.Pattern, refused, world),
            Snapshot = Snapshot,
            Records = [world.Partnership, world.Agreement, world.Fund, world.Contribution, world.Debt],
        };
        var (calls, wrong) = await matrix.Run(routes, Callers.All);
        output.WriteLine($"pooled finance: {routes.Count} routes x {Callers.Kinds} callers = {calls} calls, "
            + $"{wrong.Count} wrong");
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
            ["commissioning.finance.v1.FinanceService.ListHostedFundPositions"] = o => clients.Finance
                .ListHostedFundPositionsAsync(new ListHostedFundPositionsRequest
                {
                    Host = new OrganisationRef { Code = Callers.WirralCouncil, Kind = OrganisationKind.Council },
                    Period = new Period { FinancialYear = new FinancialYear { StartYear = 2017 }, Quarter = 2 },
                }, o).ResponseAsync,
            ["commissioning.finance.v1.FinanceService.ListHostedBetterCarePlans"] = o => clients.Finance
                .ListHostedBetterCarePlansAsync(new ListHostedBetterCarePlansRequest
                {
                    Host = new OrganisationRef { Code = Callers.WirralCouncil, Kind = OrganisationKind.Council },
                    Period = new Period { FinancialYear = new FinancialYear { StartYear = 2017 }, Quarter = 2 },
                }, o).ResponseAsync,
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
            wrong.AddRange(await GrpcAnswers.Mismatches(method, Callers.All,
                caller => Expectation.Of(caller, rule, PartyToWirral(caller), providersSeeNothing: true),
                caller => call(PartnerClients.Bearer(caller.TokenFor(rule)))));
        }
        output.WriteLine($"pooled finance gRPC: {methods.Count} methods x {Callers.Kinds} callers, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool PartyToWirral(CallerKind caller) =>
        caller.Organisation is Callers.WirralCouncil or Callers.WirralCcg;

    /// <summary>
    /// Wirral's pool as its owner reads it: the partnership, agreement, fund, lines, contributions, debts, ledger,
    /// savings plans, scope changes and governance decisions.
    /// </summary>
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
                     $"/api/v1/funds/{world.Fund}/scope-changes",
                     $"/api/v1/agreements/{world.Agreement}/decisions?limit=200",
                 })
            text.Append(await (await owner.GetAsync(path)).Content.ReadAsStringAsync());
        return text.ToString();
    }

    /// <summary>The Wirral record a path names after its collection, or none for a child the demo lacks.</summary>
    private Guid? IdAfter(string collection) => collection switch
    {
        "partnerships" => world.Partnership, "agreements" => world.Agreement, "funds" => world.Fund,
        "contributions" => world.Contribution, "debts" => world.Debt, "ledger" => world.LedgerEntry,
        "savings-plans" => world.SavingsPlan, "savings" => world.Saving,
        "bcf-plans" => world.BetterCarePlan, "scope-changes" => world.ScopeChange, "decisions" => world.Decision,
        _ => null,
    };

    private static string Query(string pattern) => pattern switch
    {
        _ when pattern.EndsWith("/position", StringComparison.Ordinal) || pattern.EndsWith("/report", StringComparison.Ordinal) =>
            "?financialYear=2017/18&month=6",
        _ when pattern.EndsWith("/reconciliation", StringComparison.Ordinal) || pattern.EndsWith("/preview", StringComparison.Ordinal) =>
            "?financialYear=2017/18",
        _ => "",
    };
}
