using System.Net.Http.Json;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Workforce.V1;
using Commissioning.Testing;
using Xunit.Abstractions;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Every workforce route and gRPC method, called as every kind of caller against Wirral Council's records
/// (<see cref="WorkforceWorld"/>) and as CWP's staff, the transferee of Wirral's transfer project: each answer must
/// be the one the rules give (<see cref="Classification"/>, Workforce: the tenancy is the employer, a transfer
/// project's both employers), no list of a caller outside them holds Wirral's records, and every refused write must
/// leave them as they were. Within a transfer project each step is one employer's (issue 17 §7): the transferee
/// sends the measures letter, the transferor's HR officers do the rest, and the other employer is refused (403).
/// </summary>
public sealed class WorkforceMatrixTests(WorkforceWorld world, ITestOutputHelper output) : IClassFixture<WorkforceWorld>
{
    private static IReadOnlyList<CallerKind> Kinds => [.. Callers.All, Callers.Transferee];

    [Fact]
    public async Task Every_route_answers_every_kind_of_caller_as_the_rules_say_and_refused_writes_change_nothing()
    {
        var routes = Inventory.Routes("workforce", world.Workforce.Services).Where(r => r.GrpcMethod is null).ToList();
        var bodies = new WorkforceBodies(world);
        var matrix = new RestMatrix(world.Workforce.HttpAddress)
        {
            Expected = Expected,
            PartyTo = (route, _, caller) => PartyTo(route.Pattern, caller),
            IdAfter = IdAfter,
            ContentOf = (route, caller, _) => JsonContent.Create(bodies.For(route, caller)),
            Snapshot = Snapshot,
            Records = [world.Employer, world.StaffRecord, world.Project, world.Post, world.Forecast],
        };
        var (calls, wrong) = await matrix.Run(routes, Kinds);
        output.WriteLine($"workforce: {routes.Count} routes x {Kinds.Count} callers = {calls} calls, "
            + $"{wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_establishment_and_the_forecast_over_grpc_answer_every_kind_of_caller_as_the_rules_say()
    {
        using var clients = new PartnerClients(world.Workforce.GrpcAddress);
        var wirral = new OrganisationRef { Code = Callers.WirralCouncil };
        var summary = Method("GetEstablishmentSummary");
        var forecast = Method("GetStaffingForecast");
        var wrong = await GrpcAnswers.Mismatches(summary, Kinds, caller => OverGrpc(summary, caller),
            caller => clients.Workforce.GetEstablishmentSummaryAsync(new GetEstablishmentSummaryRequest
                {
                    Employer = wirral,
                }, Bearer(summary, caller)).ResponseAsync);
        wrong.AddRange(await GrpcAnswers.Mismatches(forecast, Kinds, caller => OverGrpc(forecast, caller),
            caller => clients.Workforce.GetStaffingForecastAsync(new GetStaffingForecastRequest
                {
                    Employer = wirral, FinancialYear = new FinancialYear { StartYear = WorkforceWorld.ForecastYear },
                }, Bearer(forecast, caller)).ResponseAsync));
        output.WriteLine($"workforce gRPC: 2 methods x {Kinds.Count} callers, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string Method(string name) => $"commissioning.workforce.v1.WorkforceService.{name}";

    private static Answer OverGrpc(string method, CallerKind caller) =>
        Expectation.Of(caller, Classification.OfMethod(method)!, caller.Organisation == Callers.WirralCouncil);

    private static Grpc.Core.CallOptions Bearer(string method, CallerKind caller) =>
        PartnerClients.Bearer(caller.TokenFor(Classification.OfMethod(method)!));

    /// <summary>Wirral's own staff are party to its records; CWP's to the transfer project and nothing else.</summary>
    private static bool PartyTo(string pattern, CallerKind caller) => caller.Organisation == Callers.WirralCouncil
        || caller.Organisation == Callers.Cwp && pattern.StartsWith(Transfers, StringComparison.Ordinal);

    private const string Transfers = "/api/v1/transfer-projects";

    /// <summary>
    /// The rules' answer, with the project's rule of which employer takes each HR step: the transferee's HR officers
    /// send the measures letter (TUPE reg 13(4)), the transferor's do every other step and read the ELI pack (the
    /// transferee only once it is provided, which the demo's project has not reached).
    /// </summary>
    private static Answer Expected(Route route, Rule rule, CallerKind caller)
    {
        var answer = Expectation.Of(caller, rule, PartyTo(route.Pattern, caller));
        if (answer != Answer.Admitted || !route.Pattern.StartsWith(Transfers + "/", StringComparison.Ordinal)
            || rule.Roles is not [HrOfficer])
            return answer;
        var transfereesStep = route.Pattern.EndsWith("/measures-letter", StringComparison.Ordinal);
        return caller.Organisation == Callers.Cwp == transfereesStep ? answer : Answer.WrongRole;
    }

    /// <summary>
    /// Wirral's record a path names after its collection, the forecast's stated year (an uplift's is the year after
    /// the one it starts from), or none: no assignment is recorded.
    /// </summary>
    private string? IdAfter(Route route, string collection) => collection switch
    {
        "employers" => $"{world.Employer}", "staff-records" => $"{world.StaffRecord}",
        "transfer-projects" => $"{world.Project}", "posts" => $"{world.Post}",
        "staffing-forecasts" => $"{world.Forecast}",
        "years" => YearOf(route),
        _ => null,
    };

    private static string YearOf(Route route) =>
        $"{WorkforceWorld.ForecastYear + (route.Pattern.EndsWith("/uplift", StringComparison.Ordinal) ? 1 : 0)}";

    /// <summary>Wirral's records as its HR officers read them.</summary>
    private async Task<string> Snapshot()
    {
        using var hr = world.Hr(Callers.WirralCouncil);
        var paths = new[]
        {
            $"/api/v1/employers/{world.Employer}", $"/api/v1/employers/{world.Employer}/establishment",
            $"/api/v1/staff-records/{world.StaffRecord}", $"{Transfers}/{world.Project}",
            $"/api/v1/posts/{world.Post}", $"/api/v1/staffing-forecasts/{world.Forecast}",
        };
        var reads = await Task.WhenAll(paths.Select(hr.GetStringAsync));
        return string.Concat(reads);
    }
}
