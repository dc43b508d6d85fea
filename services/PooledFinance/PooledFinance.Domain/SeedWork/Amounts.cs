using Commissioning.Domain;

namespace PooledFinance.Domain.SeedWork;

/// <summary>Guards for money entering the domain: pounds with whole pence, signed as each rule needs.</summary>
public static class Amounts
{
    public static decimal WholePence(decimal amount, string field)
    {
        AmountRules.WholePence.Require(Money.RoundPence(amount) == amount, field,
            $"{amount} has a fraction of a penny.");
        return amount;
    }

    public static decimal NonNegative(decimal amount, string field)
    {
        AmountRules.NotNegative.Require(amount >= 0, field, $"{amount} cannot be negative.");
        return WholePence(amount, field);
    }

    public static decimal Positive(decimal amount, string field)
    {
        AmountRules.AboveZero.Require(amount > 0, field, $"{amount} must be more than zero.");
        return WholePence(amount, field);
    }

    public static decimal NonZero(decimal amount, string field)
    {
        AmountRules.NotZero.Require(amount != 0, field, "The amount cannot be zero.");
        return WholePence(amount, field);
    }

    public static string Text(string? value, string field)
    {
        AmountRules.TextGiven.Require(!string.IsNullOrWhiteSpace(value), field, "A value is required.");
        return value!.Trim();
    }
}
