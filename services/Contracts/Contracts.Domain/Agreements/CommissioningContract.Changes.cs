using Commissioning.Domain;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.Agreements;

/// <summary>A change of value or term from a date, approved by every commissioner.</summary>
public sealed record VariationRequest(
    string Reason, DateOnly EffectiveFrom, decimal? AnnualValueChange, DateOnly? NewEndsOn, IReadOnlyCollection<Approval> Approvals);

public sealed partial class CommissioningContract
{
    /// <summary>
    /// Varies value and/or term. Refused, and nothing changed, when the result would be invalid: a
    /// value of nothing or less, a term ending before the change takes effect, a back-dated change
    /// before an earlier variation, or a missing approval. A contract under notice is not varied.
    /// </summary>
    public void Vary(VariationRequest request)
    {
        var reason = Text.Required(request.Reason, "reason");
        VariationRules.ChangesValueOrTerm.Require(
            request.AnnualValueChange is not null || request.NewEndsOn is not null, "annualValueChange",
            "A variation changes the value, the term or both.");
        RequireNoNotice();
        var from = request.EffectiveFrom;
        VariationRules.WithinTheTerm.Require(from >= StartsOn && from <= EndsOn, "effectiveFrom",
            "A variation takes effect within the term.");
        VariationRules.NotBeforeAnEarlierVariation.Require(from >= _valuePeriods[^1].From, "effectiveFrom",
            $"An earlier variation already applies from {_valuePeriods[^1].From:yyyy-MM-dd}.");
        var before = AnnualValueOn(from);
        var after = CheckAnnualValue(before + (request.AnnualValueChange ?? 0m), "annualValueChange");
        var newEnd = request.NewEndsOn ?? EndsOn;
        VariationRules.TermOutlastsTheVariation.Require(newEnd >= from, "newEndsOn",
            "The term cannot end before the variation takes effect.");
        VariationRules.TermKeepsItsPhases.Require(_phases.All(p => p.StartsOn <= newEnd), "newEndsOn",
            "The term cannot end before a contracted phase starts.");
        var approvals = Approval.RequireFromEach(request.Approvals, _commissioners, from);
        Apply(new ContractVariation(_variations.Count + 1, reason, from, before, after, EndsOn, newEnd, approvals));
    }

    /// <summary>
    /// Uses the next extension option. It must be taken up no later than the notice period before
    /// expiry, as the provider is owed the same warning as for an ending (P:L934).
    /// </summary>
    public void ExerciseExtension(DateOnly exercisedOn, IReadOnlyCollection<Approval> approvals)
    {
        var option = _extensionOptions.FirstOrDefault(o => o.ExercisedOn is null)
            ?? throw VariationRules.ExtensionOptionLeft.Broken("extensionOptions", "No extension option is left.");
        RequireNoNotice();
        var cutOff = EndsOn.AddMonths(-NoticeMonths);
        VariationRules.ExtensionBeforeTheNoticePeriod.Require(exercisedOn <= cutOff, "exercisedOn",
            $"Extensions must be taken up by {cutOff:yyyy-MM-dd}.");
        var approved = Approval.RequireFromEach(approvals, _commissioners, exercisedOn);
        var newEnd = EndsOn.AddDays(1).AddMonths(option.Months).AddDays(-1);
        var value = _valuePeriods[^1].AnnualValue;
        option.Exercise(exercisedOn);
        Apply(new ContractVariation(_variations.Count + 1, $"Extension option {option.Sequence} ({option.Months} months)",
            EndsOn.AddDays(1), value, value, EndsOn, newEnd, approved));
    }

    /// <summary>
    /// Moves the contract from its host to another commissioner, as when pooled-fund hosting starts
    /// (P:L438). A novation needs the consent of the outgoing host, the incoming host and the provider.
    /// </summary>
    public void Novate(string toCommissioner, DateOnly effectiveOn, IReadOnlyCollection<Approval> approvals)
    {
        var to = OrganisationCode.Normalise(toCommissioner, "toCommissioner");
        VariationRules.NovatedToAnotherHost.Require(to != LeadCommissioner, "toCommissioner",
            $"{to} already hosts the contract.");
        VariationRules.NovatedToAnotherHost.Require(to != ProviderOdsCode, "toCommissioner",
            "The provider cannot host its own contract.");
        if (effectiveOn > LastDay)
            throw VariationRules.NovatedWhileItRuns.Broken("effectiveOn", "The contract has ended by then.");
        var from = LeadCommissioner;
        var approved = Approval.RequireFromEach(approvals, [from, to, ProviderOdsCode], effectiveOn);
        _commissioners.Remove(from);
        if (!_commissioners.Contains(to)) _commissioners.Add(to);
        LeadCommissioner = to;
        _novations.Add(new Novation(from, to, effectiveOn, approved));
        Raise(new ContractNovated(Id, from, to, effectiveOn));
    }

    /// <summary>
    /// Serves notice: the contract's last day becomes the served date plus the notice period in
    /// calendar months (P:L421). A commissioner must have documented its consultation (P:L934).
    /// Notice that would outlast the term is refused: the contract simply expires.
    /// </summary>
    public void ServeNotice(string servedBy, DateOnly servedOn, string reason, string? consultationReference)
    {
        var party = OrganisationCode.Normalise(servedBy, "servedBy");
        var why = Text.Required(reason, "reason");
        if (party != ProviderOdsCode && !_commissioners.Contains(party))
            throw NoticeRules.ServedByAParty.Broken("servedBy", $"{party} is not a party to this contract.");
        RequireNoNotice();
        NoticeRules.ServedAfterTheAward.Require(servedOn >= AwardedOn, "servedOn", "Notice cannot precede the award.");
        var consultation = string.IsNullOrWhiteSpace(consultationReference) ? null : consultationReference.Trim();
        if (party != ProviderOdsCode && consultation is null)
            throw NoticeRules.CitesTheConsultation.Broken("consultationReference",
                "A commissioner's notice must cite the documented consultation (P:L934).");
        var terminatesOn = servedOn.AddMonths(NoticeMonths);
        if (terminatesOn >= EndsOn)
            throw NoticeRules.RunsOutWithinTheTerm.Broken("servedOn",
                $"The contract expires on {EndsOn:yyyy-MM-dd}, before the notice would run out.");
        Notice = new TerminationNotice(party, servedOn, terminatesOn, why, consultation);
        Raise(new ContractTerminationNoticed(Id, party, servedOn, terminatesOn, Commitments()));
    }

    private void Apply(ContractVariation variation)
    {
        if (variation.AnnualValueAfter != variation.AnnualValueBefore)
        {
            _valuePeriods.RemoveAll(p => p.From == variation.EffectiveFrom);
            _valuePeriods.Add(new ValuePeriod(variation.EffectiveFrom, variation.AnnualValueAfter));
        }
        EndsOn = variation.EndsOnAfter;
        _variations.Add(variation);
        Raise(new ContractVaried(Id, variation.Number, variation.EffectiveFrom, variation.AnnualValueAfter, EndsOn, Commitments()));
    }

    private void RequireNoNotice()
    {
        if (Notice is not null)
            throw NoticeRules.NoChangeUnderNotice.Broken("notice",
                $"Notice was served on {Notice.ServedOn:yyyy-MM-dd}; the contract ends on "
                + $"{Notice.TerminatesOn:yyyy-MM-dd}.");
    }
}
