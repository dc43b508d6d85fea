namespace Returns.Domain.Returns;

/// <summary>A field whose value differs between two versions of the same row.</summary>
public sealed record FieldChange(string Key, string Field, string? Before, string? After);

/// <summary>
/// What a resubmission changes against the previous version's rows (issue 18 cap. 7): the rows added
/// and removed, by key, and each field changed in the rows both hold.
/// </summary>
public sealed record RowDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Removed,
    IReadOnlyList<FieldChange> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Rule DiffAgainstThePreviousVersion, in key order and, within a row, by field name.</summary>
    public static RowDiff Between(IReadOnlyList<ReturnRow> previous, IReadOnlyList<ReturnRow> current)
    {
        var before = previous.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var after = current.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var changed = after.Values.Where(r => before.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal)
            .SelectMany(r => Changes(before[r.Key], r));
        return new RowDiff(
            [.. after.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. before.Keys.Where(k => !after.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. changed]);
    }

    private static IEnumerable<FieldChange> Changes(ReturnRow before, ReturnRow after) =>
        before.Fields.Keys.Union(after.Fields.Keys).Order(StringComparer.Ordinal)
            .Select(f => new FieldChange(after.Key, f, before.Fields.GetValueOrDefault(f),
                after.Fields.GetValueOrDefault(f)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal));
}
