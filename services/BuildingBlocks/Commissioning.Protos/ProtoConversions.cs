using Commissioning.Protos.Common.V1;

namespace Commissioning.Protos;

/// <summary>
/// Between the domain's types and the contracts' common ones: money crosses the wire as whole pence
/// in GBP (never a float), dates as year/month/day, financial years by their starting year.
/// </summary>
public static class ProtoConversions
{
    public static Money ToProtoMoney(this decimal pounds) => new() { Pence = Domain.Money.ToPence(pounds), CurrencyCode = "GBP" };

    public static decimal ToPounds(this Money? money) => Domain.Money.FromPence(money?.Pence ?? 0);

    public static Date ToProtoDate(this DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    /// <summary>The date, or a rule violation naming <paramref name="field"/> when it is missing or impossible.</summary>
    public static DateOnly ToDateOnly(this Date? date, string field) =>
        date is not null && DateOnly.TryParse($"{date.Year:0000}-{date.Month:00}-{date.Day:00}", out var value)
            ? value
            : throw Domain.RuleViolation.Invalid(field, "A valid date is required.");

    public static Domain.FinancialYear ToFinancialYear(this FinancialYear? year, string field) =>
        year is { StartYear: >= 1990 and <= 2200 }
            ? new Domain.FinancialYear(year.StartYear)
            : throw Domain.RuleViolation.Invalid(field, "A financial year (its starting year, e.g. 2018 for 2018/19) is required.");

    /// <summary>An id sent as text on the wire, or a rule violation naming <paramref name="field"/>.</summary>
    public static Guid ToId(this string text, string field) =>
        Guid.TryParse(text, out var id) ? id : throw Domain.RuleViolation.Invalid(field, $"'{text}' is not an id.");
}
