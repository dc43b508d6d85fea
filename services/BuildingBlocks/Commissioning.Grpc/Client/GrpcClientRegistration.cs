using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Diagnostics;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Commissioning.Grpc;

public static class GrpcClientRegistration
{
    /// <summary>
    /// A generated client (Grpc.Net.ClientFactory) to one target of <paramref name="service"/>, e.g.
    /// <c>services.AddPartnerGrpcClient&lt;FinanceService.FinanceServiceClient&gt;(CommissioningServices.Finance, o =&gt; o.Address = ...)</c>:
    /// the caller's token forwarded, a default deadline, retries of idempotent methods (the channel's service
    /// config) and the target's breaker; a <c>dns:///host:port</c> address is balanced per call
    /// (<see cref="PerCallBalancing"/>). A partner's failure becomes the caller's problem
    /// (<see cref="PartnerServiceProblems"/>).
    /// </summary>
    public static IHttpClientBuilder AddPartnerGrpcClient<TClient>(this IServiceCollection services, ServiceDescriptor service,
        Action<GrpcClientOptions> configure) where TClient : ClientBase
    {
        // Named after the client and read when the client is first made, so configuration added after
        // registration (a host's test settings) is seen.
        var name = typeof(TClient).FullName!;
        services.AddOptions<GrpcClientOptions>(name).Configure(configure);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<TargetBreakers>();
        services.TryAddSingleton<CallerTokenInterceptor>();
        services.TryAddEnumerable(
            Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton(PerCallBalancing.Resolver()));
        services.TryAddEnumerable(Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton<IExceptionHandler, PartnerServiceProblems>());
        return services.AddGrpcClient<TClient>((provider, o) => o.Address = Options(provider, name).Address
                ?? throw new InvalidOperationException($"A {service.Name} client needs an Address."))
            .ConfigureChannel((provider, channel) =>
            {
                channel.ServiceConfig = IdempotentRetries.For(service, Options(provider, name));
                PerCallBalancing.Apply(channel, Options(provider, name).Address!, provider);
            })
            .AddInterceptor<CallerTokenInterceptor>()
            .AddInterceptor(provider => new DefaultDeadlineInterceptor(Options(provider, name).DefaultDeadline))
            .AddInterceptor(provider => new TargetBreakerInterceptor(
                provider.GetRequiredService<TargetBreakers>().For(Options(provider, name).Address!, Options(provider, name))));
    }

    private static GrpcClientOptions Options(IServiceProvider provider, string name) =>
        provider.GetRequiredService<IOptionsMonitor<GrpcClientOptions>>().Get(name);
}
