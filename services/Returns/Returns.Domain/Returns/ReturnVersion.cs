using Returns.Domain.Validation;

namespace Returns.Domain.Returns;

/// <summary>A version's submission: the artefact's SHA-256 (lower-case hex), when and by whom. Never changes.</summary>
public sealed record Submission(string ArtefactSha256, DateTimeOffset At, string By);

/// <summary>
/// One version of a return: its rows, the findings of its last validation, its sign-off and submission.
/// Version 1 has no reason; every later one is a resubmission with its reason and the diff of its rows
/// against the version before. Once submitted a version is never changed again: the next change is a
/// new version (DOMAIN.md L113-114 "the artefact is immutable and hashed").
/// </summary>
public sealed class ReturnVersion
{
    private ReturnVersion() { }

    internal ReturnVersion(int number, string? reason)
    {
        Number = number;
        Reason = reason;
    }

    public int Number { get; private set; }
    public string? Reason { get; private set; }
    public IReadOnlyList<ReturnRow> Rows { get; private set; } = [];
    public DateTimeOffset? CollectedAt { get; private set; }
    /// <summary>Against the previous version's rows; none for version 1.</summary>
    public RowDiff? Diff { get; private set; }
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public DateTimeOffset? ValidatedAt { get; private set; }
    public string? SignedOffBy { get; private set; }
    public DateTimeOffset? SignedOffAt { get; private set; }
    public Submission? Submission { get; private set; }

    internal void Collect(IReadOnlyList<ReturnRow> rows, ReturnVersion? previous, DateTimeOffset at)
    {
        Rows = rows;
        CollectedAt = at;
        Diff = previous is null ? null : RowDiff.Between(previous.Rows, rows);
        Findings = [];
        ValidatedAt = null;
    }

    internal void RecordValidation(IReadOnlyList<Finding> findings, DateTimeOffset at)
    {
        Findings = [.. findings];
        ValidatedAt = findings.Count == 0 ? at : null;
    }

    internal void SignOff(string by, DateTimeOffset at) => (SignedOffBy, SignedOffAt) = (by, at);

    internal void Submit(Submission submission) => Submission = submission;
}
