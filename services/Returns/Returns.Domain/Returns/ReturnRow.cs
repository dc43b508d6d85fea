using Commissioning.Domain;
using Returns.Domain.Validation;

namespace Returns.Domain.Returns;

/// <summary>
/// One row of a return as its artefact holds it: a key that identifies the row across versions, its
/// fields by header (blank is null) and the record it came from. Any return's rows take this shape,
/// so versions of every kind are compared the same way (<see cref="RowDiff"/>).
/// </summary>
public sealed record ReturnRow(string Key, IReadOnlyDictionary<string, string?> Fields, SourceRecord Source)
{
    /// <summary>Rule RowKeysUnique: a version's rows are told apart by their keys.</summary>
    public static IReadOnlyList<ReturnRow> Checked(IReadOnlyList<ReturnRow> rows)
    {
        var repeated = rows.GroupBy(r => r.Key, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key).Take(3).ToArray();
        ReturnRules.RowKeysUnique.Require(repeated.Length == 0, "rows",
            $"Rows repeat the key{(repeated.Length > 1 ? "s" : "")} {string.Join(", ", repeated)}.");
        return [.. rows.Select(r => r with { Fields = new Dictionary<string, string?>(r.Fields) })];
    }
}
