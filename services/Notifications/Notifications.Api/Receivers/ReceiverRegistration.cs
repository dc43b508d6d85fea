using Microsoft.Extensions.Options;
using Notifications.Api.Delivering;

namespace Notifications.Api.Receivers;

public static class ReceiverRegistration
{
    /// <summary>
    /// The receivers' options, the address check, the handshake, the sender and the delivery worker, each client
    /// following no redirect.
    /// </summary>
    public static IServiceCollection AddReceivers(this IServiceCollection services)
    {
        services.AddOptions<ReceiverOptions>().BindConfiguration(ReceiverOptions.Section);
        services.AddSingleton<ReceiverAddresses>();
        services.AddSingleton<ReceiverHandshake>();
        services.AddHttpClient(ReceiverHandshake.Client, (s, http) =>
                http.Timeout = s.GetRequiredService<IOptions<ReceiverOptions>>().Value.HandshakeTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.Client, http => http.Timeout = WebhookSender.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(s => s.GetRequiredService<DeliveryWorker>());
        return services;
    }
}
