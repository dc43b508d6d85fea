namespace Notifications.Domain.Endpoints;

/// <summary>
/// A webhook URL that passed <see cref="EndpointAddressRule"/>; only the rule makes one, so an endpoint
/// cannot hold an address nobody checked.
/// </summary>
public sealed record EndpointAddress
{
    internal EndpointAddress(Uri url) => Url = url;

    public Uri Url { get; }

    public override string ToString() => Url.AbsoluteUri;
}
