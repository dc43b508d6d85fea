namespace Commissioning.Domain;

/// <summary>An English public-sector financial year: 1 April to 31 March, named by its start ("2018/19").</summary>
public readonly record struct FinancialYear(int StartYear)
{
    public DateOnly Start => new(StartYear, 4, 1);
    public DateOnly End => new(StartYear + 1, 3, 31);

    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Month 1 is April, month 12 is March, as finance reports number them.</summary>
    public int MonthNumber(DateOnly date) => Contains(date)
        ? (date.Month + 8) % 12 + 1
        : throw RuleViolation.Invalid("date", $"{date:yyyy-MM-dd} is not in {this}.");

    /// <summary>Quarter 1 is April to June.</summary>
    public int Quarter(DateOnly date) => (MonthNumber(date) - 1) / 3 + 1;

    public static FinancialYear Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var start) && int.TryParse(parts[1], out var end)
            && start is >= 1990 and <= 2200 && end == (start + 1) % 100)
            return new FinancialYear(start);
        throw RuleViolation.Invalid("financialYear", $"'{text}' is not a financial year like 2018/19.");
    }

    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:00}";
}
