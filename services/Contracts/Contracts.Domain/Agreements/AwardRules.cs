using Commissioning.Domain;

namespace Contracts.Domain.Agreements;

/// <summary>The rules a contract is awarded by: its parties, term, type, phases, QIPP, funding and provider.</summary>
public static class AwardRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule AwardedByItsStart = new("awarded-by-its-start", Invalid,
        "A contract is awarded no later than the day it starts.", "S:118");
    public static readonly Rule CommissionersStated = new("commissioners-stated", Invalid,
        "A contract has at least one commissioner, the lead among them, and the provider is not one.", "W:714");
    public static readonly Rule TermStated = new("term-stated", Invalid,
        "A term ends no earlier than it starts, with notice of 1 to 24 months and extensions of 1 to 60 months.",
        "P:L421");
    public static readonly Rule PrescribedNhsServiceOnTheNhsContract = new("prescribed-nhs-service-nhs-contract",
        Invalid, "A prescribed NHS service is commissioned through the NHS Standard Contract.", "P:L438");
    public static readonly Rule DirectAwardExemption = new("direct-award-exemption", Invalid,
        "A direct award records the exemption it relies on (Teckal, s75).", "P:L937");
    public static readonly Rule DelegationNamesItsFunctions = new("delegation-names-its-functions", Invalid,
        "Only a Section 75 delegation delegates statutory functions, it names them, and none the council keeps.",
        "P:L830-846");
    public static readonly Rule PhasesInOrder = new("phases-in-order", Invalid,
        "The first phase starts with the contract and the next ones in order within the term.", "A §1.1 L195");
    public static readonly Rule QippTargetsWithinTheYearsValue = new("qipp-targets-within-the-years-value", Invalid,
        "One QIPP target a year of the term, above nothing and no more than the year's value.", "W:658");
    public static readonly Rule FundNamed = new("contract-fund-named", Invalid,
        "A contract names the fund that pays for it.", "W:682-683");
    public static readonly Rule ProviderRiskShareBounded = new("provider-risk-share-bounded", Invalid,
        "A provider's risk share is more than 0% and at most 100%, with a positive cap if capped.", "P:L371");
    public static readonly Rule AnnualValueInPence = new("annual-value-in-pence", Invalid,
        "An annual value is above nothing, in pounds and pence.");
    public static readonly Rule ProviderInGoodStanding = new("provider-in-good-standing", ViolationKind.Precondition,
        "The partners contract only with providers in good standing that pay the living wage.", "P:L263");
    public static readonly Rule Section75WithAnNhsBody = new("s75-with-an-nhs-body", Invalid,
        "A Section 75 arrangement is between a council and an NHS body.", "NHS Act 2006 s75");
}
