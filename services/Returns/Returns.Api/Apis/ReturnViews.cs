using System.Text.Json;
using Returns.Domain.Returns;
using Returns.Domain.Validation;

namespace Returns.Api.Apis;

/// <summary>
/// A return: what, whose, for when, where it stands against its due date today (London), the due states already
/// told, where it is in its lifecycle, and each version.
/// </summary>
public sealed record ReturnView(Guid Id, string Kind, string Council, string Period, DateOnly PeriodStart,
    DateOnly PeriodEnd, DateOnly DueOn, string DueState, IReadOnlyList<DueNoticeView> DueNotices, string Status,
    DateTimeOffset OpenedAt, IReadOnlyList<VersionView> Versions)
{
    public static ReturnView Of(StatutoryReturn r, DateOnly today) => new(r.Id, Code(r.Kind), r.Council.Value,
        r.Period.Label, r.Period.Start, r.Period.End, r.DueOn, Code(r.DueStateOn(today)),
        [.. r.DueNotices.Select(n => new DueNoticeView(Code(n.State), n.DueOn, n.RaisedOn))], Code(r.Status),
        r.OpenedAt, [.. r.Versions.Select(VersionView.Of)]);

    /// <summary>Enum values as the API spells them ("signed-off", "asc-fr").</summary>
    public static string Code<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

/// <summary>A due state told (approaching, due-today, overdue), for which due date, on which London date.</summary>
public sealed record DueNoticeView(string State, DateOnly DueOn, DateOnly RaisedOn);

/// <summary>
/// One version: its reason (none for the first), its rows' count, the findings of its last validation, its
/// sign-off and submission, and, for a resubmission, the diff of its rows against the version before.
/// </summary>
public sealed record VersionView(int Number, string? Reason, int Rows, DateTimeOffset? CollectedAt,
    IReadOnlyList<FindingView> Findings, DateTimeOffset? ValidatedAt, string? SignedOffBy, DateTimeOffset? SignedOffAt,
    SubmissionView? Submission, DiffView? Diff)
{
    public static VersionView Of(ReturnVersion v) => new(v.Number, v.Reason, v.Rows.Count, v.CollectedAt,
        [.. v.Findings.Select(FindingView.Of)], v.ValidatedAt, v.SignedOffBy, v.SignedOffAt,
        v.Submission is { } s ? new SubmissionView(s.ArtefactSha256, s.At, s.By) : null,
        v.Diff is { } d ? DiffView.Of(d) : null);
}

/// <summary>What is wrong: the row (1-based, as in the file), the field by header, the rule and the record.</summary>
public sealed record FindingView(int Row, string Field, string Rule, string Record, string Message)
{
    public static FindingView Of(Finding f) => new(f.Row, f.Field, f.Rule, f.Source.ToString(), f.Message);
}

/// <summary>The submitted artefact's SHA-256 (lower-case hex), when and by whom.</summary>
public sealed record SubmissionView(string ArtefactSha256, DateTimeOffset At, string By);

/// <summary>Rows added and removed by key, and every field changed in the rows both versions hold.</summary>
public sealed record DiffView(IReadOnlyList<string> Added, IReadOnlyList<string> Removed,
    IReadOnlyList<FieldChangeView> Changed)
{
    public static DiffView Of(RowDiff d) => new(d.Added, d.Removed,
        [.. d.Changed.Select(c => new FieldChangeView(c.Key, c.Field, c.Before, c.After))]);
}

public sealed record FieldChangeView(string Key, string Field, string? Before, string? After);

/// <summary>What a rebuild replayed and the rows the read model holds after it.</summary>
public sealed record RebuildView(string ReadModel, int Events, int Rows);
