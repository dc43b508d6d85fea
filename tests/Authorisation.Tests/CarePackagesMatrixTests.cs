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
        var wrong = new List<string>();
        var cells = 0;
        foreach (var route in routes)
        {
            var rule = Classification.Of(route) ?? throw new InvalidOperationException($"{route} is not classified");
            foreach (var caller in Kinds)
            {
                cells++;
                if (await Call(route, rule, caller) is { } failure) wrong.Add(failure);
            }
        }
        output.WriteLine(
            $"care packages: {routes.Count} routes x {Kinds.Count} callers = {cells} calls, {wrong.Count} wrong");
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

    private async Task<string?> Call(Route route, Rule rule, CallerKind caller)
    {
        var expected = Expected(route, rule, caller);
        var (path, absentChild) = Path(route.Pattern);
        var refused = expected != Answer.Admitted;
        var before = refused && route.Method != "GET" ? await Snapshot() : null;
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path + Query(route));
        if (route.Method is not ("GET" or "DELETE"))
            request.Content = CareBodies.Content(route.Pattern, refused, world);
        caller.Authorise(request, rule);
        using var client = new HttpClient { BaseAddress = world.Care.HttpAddress };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!Expectation.Holds(expected, response.StatusCode, body, absentChild))
            return $"{route} as {caller.Name}: {(int)response.StatusCode}, the rules say {expected}. "
                + body[..Math.Min(body.Length, 200)];
        // A list names no id of its own, so any of Wirral's ids in it is a leak (a 404 repeats the path's).
        if (route.Method == "GET" && rule.Scope == Scope.Listing && !PartyToWirral(caller, rule)
            && Leaks(body) is { } leaked)
            return $"{route} as {caller.Name} listed Wirral's {leaked}";
        if (before is not null && await Snapshot() != before)
            return $"{route} as {caller.Name} was refused but changed Wirral's records";
        return null;
    }

    private string? Leaks(string body) => new Dictionary<string, Guid>
    {
        ["person"] = world.Person, ["placement request"] = world.Request, ["concern"] = world.Concern,
    }.Where(r => body.Contains(r.Value.ToString(), StringComparison.Ordinal)).Select(r => r.Key).FirstOrDefault();

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

    /// <summary>The route with the resident's ids in its path, and the name of a child id with no record.</summary>
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
                "people" => world.Person, "referrals" => world.Referral, "assessments" => world.Assessment,
                "support-plans" => world.Plan, "verifications" => world.Verification,
                "placement-requests" => world.Request, "offers" => world.Offer, "packages" => world.Package,
                "safeguarding-concerns" => world.Concern, _ => null,
            };
            if (id is null) absent = name;
            segments[i] = (id ?? Guid.NewGuid()).ToString();
        }
        return (string.Join('/', segments), absent);
    }

    private static string Query(Route route) =>
        route is { Method: "GET", Pattern: "/api/v1/people" } ? $"?nhsNumber={WirralCare.NhsNumber}" : "";
}
