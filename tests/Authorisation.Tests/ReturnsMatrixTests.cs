using System.Net.Http.Json;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Returns.V1;
using Commissioning.Testing;
using Xunit.Abstractions;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Every statutory-returns route and its gRPC method, called as every kind of caller against Wirral Council's
/// submitted CLD return (<see cref="ReturnsWorld"/>): each answer must be the one the rules give
/// (<see cref="Classification"/>, Returns), no list of a caller outside Wirral holds Wirral's return, and every
/// refused write must leave it as it was. A provider user is party to no return (P: statutory returns cannot be
/// delegated), so it finds none: Wirral's is a 404 to it, its lists are empty, and the lifecycle refuses it (403).
/// </summary>
public sealed class ReturnsMatrixTests(ReturnsWorld world, ITestOutputHelper output) : IClassFixture<ReturnsWorld>
{
    private const string GetPeriodStatus = "commissioning.returns.v1.ReturnsService.GetPeriodStatus";

    [Fact]
    public async Task Every_route_answers_every_kind_of_caller_as_the_rules_say_and_refused_writes_change_nothing()
    {
        var routes = Inventory.Routes("statutory-returns", world.Returns.Services)
            .Where(r => r.GrpcMethod is null).ToList();
        var matrix = new RestMatrix(world.Returns.HttpAddress)
        {
            Expected = (route, rule, caller) => Expected(ReadsReturns(route), rule, caller),
            PartyTo = (_, rule, caller) => PartyToWirrals(caller.RolesFor(rule), caller.Organisation),
            IdAfter = (_, _) => $"{world.Return}",
            ContentOf = (route, caller, _) => JsonContent.Create(Body(route.Pattern, caller)),
            Snapshot = Snapshot,
            Records = [world.Return],
        };
        var (calls, wrong) = await matrix.Run(routes, Callers.All);
        output.WriteLine($"statutory returns: {routes.Count} routes x {Callers.Kinds} callers = {calls} calls, "
            + $"{wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_period_status_over_grpc_answers_every_kind_of_caller_as_the_rules_say()
    {
        using var clients = new PartnerClients(world.Returns.GrpcAddress);
        var rule = Classification.OfMethod(GetPeriodStatus)!;
        var request = new GetPeriodStatusRequest
        {
            Kind = ReturnKind.Cld, Council = new OrganisationRef { Code = Callers.WirralCouncil },
            Period = new Period { FinancialYear = new FinancialYear { StartYear = 2024 }, Quarter = 1 },
        };
        var wrong = await GrpcAnswers.Mismatches(GetPeriodStatus, Callers.All,
            caller => Expected(read: true, rule, caller),
            caller => clients.Returns
                .GetPeriodStatusAsync(request, PartnerClients.Bearer(caller.TokenFor(rule))).ResponseAsync);
        output.WriteLine($"statutory returns gRPC: 1 method x {Callers.Kinds} callers, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// Council staff are party to their own council's returns; an auditor (one that is not also a returns officer,
    /// who acts for their council only) to every council's; a provider user to none, whatever else its token holds.
    /// </summary>
    private static bool PartyToWirrals(IReadOnlyList<string> roles, string? organisation) =>
        !roles.Contains(ProviderUser)
        && (organisation == Callers.WirralCouncil || roles.Contains(Auditor) && !roles.Contains(ReturnsOfficer));

    /// <summary>
    /// The rules' answer; a provider user's reads of returns (a return, its artefact, the list, the period status over
    /// gRPC) are let in by the route and find nothing: a 404, an empty list.
    /// </summary>
    private static Answer Expected(bool read, Rule rule, CallerKind caller)
    {
        var roles = caller.RolesFor(rule);
        if (caller.Organisation is not null && roles.Contains(ProviderUser) && read)
            return rule.Scope == Scope.Tenanted ? Answer.OtherTenancy : Answer.Admitted;
        return Expectation.Of(caller, rule, PartyToWirrals(roles, caller.Organisation));
    }

    private static bool ReadsReturns(Route route) =>
        route.Method == "GET" && route.Pattern.StartsWith("/api/v1/returns", StringComparison.Ordinal);

    /// <summary>
    /// What a returns officer sends: a return of their own council (so an outsider's is its own, never Wirral's),
    /// a resubmission's reason; the other steps take no fields.
    /// </summary>
    private static object Body(string pattern, CallerKind caller) => pattern switch
    {
        "/api/v1/returns" => new { kind = "cld", council = caller.Organisation, period = "2024/25 Q2" },
        _ when pattern.EndsWith("/resubmissions", StringComparison.Ordinal) =>
            new { reason = "The provider corrected two service end dates" },
        _ => new { },
    };

    /// <summary>Wirral's return as its returns officer reads it: status, versions, and the submitted bytes.</summary>
    private async Task<string> Snapshot()
    {
        using var officer = world.Client(Callers.WirralCouncil, ReturnsOfficer);
        return await officer.GetStringAsync($"/api/v1/returns/{world.Return}")
            + await officer.GetStringAsync($"/api/v1/returns/{world.Return}/artefact");
    }
}
