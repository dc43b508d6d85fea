using System.Globalization;
using Commissioning.Domain;
using PooledFinance.Domain.Funds;

namespace PooledFinance.Domain.Ledger;

/// <summary>A broken row: its line number in the file (the header is line 1), the field at fault and why.</summary>
public sealed record CsvLineError(int LineNumber, string Field, string Message);

public sealed record ActualRow(int LineNumber, BudgetLine Line, DateOnly PostingDate, decimal Amount, string Reference, string Description);

/// <summary>The parsed file: the rows that passed and the errors of those that did not.</summary>
public sealed record ActualsFile(IReadOnlyList<ActualRow> Rows, IReadOnlyList<CsvLineError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads a partner's actuals export: a header naming the columns date, budgetLine, amount and
/// reference (description optional, any order, any case) and one row per posting. Every row is
/// checked on its own and each fault is reported with its line and field, so a finance officer
/// can fix the whole file at once. Amounts are pounds with at most two decimals, credits negative.
/// A partner imports only its own lines.
/// </summary>
public sealed class ActualsCsvParser(FinancialYear year, Guid importingBodyId, IEnumerable<BudgetLine> lines)
{
    private static readonly string[] Required = ["date", "budgetLine", "amount", "reference"];
    private readonly Dictionary<string, BudgetLine> _lines = lines.Where(l => l.Year == year).ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    public ActualsFile Parse(string csv)
    {
        var rows = new List<ActualRow>();
        var errors = new List<CsvLineError>();
        var records = csv.Replace("\r\n", "\n").Split('\n');
        var columns = ReadHeader(records[0], errors);
        if (columns is null) return new ActualsFile(rows, errors);

        var references = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < records.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(records[i])) continue;
            var row = ParseRow(i + 1, CsvFields.Split(records[i]), columns, errors);
            if (row is null) continue;
            if (!references.Add(row.Reference))
                errors.Add(new CsvLineError(row.LineNumber, "reference", $"Reference {row.Reference} appears twice in the file."));
            else
                rows.Add(row);
        }
        if (rows.Count == 0 && errors.Count == 0) errors.Add(new CsvLineError(1, "csv", "The file has no rows."));
        return new ActualsFile(rows, errors);
    }

    private static Dictionary<string, int>? ReadHeader(string header, List<CsvLineError> errors)
    {
        var names = CsvFields.Split(header).Select((name, index) => (name: name.Trim(), index))
            .GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.OrdinalIgnoreCase);
        var missing = Required.Where(r => !names.ContainsKey(r)).ToList();
        foreach (var column in missing) errors.Add(new CsvLineError(1, column, $"The header has no '{column}' column."));
        return missing.Count == 0 ? names : null;
    }

    private ActualRow? ParseRow(int lineNumber, IReadOnlyList<string> fields, Dictionary<string, int> columns, List<CsvLineError> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(new CsvLineError(lineNumber, field, message));
        string Field(string name) => columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i].Trim() : "";

        if (fields.Count != columns.Values.Max() + 1)
        {
            Fail("csv", $"Expected {columns.Values.Max() + 1} fields, found {fields.Count}.");
            return null;
        }
        var date = ParseDate(Field("date"), Fail);
        var line = FindLine(Field("budgetLine"), Fail);
        var amount = ParseAmount(Field("amount"), Fail);
        var reference = Field("reference");
        if (reference.Length == 0) Fail("reference", "A reference is required.");
        return errors.Count == before ? new ActualRow(lineNumber, line!, date, amount, reference, Field("description")) : null;
    }

    private DateOnly ParseDate(string text, Action<string, string> fail)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            fail("date", $"'{text}' is not a date like 2015-04-30.");
        else if (!year.Contains(date))
            fail("date", $"{text} is not in {year}.");
        return date;
    }

    private BudgetLine? FindLine(string code, Action<string, string> fail)
    {
        if (!_lines.TryGetValue(code, out var line))
            fail("budgetLine", $"'{code}' is not a budget line of this fund for {year}.");
        else if (line.OwnerBodyId != importingBodyId)
            fail("budgetLine", $"{code} belongs to another partner; a partner imports only its own lines.");
        return line;
    }

    private static decimal ParseAmount(string text, Action<string, string> fail)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            fail("amount", $"'{text}' is not an amount in pounds.");
        else if (Money.RoundPence(amount) != amount)
            fail("amount", $"{text} has a fraction of a penny.");
        else if (amount == 0)
            fail("amount", "The amount cannot be zero.");
        return amount;
    }
}

/// <summary>Splits one CSV record (RFC 4180: commas, quoted fields, doubled quotes inside quotes).</summary>
internal static class CsvFields
{
    public static IReadOnlyList<string> Split(string record)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (quoted && c == '"' && i + 1 < record.Length && record[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
