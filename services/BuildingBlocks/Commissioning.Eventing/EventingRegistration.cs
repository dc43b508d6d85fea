using Commissioning.Eventing.Outbox;
using Commissioning.Eventing.Sidecar;
using Commissioning.Eventing.Subscribing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing;

public static class EventingRegistration
{
    /// <summary>
    /// Outbox relay for <typeparamref name="TContext"/>, the sidecar client, the subscription registry and a
    /// "dapr-sidecar" readiness check (tagged "ready"). Options bind from the "Eventing" configuration section
    /// before <paramref name="configure"/> runs.
    /// </summary>
    public static IServiceCollection AddEventing<TContext>(this IServiceCollection services, Action<EventingOptions> configure)
        where TContext : DbContext
    {
        services.AddOptions<EventingOptions>().BindConfiguration(EventingOptions.Section).Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Source), "Eventing:Source names the publishing service.");
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SubscriptionRegistry>();
        services.AddHttpClient<SidecarClient>((sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptions<EventingOptions>>().Value.SidecarAddress;
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddHealthChecks().AddCheck<SidecarHealthCheck>(SidecarHealthCheck.Name, HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    /// <summary>Wakes the outbox relay on every commit; call inside AddDbContext((sp, o) => o.Use...().UseEventing(sp)).</summary>
    public static DbContextOptionsBuilder UseEventing(this DbContextOptionsBuilder options, IServiceProvider services)
    {
        var signal = services.GetRequiredService<OutboxSignal>();
        return options.AddInterceptors(new OutboxSaveSignal(signal), new OutboxCommitSignal(signal));
    }
}
