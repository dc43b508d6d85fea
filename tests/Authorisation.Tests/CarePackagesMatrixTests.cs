using System.Text;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Testing;
using Xunit.Abstractions;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Every care-packages route and gRPC method, called as every kind of caller against one Wirral resident's records
/// (and as Oak Lodge, the provider invited to their placement): each answer must be the one the rules give, and
/// every refused write must leave the records as they were. A provider within Wirral's tenancy that the record
/// does not name (CWP on the placement, Oak Lodge on the assessment) is refused by the domain's own rules, 403.
/// </summary>
[Collection(WirralCareCollection.Name)]
public sealed class CarePackagesMatrixTests(WirralCare world, ITestOutputHelper output)
{
    private static IReadOnlyList<CallerKind> Kinds => [.. Callers.All, Callers.InvitedProvider];

    [Fact]
    public async Task Every_route_answers_every_kind_of_caller_as_the_rules_say_and_refused_writes_change_nothing()
    {
        var routes = Inventory.Routes("care-packages", world.Care.Services).Where(r => r.GrpcMethod is null).ToList();
        var matrix = new RestMatrix(world.Care.HttpAddress)
        {
            Expected = Expected,
            PartyTo = (_, rule, caller) => PartyToWirral(caller, rule),
            IdAfter = (_, collection) => IdAfter(collection)?.ToString(),
            QueryOf = Query,
            ContentOf = (route, _, refused) => CareBodies.Content(route.Pattern, refused, world),
            Snapshot = Snapshot,
            Records = [world.Person, world.Request, world.Concern],
        };
        var (calls, wrong) = await matrix.Run(routes, Kinds);
        output.WriteLine($"care packages: {routes.Count} routes x {Kinds.Count} callers = {calls} calls, "
            + $"{wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Both_grpc_methods_answer_every_kind_of_caller_as_the_rules_say()
    {
        using var clients = new PartnerClients(world.Care.GrpcAddress);
        var care = clients.CarePackages;
        var summary = new GetPackageSummaryRequest { PackageId = world.Plan.ToString() };
        var people = new ListPeopleForReturnRequest
        {
            Council = new Commissioning.Protos.Common.V1.OrganisationRef { Code = Callers.WirralCouncil },
        };
        var methods = new Dictionary<string, Func<Grpc.Core.CallOptions, Task>>
        {
            ["GetPackageSummary"] = o => care.GetPackageSummaryAsync(summary, o).ResponseAsync,
            ["ListPeopleForReturn"] = o => care.ListPeopleForReturnAsync(people, o).ResponseAsync,
        };
        var wrong = new List<string>();
        foreach (var (name, call) in methods)
        {
            var method = $"commissioning.carepackages.v1.CarePackagesService.{name}";
            var rule = Classification.OfMethod(method)!;
            wrong.AddRange(await GrpcAnswers.Mismatches(method, Kinds,
                caller => Expected(new Route("care-packages", "POST", "/" + method), rule, caller),
                caller => call(PartnerClients.Bearer(caller.TokenFor(rule)))));
        }
        output.WriteLine($"care packages gRPC: {methods.Count} methods x {Kinds.Count} callers, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// A council user is party to its own council's records; a provider user to Wirral's when Wirral's agreement
    /// delegates to it (CWP) or its records name it (Oak Lodge), whatever organisation its token otherwise names.
    /// </summary>
    private static bool PartyToWirral(CallerKind caller, Rule rule) => caller.RolesFor(rule).Contains(ProviderUser)
        ? caller.Organisation is Callers.Cwp or Callers.OakLodge
        : caller.Organisation is Callers.WirralCouncil;

    /// <summary>What the rules answer, with the domain's refusal of a provider the record does not name.</summary>
    private static Answer Expected(Route route, Rule rule, CallerKind caller)
    {
        var answer = Expectation.Of(caller, rule, PartyToWirral(caller, rule));
        if (answer != Answer.Admitted || !caller.RolesFor(rule).Contains(ProviderUser) || rule.Scope != Scope.Tenanted)
            return answer;
        return NamesProvider(route.Pattern, caller.Organisation!) ? answer : Answer.WrongRole;
    }

    /// <summary>CWP assesses, plans and investigates; Oak Lodge is invited, offers and delivers; neither records the
    /// council's financial assessment (A §5.26).</summary>
    private static bool NamesProvider(string pattern, string provider) => provider switch
    {
        Callers.Cwp => new[]
            {
                "/api/v1/referrals", "/api/v1/assessments", "/api/v1/support-plans", "/api/v1/safeguarding-concerns",
            }.Any(p => pattern.StartsWith(p, StringComparison.Ordinal)),
        Callers.OakLodge => pattern.StartsWith("/api/v1/packages", StringComparison.Ordinal)
            && !pattern.EndsWith("/financial-assessment", StringComparison.Ordinal)
            || pattern.StartsWith("/api/v1/placement-requests", StringComparison.Ordinal)
            && !pattern.EndsWith("/ranking", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Wirral's records as the council's staff and CWP read them.</summary>
    private async Task<string> Snapshot()
    {
        using var owner = world.As(Callers.WirralCouncil, Commissioner, Verifier, Broker);
        using var cwp = world.As(Callers.Cwp, ProviderUser);
        var text = new StringBuilder();
        foreach (var path in new[]
                 {
                     $"/api/v1/people/{world.Person}", $"/api/v1/referrals/{world.Referral}",
                     $"/api/v1/assessments/{world.Assessment}", $"/api/v1/support-plans/{world.Plan}",
                     $"/api/v1/verifications/{world.Verification}", $"/api/v1/placement-requests/{world.Request}",
                     $"/api/v1/packages/{world.Package}", "/api/v1/safeguarding-concerns",
                 })
            text.Append(await (await owner.GetAsync(path)).Content.ReadAsStringAsync());
        text.Append(await (await cwp.GetAsync("/api/v1/safeguarding-concerns")).Content.ReadAsStringAsync());
        return text.ToString();
    }

    /// <summary>The resident's record a path names after its collection, or none for a child the demo lacks.</summary>
    private Guid? IdAfter(string collection) => collection switch
    {
        "people" => world.Person, "referrals" => world.Referral, "assessments" => world.Assessment,
        "support-plans" => world.Plan, "verifications" => world.Verification,
        "placement-requests" => world.Request, "offers" => world.Offer, "packages" => world.Package,
        "safeguarding-concerns" => world.Concern, _ => null,
    };

    private static string Query(Route route) =>
        route is { Method: "GET", Pattern: "/api/v1/people" } ? $"?nhsNumber={WirralCare.NhsNumber}" : "";
}
