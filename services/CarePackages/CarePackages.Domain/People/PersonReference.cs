using System.Security.Cryptography;
using System.Text;
using Commissioning.Domain;

namespace CarePackages.Domain.People;

/// <summary>
/// The pseudonymous reference every event and every other service uses instead of identity.
/// It is an HMAC-SHA256 of the NHS number under a key held only by this service: the same person
/// always gets the same reference, but nobody without the key can turn a reference back into an
/// NHS number (a plain hash could be reversed by hashing all ten-digit numbers).
/// </summary>
public sealed record PersonReference
{
    private const string Prefix = "pr_";

    private PersonReference(string value) => Value = value;

    public string Value { get; }

    public static PersonReference Derive(NhsNumber nhsNumber, PseudonymKey key)
    {
        var mac = HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(nhsNumber.Value));
        // 128 bits is ample against collision across a population and keeps the reference short.
        return new PersonReference(Prefix + Convert.ToHexStringLower(mac, 0, 16));
    }

    /// <summary>Rebuilds a reference read back from storage or an event.</summary>
    public static PersonReference From(string? value)
    {
        PeopleRules.ReferenceShaped.Require(value is { Length: 35 } && value.StartsWith(Prefix,
            StringComparison.Ordinal)
            && value[3..].All(char.IsAsciiHexDigitLower), "personReference", "Not a person reference.");
        return new PersonReference(value!);
    }

    public override string ToString() => Value;
}

/// <summary>The secret key for person references; at least 32 bytes, supplied by configuration.</summary>
public sealed class PseudonymKey
{
    public PseudonymKey(byte[] bytes)
    {
        PeopleRules.ReferenceShaped.Require(bytes is { Length: >= 32 }, "pseudonymKey",
            "The pseudonym key needs at least 32 bytes.");
        Bytes = (byte[])bytes.Clone();
    }

    internal byte[] Bytes { get; }
}
