using System.Globalization;
using Commissioning.Domain;
using Returns.Domain.Periods;
using Returns.Domain.PoolReports;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using Returns.Domain.Validation;
using static Returns.Domain.BetterCare.BcfHeaders;

namespace Returns.Domain.BetterCare;

/// <summary>
/// The BCF quarterly and end-of-year return (issue 18 cap. 4; anchors B.5 L590; DOMAIN.md L110) as rows, per Better
/// Care Fund the council hosts: the budget arrangements row (is the s75 pooling in place, and since when), a row per
/// national condition of the year's plan, a row per scheme with its income and expenditure to the period's end and the
/// fund's total beside the plan's, and the NHS minimum contribution's two checks: the plan against the local minimum
/// (S:29) and the CCG's contribution against 3% of its budget (S:22). Keys are the fund's id and the row's part, stable
/// across versions, so a resubmission's diff pairs them.
/// </summary>
public static class BcfTable
{
    public const string Yes = "Yes";
    public const string No = "No";

    public static IReadOnlyList<ReturnRow> Rows(CouncilCode host, ReturnPeriod period, IReadOnlyList<BcfFund> funds) =>
        [.. funds.SelectMany(f => FundRows(f).Select(r => r.Build(host, period, f)))];

    private static IEnumerable<Part> FundRows(BcfFund fund)
    {
        var pooling = fund.Pooling;
        yield return new Part("budget-arrangements", Sections.BudgetArrangements, Items.S75Pooling,
            "Section 75 agreement in place for pooling the fund",
            new SourceRecord(PoolReportTable.PooledFinanceSource, "agreement", fund.AgreementId))
        {
            [Met] = YesNo(pooling.InPlace), [Date] = Day(pooling.DecidedOn),
            [Evidence] = pooling.DecisionId is { } decision ? $"governance decision {decision}" : null,
        };
        var plan = fund.Plan;
        var planSource = plan is null ? null : new SourceRecord(PoolReportTable.PooledFinanceSource, "bcf-plan",
            plan.PlanId);
        foreach (var (condition, i) in (plan?.Conditions ?? []).Select((c, i) => (c, i)))
            yield return new Part($"condition:{i + 1}", Sections.NationalConditions, condition.Name, null, planSource!)
                { [Met] = YesNo(condition.Met), [Evidence] = condition.Evidence };
        foreach (var scheme in fund.Schemes)
            yield return new Part($"scheme:{scheme.LineId}", Sections.IncomeAndExpenditure, scheme.Code, scheme.Name,
                new SourceRecord(PoolReportTable.PooledFinanceSource, "budget-line", scheme.LineId))
            {
                [Income] = Pounds(scheme.Figures.Budget), [Expenditure] = Pounds(scheme.Figures.Actual),
                [Forecast] = Pounds(scheme.Figures.Forecast),
            };
        yield return new Part("total", Sections.IncomeAndExpenditure, Items.Total, fund.Name,
            new SourceRecord(PoolReportTable.PooledFinanceSource, PoolReportTable.FundRecord, fund.FundId))
        {
            [Income] = Pounds(fund.Total.Budget), [Expenditure] = Pounds(fund.Total.Actual),
            [Forecast] = Pounds(fund.Total.Forecast), [Planned] = plan is null ? null : Pounds(plan.PlanTotal),
        };
        if (plan is null) yield break;
        yield return new Part("minimum", Sections.MinimumContribution, Items.LocalMinimum,
            "The plan against the local minimum DH and DCLG set", planSource!)
        {
            [Planned] = Pounds(plan.PlanTotal), [Required] = plan.LocalMinimum is { } m ? Pounds(m) : null,
            [Shortfall] = plan.MinimumShortfall is { } s ? Pounds(s) : null,
            [Met] = plan.MinimumShortfall is { } shortfall ? YesNo(shortfall == 0) : null,
        };
        var ccgShort = Math.Max(0, plan.CcgTransferRequired - plan.CcgTransferGiven);
        yield return new Part("ccg-transfer", Sections.MinimumContribution, Items.CcgTransfer,
            $"The CCG's contribution against 3% of its {Pounds(plan.CcgBudget)} budget", planSource!)
        {
            [Planned] = Pounds(plan.CcgTransferGiven), [Required] = Pounds(plan.CcgTransferRequired),
            [Shortfall] = Pounds(ccgShort), [Met] = YesNo(ccgShort == 0),
        };
    }

    /// <summary>A row's figure back from its text, as validation reads it; null when blank.</summary>
    public static decimal? Figure(ReturnRow row, string header) =>
        row.Fields.GetValueOrDefault(header) is { } text
            ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    private static string YesNo(bool value) => value ? Yes : No;

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pounds(decimal value) =>
        Money.RoundPence(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>One row of a fund before it is placed: its key's part, section, item and the section's
    /// figures.</summary>
    private sealed class Part(string key, string section, string item, string? description, SourceRecord source)
        : Dictionary<string, string?>(StringComparer.Ordinal)
    {
        public ReturnRow Build(CouncilCode host, ReturnPeriod period, BcfFund fund)
        {
            var fields = All.ToDictionary(h => h, h => TryGetValue(h, out var value) ? value : null,
                StringComparer.Ordinal);
            fields[PeriodEnd] = Day(period.End);
            fields[Host] = host.Value;
            fields[FundId] = fund.FundId;
            fields[Fund] = fund.Name;
            fields[Section] = section;
            fields[Item] = item;
            fields[Description] = description;
            return new ReturnRow($"{fund.FundId}:{key}", fields, source);
        }
    }
}
