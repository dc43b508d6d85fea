using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commissioning.Grpc;

public static class GrpcClientRegistration
{
    /// <summary>
    /// A typed client (singleton) to one target, e.g.
    /// <c>services.AddGrpcClient&lt;FinanceClient&gt;(o =&gt; o.Address = new("http://pooled-finance:8081"))</c>.
    /// All clients share one <see cref="GrpcTransport"/>; a partner's failure becomes the caller's problem (see <see cref="PartnerServiceProblems"/>).
    /// </summary>
    public static IServiceCollection AddGrpcClient<TClient>(this IServiceCollection services, Action<GrpcClientOptions> configure)
        where TClient : GrpcClient
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<GrpcTransport>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler, PartnerServiceProblems>());
        services.AddSingleton(provider =>
        {
            var options = new GrpcClientOptions();
            configure(options);
            var channel = provider.GetRequiredService<GrpcTransport>().Channel(options, provider.GetService<IHttpContextAccessor>());
            return ActivatorUtilities.CreateInstance<TClient>(provider, channel);
        });
        return services;
    }
}
