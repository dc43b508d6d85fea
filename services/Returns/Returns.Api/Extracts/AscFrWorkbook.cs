using System.Globalization;
using ClosedXML.Excel;
using Returns.Domain.AscFr;
using Returns.Domain.Returns;

namespace Returns.Api.Extracts;

/// <summary>
/// The ASC-FR artefact as the collection lays its tables out (anchors B.4 L563-567): for each care type a sheet of
/// expenditure, activity and unit cost, each a table per age band with the primary support reasons down the side and
/// the support settings across, totals at the foot (activity's per setting, whose unit is one) and at the right
/// (expenditure's only: hours and weeks do not add, nor unit costs);
/// and a "Data" sheet of the version's rows with the data file's keys, one line each, which is what the tables sum.
/// </summary>
public static class AscFrWorkbook
{
    public const string MediaType = ReturnWorkbook.MediaType;

    private static readonly (string Title, string Field)[] Measures =
    [
        ("Expenditure (£)", AscFrHeaders.Expenditure), ("Activity (weeks; home care in hours)", AscFrHeaders.Activity),
        ("Unit cost (£)", AscFrHeaders.UnitCost),
    ];

    /// <summary>The workbook's bytes, its properties dated <paramref name="at"/>, not when it was written.</summary>
    public static byte[] Write(IReadOnlyList<ReturnRow> rows, DateTimeOffset at) => ReturnWorkbook.Write(at, workbook =>
    {
        foreach (var careType in rows.Select(r => Key(r, AscFrHeaders.CareType)).Distinct().Order())
            Tables(workbook.AddWorksheet(SheetName(careType)),
                [.. rows.Where(r => Key(r, AscFrHeaders.CareType) == careType)]);
        ReturnWorkbook.Rows(workbook.AddWorksheet("Data"), AscFrHeaders.All, rows, KindOf);
    });

    private static void Tables(IXLWorksheet sheet, IReadOnlyList<ReturnRow> rows)
    {
        var line = 1;
        foreach (var (title, field) in Measures)
            foreach (var band in rows.Select(r => Key(r, AscFrHeaders.AgeBand)).Distinct().Order())
                line = Table(sheet, line, $"{title}, {band}", field,
                    [.. rows.Where(r => Key(r, AscFrHeaders.AgeBand) == band)]) + 2;
        // Fixed widths: ClosedXML 0.95 measures text for AdjustToContents with System.Drawing (libgdiplus), which a
        // chiseled image does not have.
        sheet.Column(1).Width = 44;
        sheet.Columns(2, 12).Width = 26;
    }

    /// <summary>One table from <paramref name="top"/>; returns its last line.</summary>
    private static int Table(IXLWorksheet sheet, int top, string title, string field, IReadOnlyList<ReturnRow> rows)
    {
        var settings = rows.Select(r => Key(r, AscFrHeaders.SupportSetting)).Distinct().Order().ToList();
        var reasons = rows.Select(r => Key(r, AscFrHeaders.PrimarySupportReason)).Distinct().Order().ToList();
        var (across, foot) = (field == AscFrHeaders.Expenditure, field != AscFrHeaders.UnitCost);
        sheet.Cell(top, 1).Value = title;
        sheet.Cell(top, 1).Style.Font.Bold = true;
        sheet.Cell(top + 1, 1).Value = "Primary support reason";
        for (var c = 0; c < settings.Count; c++) sheet.Cell(top + 1, c + 2).Value = settings[c];
        if (across) sheet.Cell(top + 1, settings.Count + 2).Value = "Total";
        for (var r = 0; r < reasons.Count; r++)
        {
            sheet.Cell(top + 2 + r, 1).Value = reasons[r];
            var cells = rows.Where(x => Key(x, AscFrHeaders.PrimarySupportReason) == reasons[r]).ToList();
            for (var c = 0; c < settings.Count; c++)
                Put(sheet.Cell(top + 2 + r, c + 2),
                    Sum(cells.Where(x => Key(x, AscFrHeaders.SupportSetting) == settings[c]), field));
            if (across) Put(sheet.Cell(top + 2 + r, settings.Count + 2), Sum(cells, field));
        }
        var last = top + 2 + reasons.Count;
        if (!foot) return last - 1;
        sheet.Cell(last, 1).Value = "Total";
        for (var c = 0; c < settings.Count; c++)
            Put(sheet.Cell(last, c + 2),
                Sum(rows.Where(x => Key(x, AscFrHeaders.SupportSetting) == settings[c]), field));
        if (across) Put(sheet.Cell(last, settings.Count + 2), Sum(rows, field));
        return last;
    }

    private static readonly string[] Amounts = [AscFrHeaders.Expenditure, AscFrHeaders.Activity, AscFrHeaders.UnitCost];

    /// <summary>Measures as numbers (money and activity to the penny and hundredth), keys as text.</summary>
    private static ReturnWorkbook.Cell KindOf(string header) => header == AscFrHeaders.People
        ? ReturnWorkbook.Cell.Count : Amounts.Contains(header) ? ReturnWorkbook.Cell.Amount : ReturnWorkbook.Cell.Text;

    /// <summary>A blank where no row has a value (a setting a reason has no service in), not a zero.</summary>
    private static decimal? Sum(IEnumerable<ReturnRow> rows, string field)
    {
        var values = rows.Select(r => r.Fields.GetValueOrDefault(field)).OfType<string>()
            .Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    private static void Put(IXLCell cell, decimal? value)
    {
        if (value is not { } number) return;
        cell.Value = number;
        cell.Style.NumberFormat.Format = "#,##0.00";
    }

    private static string Key(ReturnRow row, string field) => row.Fields.GetValueOrDefault(field) ?? AscFrCell.Unknown;

    /// <summary>Excel's sheet names are at most 31 characters.</summary>
    private static string SheetName(string careType) => careType.Length <= 31 ? careType : careType[..31];
}
