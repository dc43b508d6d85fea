using System.Net;
using Commissioning.Domain;

namespace Notifications.Domain.Endpoints;

/// <summary>
/// Rule EndpointAddressSafe (issue 19 capability 5): the sender must not be turned against its own
/// network. A webhook URL is absolute http(s), https unless loopback is allowed, carries no credentials,
/// and neither its host nor any address it resolved to is loopback, link-local, private, unspecified or
/// the metadata service. The caller resolves the host (the domain does no DNS) and passes every address
/// it got: one bad address refuses the URL, since the sender may connect to any of them. The flag that
/// allows loopback (and so plain http) is for local runs and tests only; it allows nothing else.
/// </summary>
public static class EndpointAddressRule
{
    private const string Field = "url";

    public static EndpointAddress Check(string? url, IReadOnlyCollection<IPAddress> resolved, bool allowLoopback)
    {
        var uri = Absolute(url);
        RequireScheme(uri, allowLoopback);
        EndpointRules.AddressWithoutCredentials.Require(uri.UserInfo.Length == 0, Field,
            "A webhook URL cannot carry a user name or password; the signature authenticates the sender.");
        foreach (var address in AddressesOf(uri, resolved))
            RequireAllowed(uri, address, allowLoopback);
        return new EndpointAddress(uri);
    }

    private static Uri Absolute(string? url)
    {
        var ok = Uri.TryCreate((url ?? "").Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
        EndpointRules.AbsoluteHttpAddress.Require(ok, Field, $"'{url}' is not an absolute http or https URL.");
        return uri!;
    }

    /// <summary>Rule HttpsOnly: deliveries carry provider data and a signature, so only over TLS.</summary>
    private static void RequireScheme(Uri uri, bool allowLoopback) =>
        EndpointRules.HttpsOnly.Require(uri.Scheme == Uri.UriSchemeHttps || allowLoopback, Field,
            $"'{uri.AbsoluteUri}' must use https.");

    /// <summary>An IP literal is its own address; "localhost" names loopback whatever DNS says.</summary>
    private static IEnumerable<IPAddress> AddressesOf(Uri uri, IReadOnlyCollection<IPAddress> resolved)
    {
        if (IPAddress.TryParse(uri.DnsSafeHost, out var literal)) return [literal];
        var host = uri.DnsSafeHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return [IPAddress.Loopback, .. resolved];
        EndpointRules.HostResolves.Require(resolved.Count > 0, Field, $"'{uri.Host}' resolved to no address.");
        return resolved;
    }

    private static void RequireAllowed(Uri uri, IPAddress address, bool allowLoopback)
    {
        var kind = AddressClassifier.Classify(address);
        if (kind == AddressClass.Public || (kind == AddressClass.Loopback && allowLoopback)) return;
        throw EndpointRules.PublicAddressOnly.Broken(Field,
            $"'{uri.Host}' is {address}, {Describe(kind)}; webhooks go only to "
            + "public addresses.");
    }

    private static string Describe(AddressClass kind) => kind switch
    {
        AddressClass.Loopback => "a loopback address",
        AddressClass.Metadata => "the cloud metadata address",
        AddressClass.LinkLocal => "a link-local address",
        AddressClass.Private => "a private address",
        _ => "an unspecified address",
    };
}
