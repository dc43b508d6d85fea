using System.Globalization;
using ClosedXML.Excel;
using Returns.Domain.Returns;

namespace Returns.Api.Extracts;

/// <summary>
/// The XLSX writer the workbook returns share (the ASC-FR's and the BCF's): a workbook dated by the submission, not
/// by when it was written, so the same version gives the same bytes' meaning; and a sheet of rows under their
/// headers, figures as numbers and keys as text.
/// </summary>
public static class ReturnWorkbook
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>How a column's text is written: as text, a whole count, or money and activity to the
    /// hundredth.</summary>
    public enum Cell { Text, Count, Amount }

    /// <summary>The workbook's bytes, its properties dated <paramref name="at"/>.</summary>
    public static byte[] Write(DateTimeOffset at, Action<XLWorkbook> fill)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = workbook.Properties.Modified = at.UtcDateTime;
        fill(workbook);
        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);
        return bytes.ToArray();
    }

    /// <summary>The headers on the first line, then a line per row; a blank field is an empty cell.</summary>
    public static void Rows(IXLWorksheet sheet, IReadOnlyList<string> headers, IReadOnlyList<ReturnRow> rows,
        Func<string, Cell> kindOf)
    {
        for (var c = 0; c < headers.Count; c++) sheet.Cell(1, c + 1).Value = headers[c];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < headers.Count; c++)
                Field(sheet.Cell(r + 2, c + 1), kindOf(headers[c]), rows[r].Fields.GetValueOrDefault(headers[c]));
    }

    private static void Field(IXLCell cell, Cell kind, string? value)
    {
        if (value is null) return;
        switch (kind)
        {
            case Cell.Count:
                cell.Value = int.Parse(value, CultureInfo.InvariantCulture);
                break;
            case Cell.Amount:
                cell.Value = decimal.Parse(value, CultureInfo.InvariantCulture);
                cell.Style.NumberFormat.Format = "0.00";
                break;
            default:
                cell.SetValue(value);
                break;
        }
    }
}
