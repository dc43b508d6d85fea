using Commissioning.Domain;
using Returns.Domain.Returns;

namespace Returns.Domain.SeedWork;

/// <summary>
/// The council that makes a return, by its GSS code as the platform's events carry councils
/// (Wirral Council E08000015, Contracts' ProtoMapping). Only councils with adult social services
/// responsibilities make these returns (DOMAIN.md L101-102): unitary E06, metropolitan E08, London
/// borough E09 and county E10; a district (E07) does not.
/// </summary>
public readonly record struct CouncilCode
{
    private static readonly string[] SocialServicesEntities = ["E06", "E08", "E09", "E10"];

    // Stores keep the code as {"Value": ...}; the private constructor is how a stored one is read back.
    [System.Text.Json.Serialization.JsonConstructor]
    private CouncilCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Rule CouncilWithSocialServices: "E06", "E08", "E09" or "E10" and six digits.</summary>
    public static CouncilCode Of(string? code, string field)
    {
        var normalised = (code ?? "").Trim().ToUpperInvariant();
        var council = normalised.Length == 9 && normalised.Skip(1).All(char.IsAsciiDigit)
            && SocialServicesEntities.Contains(normalised[..3]);
        ReturnRules.CouncilWithSocialServices.Require(council, field,
            $"'{code}' is not the GSS code of a council with adult social services "
            + "(E06, E08, E09 or E10 and six digits).");
        return new CouncilCode(normalised);
    }

    /// <summary>Whether an organisation code from a token names this council.</summary>
    public bool Is(string? organisation) =>
        string.Equals(organisation?.Trim(), Value, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Value;
}
