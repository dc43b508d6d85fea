using Commissioning.Domain;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.DueDiligence;

/// <summary>
/// Due diligence on a provider at the start of formal commissioning (P:L805-817): nine areas, each
/// assessed by its function, then a sign-off by the post the commissioner names (P: the Strategic
/// Director for People). Sign-off needs all nine satisfactory; an award, the lead commissioner's.
/// </summary>
public sealed class DueDiligenceAssessment : AggregateRoot
{
    private readonly List<AreaAssessment> _areas = [];

    private DueDiligenceAssessment() { }

    public Guid ProviderId { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public IReadOnlyCollection<AreaAssessment> Areas => _areas;
    public string? SignedOffBy { get; private set; }
    public string? SignatoryRole { get; private set; }
    /// <summary>The commissioner whose signatory signed off (organisation code).</summary>
    public string? SignedOffFor { get; private set; }
    public DateOnly? SignedOffOn { get; private set; }

    public bool IsSignedOff => SignedOffOn is not null;

    /// <summary>Areas not yet assessed or assessed unsatisfactory: what stands between this and sign-off.</summary>
    public IReadOnlyList<DueDiligenceArea> Outstanding =>
        DueDiligenceAreas.All.Where(a => _areas.SingleOrDefault(x => x.Area == a)?.Outcome != AreaOutcome.Satisfactory).ToList();

    public static DueDiligenceAssessment Start(Guid providerId, DateOnly startedOn)
    {
        DueDiligenceRules.ProviderNamed.Require(providerId != Guid.Empty, "providerId",
            "Name the provider under due diligence.");
        return new DueDiligenceAssessment { ProviderId = providerId, StartedOn = startedOn };
    }

    public void Assess(DueDiligenceArea area, EvaluationFunction function, string assessor, AreaOutcome outcome, DateOnly assessedOn, string? notes = null)
    {
        Text.Defined(area, "area");
        Text.Defined(outcome, "outcome");
        var name = Text.Required(assessor, "assessor");
        if (IsSignedOff) throw DueDiligenceRules.SignedOffIsClosed.Broken("area",
            "Due diligence is signed off; start a new one to reassess.");
        if (Text.Defined(function, "function") != area.AssessedBy())
            throw DueDiligenceRules.AreaByItsFunction.Broken("function",
                $"{area} is assessed by {area.AssessedBy()}, not {function}.");
        DueDiligenceRules.AssessedAfterItStarts.Require(assessedOn >= StartedOn, "assessedOn",
            "An area cannot be assessed before due diligence starts.");
        _areas.RemoveAll(a => a.Area == area);
        _areas.Add(new AreaAssessment(area, function, name, outcome, assessedOn, notes?.Trim()));
        Raise(new DueDiligenceAreaAssessed(Id, ProviderId, area, outcome, assessedOn));
    }

    /// <summary>Signed off only by the post the commissioner names (P:L817).</summary>
    public void SignOff(string signatory, string role, DateOnly signedOffOn, DueDiligenceSignatory required)
    {
        var name = Text.Required(signatory, "signedOffBy");
        Text.Required(role, "signatoryRole");
        if (!required.Holds(role))
            throw DueDiligenceRules.TheNamedSignatory.Broken("signatoryRole",
                $"{required.Commissioner}'s due diligence is signed off by its {required.Title}, not {role.Trim()}.");
        if (IsSignedOff) throw DueDiligenceRules.SignedOffOnce.Broken("signedOffBy",
            $"Signed off already by {SignedOffBy}.");
        if (Outstanding.Count > 0)
            throw DueDiligenceRules.AllAreasSatisfactory.Broken("areas",
                $"Not assessed as satisfactory: {string.Join(", ", Outstanding)}.");
        DueDiligenceRules.SignedAfterTheAssessments.Require(signedOffOn >= _areas.Max(a => a.AssessedOn),
            "signedOffOn", "Sign-off cannot precede the assessments it signs.");
        (SignedOffBy, SignatoryRole, SignedOffFor, SignedOffOn) =
            (name, required.Title, required.Commissioner, signedOffOn);
        Raise(new DueDiligenceSignedOff(Id, ProviderId, name, required.Title, signedOffOn));
    }

    /// <summary>
    /// The award gate: this provider's due diligence, signed off no later than the award for one of the
    /// contract's commissioners by the post that commissioner names (P:L817). A sign-off for anyone else,
    /// or by a post its council does not name (now), does not clear it.
    /// </summary>
    public void RequireClearsAward(Guid providerId, DateOnly awardedOn, IReadOnlyCollection<string> commissioners,
        DueDiligenceSignatories signatories)
    {
        if (providerId != ProviderId)
            throw DueDiligenceRules.ClearsTheAward.Broken("dueDiligenceId",
                "This due diligence is on another provider.");
        if (SignedOffOn is not { } signed || signed > awardedOn)
            throw DueDiligenceRules.ClearsTheAward.Broken("dueDiligenceId",
                $"Due diligence is not signed off by {awardedOn:yyyy-MM-dd}; outstanding: {string.Join(", ", Outstanding)}.");
        if (SignedOffFor is not { } council || !commissioners.Contains(council))
            throw DueDiligenceRules.ClearsTheAward.Broken("signatoryRole",
                $"Due diligence was signed off for {SignedOffFor ?? "no commissioner"}, not for a commissioner of this "
                + $"contract ({string.Join(", ", commissioners)}).");
        var required = signatories.For(council, "signatoryRole");
        if (!required.Holds(SignatoryRole))
            throw DueDiligenceRules.ClearsTheAward.Broken("signatoryRole",
                $"Due diligence was signed off by the {SignatoryRole}; {council}'s is signed off by its "
                + $"{required.Title} (P:L817).");
    }
}
