namespace Commissioning.Gateway.Forwarding;

/// <summary>Headers that describe one connection and must not cross the proxy (RFC 9110 section 7.6.1).</summary>
internal static class HopByHop
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
    };

    public static bool Drops(string name) => Names.Contains(name) || name.StartsWith(':');
}
