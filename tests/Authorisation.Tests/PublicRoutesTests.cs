extern alias NotificationsService;
using Commissioning.Testing;
using Xunit.Abstractions;

namespace Authorisation.Tests;

/// <summary>
/// What the services answer without a token is plumbing (health, documents, the sidecar's routes) or a route
/// classified <see cref="Scope.Public"/>: a new anonymous route fails here until it is classified, and a public
/// one answers every kind of caller of the matrix alike, a token or none.
/// </summary>
public sealed class PublicRoutesTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_anonymous_route_is_plumbing_or_classified_public_and_every_public_one_is_served()
    {
        var anonymous = Inventory.EveryAnonymousRoute();

        var unclassified = anonymous.Where(r => !Classification.IsPlumbing(r) && Classification.Of(r) is not
            { Scope: Scope.Public }).ToList();
        Assert.True(unclassified.Count == 0, "Anonymous but not classified public: " + string.Join("; ", unclassified));
        Assert.Subset(anonymous.Select(r => r.ToString()).ToHashSet(), Classification.PublicRoutes().ToHashSet());
        output.WriteLine($"{anonymous.Count} anonymous routes; public: "
            + string.Join(", ", Classification.PublicRoutes()));
    }

    [Fact]
    public async Task The_asyncapi_document_answers_every_kind_of_caller_alike()
    {
        await using var notifications = new ServiceUnderTest<NotificationsService::Program>();
        var route = new Route("notifications", "GET", "/asyncapi.json");
        var rule = Classification.Of(route)!;
        using var client = notifications.CreateClient();

        foreach (var caller in Callers.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, route.Pattern);
            caller.Authorise(request, rule);
            using var response = await client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{caller.Name}: {(int)response.StatusCode}");
        }
    }
}
