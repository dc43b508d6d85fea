namespace Notifications.Domain.Deliveries;

public enum DeliveryStatus
{
    /// <summary>Waiting for its next attempt (or for an earlier delivery of its subject).</summary>
    Pending,
    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,
    /// <summary>All eight scheduled attempts failed.</summary>
    Exhausted,
    /// <summary>The endpoint was disabled (a 410 answer, 5 days of failures or its provider) before success.</summary>
    Stopped,
}
