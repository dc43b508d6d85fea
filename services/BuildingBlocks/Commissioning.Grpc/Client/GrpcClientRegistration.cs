using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Commissioning.Grpc;

public static class GrpcClientRegistration
{
    /// <summary>
    /// A generated client (Grpc.Net.ClientFactory) to one target of <paramref name="service"/>, e.g.
    /// <c>services.AddPartnerGrpcClient&lt;FinanceService.FinanceServiceClient&gt;(CommissioningServices.Finance, o =&gt; o.Address = ...)</c>:
    /// the caller's token forwarded, a default deadline, retries of idempotent methods (the channel's service
    /// config) and the target's breaker. A partner's failure becomes the caller's problem (<see cref="PartnerServiceProblems"/>).
    /// </summary>
    public static IHttpClientBuilder AddPartnerGrpcClient<TClient>(this IServiceCollection services, ServiceDescriptor service,
        Action<GrpcClientOptions> configure) where TClient : ClientBase
    {
        var options = new GrpcClientOptions();
        configure(options);
        var address = options.Address ?? throw new InvalidOperationException($"A {service.Name} client needs an Address.");
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TargetBreakers>();
        services.TryAddSingleton<CallerTokenInterceptor>();
        services.TryAddEnumerable(Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler, PartnerServiceProblems>());
        return services.AddGrpcClient<TClient>(o => o.Address = address)
            .ConfigureChannel(channel => channel.ServiceConfig = IdempotentRetries.For(service, options))
            .AddInterceptor<CallerTokenInterceptor>()
            .AddInterceptor(provider => new DefaultDeadlineInterceptor(options.DefaultDeadline, provider.GetRequiredService<TimeProvider>()))
            .AddInterceptor(provider => new TargetBreakerInterceptor(provider.GetRequiredService<TargetBreakers>().For(address, options)));
    }
}
