namespace Notifications.Domain.Endpoints;

public enum EndpointStatus
{
    /// <summary>Registered or re-enabled; no delivery until the CloudEvents handshake is answered.</summary>
    AwaitingValidation,
    /// <summary>Validated and enabled: deliveries go to it.</summary>
    Active,
    /// <summary>Disabled by its provider, by a 410 answer or after 5 days of failures; nothing is sent.</summary>
    Disabled,
}
