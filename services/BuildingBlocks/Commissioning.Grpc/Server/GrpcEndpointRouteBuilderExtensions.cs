using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Commissioning.Grpc;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST /{package.Service}/{Method} for every method of <paramref name="service"/>; methods
    /// without a handler answer UNIMPLEMENTED. The endpoints are AllowAnonymous for ASP.NET's
    /// authorization because the gRPC layer authenticates itself and answers UNAUTHENTICATED as a
    /// gRPC status, which an HTTP 401 would not be. Returns the group, to add e.g. RequireHost.
    /// </summary>
    public static RouteGroupBuilder MapGrpcService(this IEndpointRouteBuilder endpoints, ServiceDescriptor service,
        Action<GrpcServiceBuilder> handlers)
    {
        var builder = new GrpcServiceBuilder(service);
        handlers(builder);
        var services = endpoints.ServiceProvider;
        services.GetRequiredService<GrpcServiceRegistry>().Add(service);
        services.GetRequiredService<GrpcHealth>().SetStatus(service.FullName, ServingStatus.Serving);

        var group = endpoints.MapGroup("");
        group.AllowAnonymous();
        foreach (var method in builder.Methods)
            group.MapPost(method.Path, Endpoint(services, method).Handle).WithDisplayName("gRPC " + method.Path);
        foreach (var unbound in service.Methods.Where(m => builder.Methods.All(b => b.Descriptor != m)))
            group.MapPost($"/{service.FullName}/{unbound.Name}", Unimplemented).WithDisplayName($"gRPC /{service.FullName}/{unbound.Name} (unimplemented)");
        return group;
    }

    /// <summary>
    /// A catch-all for the gRPC port: a gRPC request for a method nobody maps gets UNIMPLEMENTED;
    /// anything else gets a plain 404. Add RequireHost("*:{grpcPort}") when the app has other ports.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcFallback(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map("{**path}", Unimplemented).WithOrder(int.MaxValue).AllowAnonymous().WithDisplayName("gRPC fallback");

    internal static GrpcEndpoint Endpoint(IServiceProvider services, GrpcMethod method) => new(method,
        services.GetRequiredService<IOptions<GrpcServerOptions>>().Value,
        services.GetRequiredService<IHostApplicationLifetime>(),
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Commissioning.Grpc"));

    private static Task Unimplemented(HttpContext http)
    {
        if (!GrpcProtocol.IsGrpcContentType(http.Request.ContentType))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        http.Response.ContentType = GrpcProtocol.ContentType;
        StatusWriter.Write(http.Response, messageWritten: false, GrpcStatusCode.Unimplemented, $"Method {http.Request.Path} is not implemented.");
        return Task.CompletedTask;
    }
}
