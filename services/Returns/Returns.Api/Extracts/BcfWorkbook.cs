using Returns.Domain.BetterCare;
using Returns.Domain.Returns;
using static Returns.Domain.BetterCare.BcfHeaders;

namespace Returns.Api.Extracts;

/// <summary>
/// The BCF quarterly or end-of-year artefact as the template's sheets run (anchors B.5 L590: checklist, cover,
/// budget arrangements, national conditions, income and expenditure). The checklist is the service's validation (a
/// submitted version has no finding) and the cover the return's own view, so the workbook holds a sheet per section
/// in the template's order, each with the fund's columns and the section's own, a line per row; figures are numbers,
/// yes/no and dates text.
/// </summary>
public static class BcfWorkbook
{
    private static readonly string[] Common = [PeriodEnd, BcfHeaders.Host, FundId, Fund, Item, Description];

    private static readonly Dictionary<string, string[]> Columns = new(StringComparer.Ordinal)
    {
        [Sections.BudgetArrangements] = [.. Common, Met, Date, Evidence],
        [Sections.NationalConditions] = [.. Common, Met, Evidence],
        [Sections.IncomeAndExpenditure] = [.. Common, Income, Expenditure, Forecast, Planned],
        [Sections.MinimumContribution] = [.. Common, Planned, Required, Shortfall, Met],
    };

    private static readonly string[] Amounts = [Income, Expenditure, Forecast, Planned, Required, Shortfall];

    public static byte[] Write(IReadOnlyList<ReturnRow> rows, DateTimeOffset at) => ReturnWorkbook.Write(at, workbook =>
    {
        foreach (var section in Sections.All)
        {
            var sheet = workbook.AddWorksheet(section);
            ReturnWorkbook.Rows(sheet, Columns[section], [.. rows.Where(r => r.Fields[Section] == section)],
                h => Amounts.Contains(h) ? ReturnWorkbook.Cell.Amount : ReturnWorkbook.Cell.Text);
            // Fixed widths, as the ASC-FR's: measuring text needs System.Drawing, which a chiseled image lacks.
            sheet.Columns(1, Columns[section].Length).Width = 22;
        }
    });
}
