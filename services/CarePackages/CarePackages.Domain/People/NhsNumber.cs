using Commissioning.Domain;

namespace CarePackages.Domain.People;

/// <summary>
/// A ten-digit NHS number whose last digit is the modulus-11 check digit of the first nine
/// (weights 10 down to 2; check = 11 − sum mod 11, where 11 becomes 0 and 10 means the number is not valid).
/// Spaces and hyphens as people write them ("943 476 5919") are accepted and dropped.
/// </summary>
public sealed record NhsNumber
{
    private NhsNumber(string value) => Value = value;

    public string Value { get; }

    public static NhsNumber Parse(string? text)
    {
        var digits = new string((text ?? "").Where(c => c is not (' ' or '-')).ToArray());
        PeopleRules.NhsNumberChecks.Require(digits.Length == 10 && digits.All(char.IsAsciiDigit), "nhsNumber",
            "An NHS number has ten digits.");
        PeopleRules.NhsNumberChecks.Require(CheckDigit(digits) == digits[9] - '0', "nhsNumber",
            "The NHS number's check digit does not match (modulus 11).");
        return new NhsNumber(digits);
    }

    public static bool IsValid(string? text)
    {
        try { Parse(text); return true; }
        catch (RuleViolation) { return false; }
    }

    /// <summary>The check digit for the first nine digits, or -1 when the remainder gives 10 (no valid number).</summary>
    private static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        return check switch { 11 => 0, 10 => -1, _ => check };
    }

    /// <summary>Formatted as the NHS prints it: 3-3-4.</summary>
    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";
}
