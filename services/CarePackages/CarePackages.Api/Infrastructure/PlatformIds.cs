using System.Security.Cryptography;
using System.Text;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// The domain names organisations and users by Guid; the platform names them by code (the token's
/// "org" claim: an ODS, GSS or provider code) and subject. Each Guid here is derived from the code or
/// subject (the first 16 bytes of SHA-256 over a prefixed, normalised value, marked as a version 8
/// UUID), so the same organisation always gets the same id in every request, without a lookup and
/// without a table that could drift. The code is the key partners use; <see cref="KnownOrganisation"/>
/// remembers it for the way back (events and responses name providers by code).
/// </summary>
public static class PlatformIds
{
    public static Guid Organisation(string code) => Derive("organisation:" + NormalCode(code));

    public static Guid User(string subject) => Derive("user:" + subject);

    /// <summary>Codes are compared without regard to case or surrounding spaces: "rxa " and "RXA" are one organisation.</summary>
    public static string NormalCode(string code) => code.Trim().ToUpperInvariant();

    private static Guid Derive(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
