using System.Net;
using System.Net.Sockets;

namespace Notifications.Domain.Endpoints;

/// <summary>
/// Sorts an IP address into its <see cref="AddressClass"/>. An IPv4 address written as IPv6
/// (::ffff:10.0.0.1) is judged as the IPv4 address it carries, so the mapping is no way round the rule.
/// </summary>
public static class AddressClassifier
{
    /// <summary>The metadata service's address (AWS, Azure, GCP, OpenStack all answer on it).</summary>
    public static readonly IPAddress MetadataAddress = IPAddress.Parse("169.254.169.254");

    public static AddressClass Classify(IPAddress address)
    {
        var a = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return a.AddressFamily == AddressFamily.InterNetwork ? ClassifyV4(a.GetAddressBytes()) : ClassifyV6(a);
    }

    // Metadata is tested before link-local: it is link-local too, but named for what it is.
    private static AddressClass ClassifyV4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => AddressClass.Unspecified,
        (127, _) => AddressClass.Loopback,
        (169, 254) when b[2] == 169 && b[3] == 254 => AddressClass.Metadata,
        (169, 254) => AddressClass.LinkLocal,
        (10, _) => AddressClass.Private,
        (172, >= 16 and <= 31) => AddressClass.Private,
        (192, 168) => AddressClass.Private,
        _ => AddressClass.Public,
    };

    private static AddressClass ClassifyV6(IPAddress a)
    {
        if (a.Equals(IPAddress.IPv6Any)) return AddressClass.Unspecified;
        if (IPAddress.IsLoopback(a)) return AddressClass.Loopback;
        var b = a.GetAddressBytes();
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return AddressClass.LinkLocal;
        if ((b[0] & 0xfe) == 0xfc) return AddressClass.Private;
        return AddressClass.Public;
    }
}
