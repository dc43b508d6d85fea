using System.Text.RegularExpressions;
using Commissioning.Domain;

namespace Contracts.Domain.SeedWork;

/// <summary>
/// An NHS Organisation Data Service code: the identifier every partner, trust and registered care
/// provider already has ("RXA", "12F", "VNKAB"). Stored upper case so comparisons are exact.
/// </summary>
public static partial class OrganisationCode
{
    public static string Normalise(string? code, string field)
    {
        var value = (code ?? "").Trim().ToUpperInvariant();
        InputRules.OdsCodeShape.Require(Shape().IsMatch(value), field,
            $"'{code}' is not an ODS code (3 to 10 letters or digits).");
        return value;
    }

    [GeneratedRegex("^[A-Z0-9]{3,10}$")]
    private static partial Regex Shape();
}
