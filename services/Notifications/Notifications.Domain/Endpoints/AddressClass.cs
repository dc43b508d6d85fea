namespace Notifications.Domain.Endpoints;

/// <summary>What kind of network an IP address belongs to, as far as sending a webhook to it goes.</summary>
public enum AddressClass
{
    /// <summary>Reachable on the internet: the only kind a production endpoint may resolve to.</summary>
    Public,
    /// <summary>127.0.0.0/8 and ::1: the sender itself (allowed for local runs and tests only).</summary>
    Loopback,
    /// <summary>169.254.169.254: the cloud instance metadata service, which hands out credentials.</summary>
    Metadata,
    /// <summary>169.254.0.0/16 and fe80::/10: the link the sender sits on.</summary>
    LinkLocal,
    /// <summary>10/8, 172.16/12, 192.168/16 and fc00::/7: the sender's own private networks.</summary>
    Private,
    /// <summary>0.0.0.0/8 and ::: "this host", which reaches the sender's own listeners.</summary>
    Unspecified,
}
