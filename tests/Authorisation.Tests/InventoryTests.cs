using Xunit.Abstractions;

namespace Authorisation.Tests;

/// <summary>
/// Every route and gRPC method is classified (a new one fails here, named, until it is), and every
/// classification names something served, so the table cannot drift from the services.
/// </summary>
public sealed class InventoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_route_and_served_grpc_method_of_every_service_is_classified()
    {
        var routes = Inventory.EveryRoute();
        var unclassified = routes.Where(r => r.GrpcMethod is null && Classification.Of(r) is null)
            .Concat(routes.Where(r => r.GrpcMethod is { } m && Classification.OfMethod(m) is null)).ToList();
        Assert.True(unclassified.Count == 0, "Unclassified: " + string.Join("; ", unclassified));
        var rest = routes.Count(r => r.GrpcMethod is null);
        var served = routes.Select(r => r.GrpcMethod).OfType<string>().ToList();
        output.WriteLine($"{rest} routes and {served.Count} gRPC methods, each called as {Callers.Kinds} kinds of caller: "
            + $"a matrix of {(rest + served.Count) * Callers.Kinds} cells.");
    }

    [Fact]
    public void Every_grpc_method_of_the_descriptors_is_served_and_classified()
    {
        var served = Inventory.EveryRoute().Select(r => r.GrpcMethod).OfType<string>().ToHashSet();
        var methods = Inventory.EveryGrpcMethod();
        foreach (var method in methods)
            Assert.True(served.Contains(method) && Classification.OfMethod(method) is not null,
                $"{method} is in the descriptors but not both served and classified");
        output.WriteLine($"{methods.Count} methods in the descriptors, {served.Count} served.");
    }
}
