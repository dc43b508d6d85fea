using Returns.Domain.Returns;
using Returns.Domain.Validation;
using static Returns.Domain.BetterCare.BcfHeaders;

namespace Returns.Domain.BetterCare;

/// <summary>
/// Validates a BCF return before sign-off (issue 18 cap. 4 and 6), each finding on the row and field that shows it:
/// the plan below the local minimum (S:29: £56m in Staffordshire) or with no minimum stated; the CCG's contribution
/// short of 3% of its budget (S:22); a national condition unmet; the s75 pooling not in place (anchors B.5 L590); the
/// fund's income not tying to the plan's contributions, or its schemes not summing to its total ("totals that tie",
/// DOMAIN.md L112-113); a fund with no plan for the year; and a council that hosts no BCF at all.
/// </summary>
public static class BcfValidator
{
    public const string HostsABetterCareFund = "HostsABetterCareFund";
    public const string PlanForTheYear = "PlanForTheYear";
    public const string MinimumStated = "MinimumStated";
    public const string BelowTheMinimum = "BelowTheMinimum";
    public const string CcgTransferShort = "CcgTransferShort";
    public const string NationalConditionUnmet = "NationalConditionUnmet";
    public const string S75PoolingInPlace = "S75PoolingInPlace";
    public const string IncomeTiesToThePlan = "IncomeTiesToThePlan";
    public const string SchemesTieToTheTotal = "SchemesTieToTheTotal";

    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ReturnRow> rows)
    {
        if (rows.Count == 0)
            return [new Finding(0, FundId, HostsABetterCareFund, new SourceRecord("statutory-returns", "return",
                "rows"), "The council hosts no Better Care Fund at the period's end: there is no BCF to return.")];
        var numbered = rows.Select((row, i) => new Numbered(row, i + 1)).ToList();
        return [.. numbered.SelectMany(Check).Concat(numbered.GroupBy(r => r.Row.Fields[FundId]).SelectMany(Tie))];
    }

    private static IEnumerable<Finding> Check(Numbered r)
    {
        var (row, item, met) = (r.Row, r.Row.Fields[Item], r.Row.Fields[Met]);
        switch (row.Fields[Section])
        {
            case Sections.BudgetArrangements when met != BcfTable.Yes:
                yield return r.Finding(Met, S75PoolingInPlace, "No approved formal s75 decision of every partner "
                    + "has been heard for the fund's agreement: its pooling is not in place.");
                break;
            case Sections.NationalConditions when met != BcfTable.Yes:
                yield return r.Finding(Met, NationalConditionUnmet, $"National condition not met: {item}.");
                break;
            case Sections.MinimumContribution when item == Items.LocalMinimum && row.Fields[Required] is null:
                yield return r.Finding(Required, MinimumStated,
                    "The plan states no local minimum to check it against (S:29).");
                break;
            case Sections.MinimumContribution when item == Items.LocalMinimum && met != BcfTable.Yes:
                yield return r.Finding(Planned, BelowTheMinimum, $"The plan's {row.Fields[Planned]} is "
                    + $"{row.Fields[Shortfall]} below the local minimum of {row.Fields[Required]} (S:29).");
                break;
            case Sections.MinimumContribution when item == Items.CcgTransfer && met != BcfTable.Yes:
                yield return r.Finding(Planned, CcgTransferShort, $"The CCG contributes {row.Fields[Planned]}, "
                    + $"{row.Fields[Shortfall]} short of 3% of its budget, {row.Fields[Required]} (S:22).");
                break;
        }
    }

    private static IEnumerable<Finding> Tie(IEnumerable<Numbered> fund)
    {
        var rows = fund.ToList();
        var total = rows.Single(r => r.Row.Fields[Section] == Sections.IncomeAndExpenditure
            && r.Row.Source.Kind == PoolReports.PoolReportTable.FundRecord);
        var schemes = rows.Where(r => r.Row.Fields[Section] == Sections.IncomeAndExpenditure && r != total).ToList();
        foreach (var figure in (string[])[Income, Expenditure, Forecast])
        {
            var sum = schemes.Sum(s => BcfTable.Figure(s.Row, figure) ?? 0);
            var stated = BcfTable.Figure(total.Row, figure) ?? 0;
            if (sum != stated)
                yield return total.Finding(figure, SchemesTieToTheTotal,
                    $"The fund's {figure} is {stated:0.00} but its schemes sum to {sum:0.00}: collect again.");
        }
        if (BcfTable.Figure(total.Row, Planned) is not { } planned)
            yield return total.Finding(Planned, PlanForTheYear, "The fund has no BCF plan for the year.");
        else if (BcfTable.Figure(total.Row, Income) is { } income && income != planned)
            yield return total.Finding(Income, IncomeTiesToThePlan, $"The schemes' income {income:0.00} is not the "
                + $"plan's contributions, {planned:0.00}.");
    }

    private sealed record Numbered(ReturnRow Row, int Number)
    {
        public Finding Finding(string field, string rule, string message) =>
            new(Number, field, rule, Row.Source, message);
    }
}
