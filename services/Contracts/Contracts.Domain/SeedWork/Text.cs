using Commissioning.Domain;

namespace Contracts.Domain.SeedWork;

/// <summary>Free text a rule depends on (names, reasons, references): trimmed, present and of sane length.</summary>
public static class Text
{
    public static string Required(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim() ?? "";
        InputRules.TextStated.Require(trimmed.Length > 0, field, $"{field} is required.");
        InputRules.TextStated.Require(trimmed.Length <= maxLength, field,
            $"{field} is longer than {maxLength} characters.");
        return trimmed;
    }

    public static T Defined<T>(T value, string field) where T : struct, Enum
    {
        InputRules.KnownValue.Require(Enum.IsDefined(value), field, $"{value} is not a known {typeof(T).Name}.");
        return value;
    }
}
