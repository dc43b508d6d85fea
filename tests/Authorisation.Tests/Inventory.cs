extern alias CareService;
extern alias ContractsService;
extern alias FinanceService;
extern alias NotificationsService;
extern alias ReturnsService;
extern alias WorkforceService;
using Commissioning.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Authorisation.Tests;

/// <summary>One route of a service as its endpoint data source lists it: "POST /api/v1/agreements/{id:guid}/notice".</summary>
public sealed record Route(string Service, string Method, string Pattern)
{
    public override string ToString() => $"{Service} {Method} {Pattern}";

    /// <summary>A gRPC method's route, "/commissioning.finance.v1.FinanceService/CheckHeadroom", by its full name.</summary>
    public string? GrpcMethod => Pattern.StartsWith("/commissioning.", StringComparison.Ordinal) && !Pattern.Contains('{')
        ? Pattern.TrimStart('/').Replace('/', '.') : null;
}

/// <summary>Every route of every service, read from the running services' endpoint data sources, and every gRPC method.</summary>
public static class Inventory
{
    /// <summary>Routes a caller's token reaches: not health, documentation, reflection or event deliveries (anonymous).</summary>
    public static IReadOnlyList<Route> Routes(string service, IServiceProvider services) =>
        Routes(service, services, anonymous: false);

    /// <summary>
    /// The routes a service answers without a token (<see cref="Classification.IsPlumbing"/> or public).
    /// </summary>
    public static IReadOnlyList<Route> AnonymousRoutes(string service, IServiceProvider services) =>
        Routes(service, services, anonymous: true);

    private static IReadOnlyList<Route> Routes(string service, IServiceProvider services, bool anonymous) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null == anonymous)
            .Where(e => !e.RoutePattern.RawText!.Contains("grpcunimplemented", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                // A group's "/" leaves a trailing slash in the pattern; routing matches the path without it.
                .Select(m => new Route(service, m, "/" + e.RoutePattern.RawText!.Trim('/'))))
            .Distinct().ToList();

    /// <summary>The services with stores, started on loopback: what their endpoint data sources hold.</summary>
    public static IReadOnlyList<Route> EveryRoute() => EveryService(Routes);

    /// <summary>Every anonymous route of every service with a store.</summary>
    public static IReadOnlyList<Route> EveryAnonymousRoute() => EveryService(AnonymousRoutes);

    private static IReadOnlyList<Route> EveryService(Func<string, IServiceProvider, IReadOnlyList<Route>> routesOf)
    {
        using var finance = new ServiceUnderTest<FinanceService::Program>();
        using var contracts = new ServiceUnderTest<ContractsService::Program>();
        using var care = new ServiceUnderTest<CareService::Program>();
        using var workforce = new ServiceUnderTest<WorkforceService::Program>();
        using var notifications = new ServiceUnderTest<NotificationsService::Program>();
        using var returns = new ServiceUnderTest<ReturnsService::Program>();
        return [.. routesOf("pooled-finance", finance.Services), .. routesOf("contracts", contracts.Services),
            .. routesOf("care-packages", care.Services), .. routesOf("workforce", workforce.Services),
            .. routesOf("notifications", notifications.Services), .. routesOf("statutory-returns", returns.Services)];
    }

    /// <summary>Every method of every service descriptor in Commissioning.Protos, by full name.</summary>
    public static IReadOnlyList<string> EveryGrpcMethod() =>
        ProtoDescriptors.EveryMethod().Select(m => m.FullName).ToList();
}
