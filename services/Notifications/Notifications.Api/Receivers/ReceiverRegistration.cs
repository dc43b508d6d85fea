using Microsoft.Extensions.Options;
using Notifications.Api.Delivering;

namespace Notifications.Api.Receivers;

public static class ReceiverRegistration
{
    /// <summary>
    /// The receivers' options, the address check, the handshake, the sender and the delivery worker, each client
    /// following no redirect and checking every address it connects to (<see cref="CheckedConnections"/>).
    /// </summary>
    public static IServiceCollection AddReceivers(this IServiceCollection services)
    {
        services.AddOptions<ReceiverOptions>().BindConfiguration(ReceiverOptions.Section);
        services.AddSingleton<ReceiverAddresses>();
        services.AddSingleton<ReceiverHandshake>();
        services.AddHttpClient(ReceiverHandshake.Client, (s, http) =>
                http.Timeout = s.GetRequiredService<IOptions<ReceiverOptions>>().Value.HandshakeTimeout)
            .ConfigurePrimaryHttpMessageHandler(CheckedHandler);
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.Client, http => http.Timeout = WebhookSender.Timeout)
            .ConfigurePrimaryHttpMessageHandler(CheckedHandler);
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(s => s.GetRequiredService<DeliveryWorker>());
        return services;
    }

    private static HttpMessageHandler CheckedHandler(IServiceProvider services) =>
        CheckedConnections.Handler(services.GetRequiredService<IOptions<ReceiverOptions>>().Value.AllowLoopback);
}
