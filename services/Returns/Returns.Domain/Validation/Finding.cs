namespace Returns.Domain.Validation;

/// <summary>
/// One thing wrong with a return before sign-off (issue 18 cap. 6): the row (1-based, as in the file),
/// the field by its header, the rule broken, the record that caused it and what was wrong.
/// </summary>
public sealed record Finding(int Row, string Field, string Rule, SourceRecord Source, string Message);
