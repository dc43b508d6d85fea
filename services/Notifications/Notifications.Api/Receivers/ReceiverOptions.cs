namespace Notifications.Api.Receivers;

/// <summary>
/// The "Notifications" section: how the service reaches providers' receivers. <see cref="AllowLoopback"/> lets
/// an endpoint be http on loopback, for local runs and tests only (the development settings set it); it allows
/// no private, link-local or metadata address.
/// </summary>
public sealed class ReceiverOptions
{
    public const string Section = "Notifications";

    public bool AllowLoopback { get; set; }

    /// <summary>Who we say we are in the CloudEvents handshake's WebHook-Request-Origin (a DNS name).</summary>
    public string Origin { get; set; } = "notifications.commissioning.local";

    /// <summary>How long a receiver has to answer the handshake.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
