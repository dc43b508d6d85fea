using Commissioning.Domain;
using Returns.Domain.Periods;
using Returns.Domain.SeedWork;
using Returns.Domain.Validation;

namespace Returns.Domain.Returns;

/// <summary>
/// A council's return of one kind for one period, with its versions. Built from the platform's events,
/// validated before anyone signs, signed and submitted only by the council's returns officer, and never
/// changed once submitted (DOMAIN.md L100-114; issue 18 cap. 7). Every refusal names its field and
/// changes nothing.
/// </summary>
public sealed partial class StatutoryReturn : AggregateRoot
{
    private readonly List<ReturnVersion> _versions = [];
    private readonly List<DueNotice> _dueNotices = [];

    private StatutoryReturn() { }

    public ReturnKind Kind { get; private set; }
    public CouncilCode Council { get; private set; }
    public ReturnPeriod Period { get; private set; } = null!;
    public DateOnly DueOn { get; private set; }
    public ReturnStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public IReadOnlyList<ReturnVersion> Versions => _versions;

    /// <summary>The due states already told, each once per due date (<see cref="CheckDue"/>).</summary>
    public IReadOnlyList<DueNotice> DueNotices => _dueNotices;

    public ReturnVersion Current => _versions[^1];

    /// <summary>The last version submitted, if any; its artefact hash never changes.</summary>
    public ReturnVersion? LastSubmitted => _versions.LastOrDefault(v => v.Submission is not null);

    /// <summary>Rule PeriodFitsTheReturn: the period's shape is one the kind is made for.</summary>
    public static StatutoryReturn Open(ReturnKind kind, CouncilCode council, ReturnPeriod period, DateTimeOffset at)
    {
        var kinds = ReturnCalendar.PeriodKindsOf(kind);
        ReturnRules.PeriodFitsTheReturn.Require(kinds.Contains(period.Kind), "period",
            $"A {kind} return covers a {string.Join(" or ", kinds)}, not the {period.Kind} {period}.");
        var opened = new StatutoryReturn
        {
            Kind = kind, Council = council, Period = period, DueOn = ReturnCalendar.DueOn(kind, period),
            Status = ReturnStatus.Open, OpenedAt = at,
        };
        opened._versions.Add(new ReturnVersion(1, null));
        opened.Raise(new ReturnOpened(opened.Id, kind, council, period.Label, opened.DueOn, at));
        return opened;
    }

    /// <summary>
    /// Rule CollectedUntilSignedOff: rows are (re)collected while the version is open, collecting or
    /// validated; collecting again sends it back to collecting, to be validated again.
    /// </summary>
    public void Collect(IReadOnlyList<ReturnRow> rows, DateTimeOffset at)
    {
        RequireStatus("collect rows", ReturnStatus.Open, ReturnStatus.Collecting, ReturnStatus.Validated);
        var checkedRows = ReturnRow.Checked(rows);
        Current.Collect(checkedRows, _versions.Count > 1 ? _versions[^2] : null, at);
        Status = ReturnStatus.Collecting;
    }

    /// <summary>
    /// Rule ValidatedOnlyWithoutFindings (DOMAIN.md L112-113): the validator's findings are kept with the
    /// version; it is validated only when there are none, and otherwise stays collecting.
    /// </summary>
    public void RecordValidation(IReadOnlyList<Finding> findings, DateTimeOffset at)
    {
        RequireStatus("validate", ReturnStatus.Collecting);
        Current.RecordValidation(findings, at);
        if (findings.Count > 0) return;
        Status = ReturnStatus.Validated;
        Raise(new ReturnValidated(Id, Council, Current.Number, Current.Rows.Count, at));
    }

    /// <summary>
    /// Rule SignOffOnlyWhenValidated; only the council's returns officer signs (<see cref="RequireReturnsOfficer"/>).
    /// </summary>
    public void SignOff(ReturnsActor actor, DateTimeOffset at)
    {
        RequireReturnsOfficer(actor, "sign off");
        RequireStatus("sign off", ReturnStatus.Validated);
        Current.SignOff(actor.UserId, at);
        Status = ReturnStatus.SignedOff;
        Raise(new ReturnSignedOff(Id, Council, Current.Number, actor.UserId, at));
    }

    /// <summary>
    /// Rule SubmittedOnceWithItsHash: a signed-off version is submitted with its artefact's SHA-256,
    /// computed at the edge; the version is then fixed for good.
    /// </summary>
    public void Submit(ReturnsActor actor, string? artefactSha256, DateTimeOffset at)
    {
        RequireReturnsOfficer(actor, "submit");
        RequireStatus("submit", ReturnStatus.SignedOff);
        var hash = ArtefactHash.Checked(artefactSha256);
        Current.Submit(new Submission(hash, at, actor.UserId));
        Status = ReturnStatus.Submitted;
        Raise(new ReturnSubmitted(Id, Kind, Council, Period.Label, Current.Number, hash, at));
    }

    /// <summary>
    /// Rule ResubmissionNeedsAReason (DOMAIN.md L114 "resubmitted as a new version when corrected"): a
    /// submitted return starts its next version, collecting, with the reason given; the submitted one stays.
    /// </summary>
    public void StartResubmission(ReturnsActor actor, string? reason, DateTimeOffset at)
    {
        RequireReturnsOfficer(actor, "resubmit");
        RequireStatus("resubmit", ReturnStatus.Submitted);
        ReturnRules.ResubmissionReasonGiven.Require(!string.IsNullOrWhiteSpace(reason), "reason",
            "A resubmission needs the reason the return is corrected.");
        _versions.Add(new ReturnVersion(Current.Number + 1, reason!.Trim()));
        Status = ReturnStatus.Collecting;
        Raise(new ReturnResubmissionStarted(Id, Council, Current.Number, Current.Reason!, at));
    }

    private void RequireStatus(string action, params ReturnStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw ReturnRules.StageOfTheReturn.Broken("status", Status == ReturnStatus.Submitted
                ? $"The return is submitted and cannot {action}: start a resubmission with its reason."
                : $"A return {Describe(Status)} cannot {action}; it must be {string.Join(" or ",
                    allowed.Select(Describe))}.");
    }

    private static string Describe(ReturnStatus status) => status switch
    {
        ReturnStatus.SignedOff => "signed off",
        _ => status.ToString().ToLowerInvariant(),
    };
}
