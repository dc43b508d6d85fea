using Commissioning.Domain;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Providers;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.Agreements;

public sealed partial class CommissioningContract
{
    /// <summary>
    /// Awards a contract on the terms given. Refused, and nothing created, unless the terms are sound,
    /// every commissioner has approved, the provider's due diligence is signed off (P:L805-817) by the
    /// post one of its commissioners names (P:L817), the provider is in good standing and pays the
    /// living wage (P:L263), and the award comes no later than the start (S:118: signed by 31 March to
    /// be in place for the new year). One let under a Section 75 agreement starts once that is in force.
    /// </summary>
    public static CommissioningContract Award(
        ContractTerms terms, Provider provider, DueDiligenceAssessment dueDiligence,
        IReadOnlyCollection<Approval> approvals, DateOnly awardedOn, DueDiligenceSignatories signatories,
        Section75Standing? section75 = null)
    {
        var contract = FromTerms(terms, provider);
        contract.DependOn(terms.Section75AgreementId, section75, terms.AuthorisingDecisionId, awardedOn);
        AwardRules.AwardedByItsStart.Require(awardedOn <= contract.StartsOn, "awardedOn",
            "A contract must be awarded by the day it starts.");
        var approved = Approval.RequireFromEach(approvals, contract._commissioners, awardedOn);
        dueDiligence.RequireClearsAward(provider.Id, awardedOn, contract._commissioners, signatories);
        RequireProviderCanBeAwarded(provider, contract.Type);
        contract.DueDiligenceId = dueDiligence.Id;
        contract.AwardedOn = awardedOn;
        contract._awardApprovals.AddRange(approved);
        contract.Raise(new ContractAwarded(
            contract.Id, contract.Reference, contract.Type, provider.Id, provider.OdsCode, contract.LeadCommissioner,
            contract._commissioners.ToList(), contract.Funding.FundId, contract.Funding.Pot, terms.AnnualValue,
            contract.StartsOn, contract.EndsOn, contract.VatStatus, contract.Commitments()));
        return contract;
    }

    private static CommissioningContract FromTerms(ContractTerms terms, Provider provider)
    {
        var contract = new CommissioningContract
        {
            Reference = Text.Required(terms.Reference, "reference", 50),
            Title = Text.Required(terms.Title, "title"),
            Type = Text.Defined(terms.Type, "contractType"),
            PrescribedNhsService = terms.PrescribedNhsService,
            ProviderId = provider.Id,
            ProviderOdsCode = provider.OdsCode,
            LeadCommissioner = OrganisationCode.Normalise(terms.LeadCommissioner, "leadCommissioner"),
            Funding = CheckFunding(terms.Funding),
            StartsOn = terms.StartsOn,
            EndsOn = terms.EndsOn,
            NoticeMonths = terms.NoticeMonths,
            VatStatus = Text.Defined(terms.VatStatus, "vatStatus"),
            Route = Text.Defined(terms.Route, "route"),
            ProcurementExemption = string.IsNullOrWhiteSpace(terms.ProcurementExemption) ? null : terms.ProcurementExemption.Trim(),
            ProviderRiskShare = CheckRiskShare(terms.ProviderRiskShare),
        };
        contract.SetParties(terms.Commissioners);
        contract.CheckTerm(terms);
        contract.CheckTypeRules(terms.DelegatedFunctions);
        contract._valuePeriods.Add(new ValuePeriod(terms.StartsOn, CheckAnnualValue(terms.AnnualValue, "annualValue")));
        contract.SetPhases(terms.Phases);
        contract.SetQippTargets(terms.QippTargets);
        return contract;
    }

    private void SetParties(IReadOnlyList<string> commissioners)
    {
        _commissioners.AddRange(commissioners.Select(c => OrganisationCode.Normalise(c, "commissioners")).Distinct());
        AwardRules.CommissionersStated.Require(_commissioners.Count > 0, "commissioners",
            "A contract needs at least one commissioner.");
        AwardRules.CommissionersStated.Require(_commissioners.Contains(LeadCommissioner), "leadCommissioner",
            "The lead commissioner must be one of the commissioners.");
        AwardRules.CommissionersStated.Require(!_commissioners.Contains(ProviderOdsCode), "commissioners",
            "The provider cannot commission from itself.");
    }

    private void CheckTerm(ContractTerms terms)
    {
        AwardRules.TermStated.Require(EndsOn >= StartsOn, "endsOn", "The term cannot end before it starts.");
        AwardRules.TermStated.Require(NoticeMonths is >= 1 and <= 24, "noticeMonths",
            "Notice is between 1 and 24 months.");
        AwardRules.TermStated.Require(terms.ExtensionOptionMonths.All(m => m is >= 1 and <= 60),
            "extensionOptionMonths", "Each extension is between 1 and 60 months.");
        _extensionOptions.AddRange(terms.ExtensionOptionMonths.Select((months, i) => new ExtensionOption(i + 1, months)));
    }

