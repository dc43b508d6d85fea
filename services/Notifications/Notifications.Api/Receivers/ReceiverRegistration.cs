using Microsoft.Extensions.Options;

namespace Notifications.Api.Receivers;

public static class ReceiverRegistration
{
    /// <summary>The receivers' options, the address check, the handshake and the client it calls with.</summary>
    public static IServiceCollection AddReceivers(this IServiceCollection services)
    {
        services.AddOptions<ReceiverOptions>().BindConfiguration(ReceiverOptions.Section);
        services.AddSingleton<ReceiverAddresses>();
        services.AddSingleton<ReceiverHandshake>();
        services.AddHttpClient(ReceiverHandshake.Client, (s, http) =>
                http.Timeout = s.GetRequiredService<IOptions<ReceiverOptions>>().Value.HandshakeTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        return services;
    }
}
