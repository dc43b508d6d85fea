using System.Net.Http.Json;
using Xunit.Abstractions;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Every notifications route called as every kind of caller against CWP's webhook endpoint
/// (<see cref="NotificationsWorld"/>): each answer must be the one the rules give (<see cref="Classification"/>,
/// Notifications: the tenancy is the endpoint's owner organisation, a platform administrator reads every one), no
/// list of another organisation holds CWP's endpoint, and every refused write must leave it and its deliveries as
/// they were.
/// </summary>
public sealed class NotificationsMatrixTests(NotificationsWorld world, ITestOutputHelper output)
    : IClassFixture<NotificationsWorld>
{
    [Fact]
    public async Task Every_route_answers_every_kind_of_caller_as_the_rules_say_and_refused_writes_change_nothing()
    {
        var routes = Inventory.Routes("notifications", world.Notifications.Services)
            .Where(r => r.GrpcMethod is null).ToList();
        var matrix = new RestMatrix(world.Notifications.HttpAddress)
        {
            Expected = (_, rule, caller) => Expectation.Of(caller, rule, OwnsTheEndpoint(rule, caller)),
            PartyTo = (_, rule, caller) => OwnsTheEndpoint(rule, caller),
            IdAfter = (_, _) => $"{world.Endpoint}",
            ContentOf = (route, _, _) => JsonContent.Create(Body(route.Pattern)),
            Snapshot = Snapshot,
            Records = [world.Endpoint],
        };
        var (calls, wrong) = await matrix.Run(routes, Callers.All);
        output.WriteLine($"notifications: {routes.Count} routes x {Callers.Kinds} callers = {calls} calls, "
            + $"{wrong.Count} wrong");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// A provider user of CWP, whatever else its token holds, is the endpoint's owner; a platform administrator is
    /// party to every endpoint.
    /// </summary>
    private static bool OwnsTheEndpoint(Rule rule, CallerKind caller) =>
        caller.RolesFor(rule) is var roles && roles.Contains(PlatformAdmin)
        || caller.Organisation == Callers.Cwp && roles.Contains(ProviderUser);

    /// <summary>
    /// What a provider user sends: its receiver, a rotation's overlap, a reason, a replay of the failed deliveries.
    /// </summary>
    private object Body(string pattern) => pattern switch
    {
        NotificationsWorld.Route => world.NewEndpoint,
        _ when pattern.EndsWith("/secret-rotations", StringComparison.Ordinal) => new { overlapHours = 1 },
        _ when pattern.EndsWith("/disable", StringComparison.Ordinal) =>
            new { reason = "The rostering system is moving to a new host" },
        _ when pattern.EndsWith("/replays", StringComparison.Ordinal) => new { failed = true },
        _ => new { },
    };

    /// <summary>CWP's endpoint as CWP reads it: status, secrets, and its deliveries.</summary>
    private async Task<string> Snapshot()
    {
        using var cwp = world.Provider(Callers.Cwp);
        return await cwp.GetStringAsync($"{NotificationsWorld.Route}/{world.Endpoint}")
            + await cwp.GetStringAsync($"{NotificationsWorld.Route}/{world.Endpoint}/deliveries");
    }
}