    private void CheckTypeRules(IReadOnlyList<StatutoryFunction> delegatedFunctions)
    {
        if (PrescribedNhsService && Type != ContractType.NhsStandardContract)
            throw AwardRules.PrescribedNhsServiceOnTheNhsContract.Broken("contractType",
                "A prescribed NHS service is commissioned through the NHS Standard Contract (P:L438).");
        if (Route == ProcurementRoute.DirectAward && ProcurementExemption is null)
            throw AwardRules.DirectAwardExemption.Broken("procurementExemption",
                "A direct award must record the exemption it relies on (for example Teckal or s75).");
        var functions = delegatedFunctions.Distinct().ToList();
        if (Type != ContractType.Section75Delegation)
        {
            AwardRules.DelegationNamesItsFunctions.Require(functions.Count == 0, "delegatedFunctions",
                "Only a Section 75 delegation delegates statutory functions.");
            return;
        }
        AwardRules.DelegationNamesItsFunctions.Require(functions.Count > 0, "delegatedFunctions",
            "A Section 75 delegation must name the functions it delegates.");
        var retained = functions.Where(f => Text.Defined(f, "delegatedFunctions").IsRetainedByCouncil()).ToList();
        AwardRules.DelegationNamesItsFunctions.Require(retained.Count == 0, "delegatedFunctions",
            $"The council keeps, and cannot delegate: {string.Join(", ", retained)}.");
        _delegatedFunctions.AddRange(functions);
    }

    private void SetPhases(IReadOnlyList<ContractPhase> phases)
    {
        if (phases.Count == 0) return;
        AwardRules.PhasesInOrder.Require(phases[0].StartsOn == StartsOn, "phases",
            "The first phase starts with the contract.");
        for (var i = 1; i < phases.Count; i++)
            AwardRules.PhasesInOrder.Require(
                phases[i].StartsOn > phases[i - 1].StartsOn && phases[i].StartsOn <= EndsOn,
                "phases", "Phases start in order, within the term.");
        _phases.AddRange(phases.Select(p => p with { Name = Text.Required(p.Name, "phases") }));
    }

    private void SetQippTargets(IReadOnlyList<QippTarget> targets)
    {
        var years = targets.Select(t => t.Year).Distinct().Count();
        AwardRules.QippTargetsWithinTheYearsValue.Require(years == targets.Count, "qippTargets",
            "One QIPP target per year.");
        foreach (var target in targets)
        {
            var value = ValueIn(target.Year);
            AwardRules.QippTargetsWithinTheYearsValue.Require(value > 0, "qippTargets",
                $"{target.Year} is outside the contract's term.");
            AwardRules.QippTargetsWithinTheYearsValue.Require(target.Savings > 0 && target.Savings <= value,
                "qippTargets",
                $"The {target.Year} QIPP target must be more than nothing and no more than the year's value of {value:N2}.");
        }
        _qippTargets.AddRange(targets);
    }

    private static ContractFunding CheckFunding(ContractFunding? funding)
    {
        AwardRules.FundNamed.Require(funding is not null && funding.FundId != Guid.Empty, "funding",
            "Name the fund that pays for the contract.");
        Text.Defined(funding!.Pot, "funding");
        return string.IsNullOrWhiteSpace(funding.BudgetLineCode) ? funding with { BudgetLineCode = null }
            : funding with { BudgetLineCode = Text.Required(funding.BudgetLineCode, "funding.budgetLineCode", 50) };
    }

    private static ProviderRiskShare? CheckRiskShare(ProviderRiskShare? share)
    {
        if (share is null) return null;
        AwardRules.ProviderRiskShareBounded.Require(share.ProviderSharePercent is > 0 and <= 100, "providerRiskShare",
            "The provider's share is more than 0% and at most 100%.");
        AwardRules.ProviderRiskShareBounded.Require(share.AnnualCap is null or > 0, "providerRiskShare",
            "A cap on the provider's share must be positive.");
        return share;
    }

    private static decimal CheckAnnualValue(decimal value, string field)
    {
        AwardRules.AnnualValueInPence.Require(value > 0, field, "The annual value must be more than nothing.");
        AwardRules.AnnualValueInPence.Require(Money.RoundPence(value) == value, field,
            "The annual value is in pounds and pence.");
        return value;
    }

    private static void RequireProviderCanBeAwarded(Provider provider, ContractType type)
    {
        if (provider.BrokerageBar is { } bar)
            throw AwardRules.ProviderInGoodStanding.Broken("providerId",
                $"The provider cannot be awarded a contract. {bar}.");
        if (provider.LivingWage != LivingWageStatus.Paid)
            throw AwardRules.ProviderInGoodStanding.Broken("livingWage",
                "The partners contract only with providers that pay the living wage (P:L263).");
        if (type == ContractType.Section75Delegation && provider.Sector != ProviderSector.Nhs)
            throw AwardRules.Section75WithAnNhsBody.Broken("contractType",
                "A Section 75 arrangement is between a council and an NHS body.");
    }
}
