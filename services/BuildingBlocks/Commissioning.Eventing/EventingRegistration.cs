using Commissioning.Eventing.Outbox;
using Commissioning.Eventing.Sidecar;
using Dapr;
using Dapr.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing;

public static class EventingRegistration
{
    /// <summary>
    /// Outbox relay for <typeparamref name="TContext"/>, the DaprClient it publishes with, Dapr's app-token
    /// authentication for event deliveries and a "dapr-sidecar" readiness check (tagged "ready"). Options
    /// bind from the "Eventing" configuration section before <paramref name="configure"/> runs.
    /// </summary>
    public static IServiceCollection AddEventing<TContext>(this IServiceCollection services, Action<EventingOptions> configure)
        where TContext : DbContext
    {
        services.AddOptions<EventingOptions>().BindConfiguration(EventingOptions.Section).Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Source), "Eventing:Source names the publishing service.");
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDaprClient((sp, dapr) =>
        {
            var options = sp.GetRequiredService<IOptions<EventingOptions>>().Value;
            if (options.SidecarGrpcEndpoint is { } grpc) dapr.UseGrpcEndpoint(grpc);
            if (options.SidecarHttpEndpoint is { } http) dapr.UseHttpEndpoint(http);
        });
        services.AddSingleton<SidecarPublisher>();
        services.AddSingleton<Subscribing.SubscriptionDiscovery>();
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddHealthChecks().AddCheck<SidecarHealthCheck>(SidecarHealthCheck.Name, HealthStatus.Unhealthy, ["ready"]);
        // The sidecar proves itself with dapr-api-token (APP_API_TOKEN); deliveries without it are refused.
        services.AddAuthentication().AddDapr();
        // The handler reads only the environment variable; the routes are guarded when configuration has the
        // token (a test host, an appsettings override), so the handler must read the same place.
        services.AddSingleton<IPostConfigureOptions<DaprAuthenticationOptions>>(sp =>
            new PostConfigureOptions<DaprAuthenticationOptions, IConfiguration>(null,
                sp.GetRequiredService<IConfiguration>(), (o, c) => o.Token = DaprDefaults.GetDefaultAppApiToken(c)));
        services.AddAuthorization(o => o.AddDapr(AppToken.Policy));
        return services;
    }

    /// <summary>Wakes the outbox relay on every commit; call inside AddDbContext((sp, o) => o.Use...().UseEventing(sp)).</summary>
    public static DbContextOptionsBuilder UseEventing(this DbContextOptionsBuilder options, IServiceProvider services)
    {
        var signal = services.GetRequiredService<OutboxSignal>();
        return options.AddInterceptors(new OutboxSaveSignal(signal), new OutboxCommitSignal(signal));
    }
}

/// <summary>The app token daprd sends as dapr-api-token: configured by APP_API_TOKEN, as Dapr documents.</summary>
internal static class AppToken
{
    public const string Policy = "dapr-sidecar";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrEmpty(DaprDefaults.GetDefaultAppApiToken(configuration));
}
