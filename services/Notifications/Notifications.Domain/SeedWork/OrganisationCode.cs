using System.Text.Json.Serialization;
using Commissioning.Domain;
using Notifications.Domain.Endpoints;

namespace Notifications.Domain.SeedWork;

/// <summary>
/// An organisation as the platform names it: the code its tokens carry in the "org" claim and the
/// events carry in <c>OrganisationRef.code</c> (a provider code, an ODS or a GSS code). It is the
/// owner of an endpoint and the key of what a provider may see, so the two always compare equal:
/// the code is trimmed and held in upper case.
/// </summary>
public readonly record struct OrganisationCode
{
    // The store rebuilds a code from its value through this constructor (a struct is stored by its properties).
    [JsonConstructor]
    private OrganisationCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Rule OrganisationCodeNamed: a code is one to twenty letters, digits or hyphens.</summary>
    public static OrganisationCode Of(string? code, string field)
    {
        var normalised = (code ?? "").Trim().ToUpperInvariant();
        var shaped = normalised.Length is >= 1 and <= 20
            && normalised.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
        EndpointRules.OrganisationCodeShape.Require(shaped, field,
            $"'{code}' is not an organisation code (letters, digits or hyphens, at most 20).");
        return new OrganisationCode(normalised);
    }

    public override string ToString() => Value;
}
