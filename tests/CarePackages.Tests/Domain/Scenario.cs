using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.People;
using CarePackages.Domain.Planning;
using CarePackages.Domain.SeedWork;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Domain.Costing;

namespace CarePackages.Tests.Domain;

/// <summary>
/// The A document's shape: Wirral Council delegates assessment and support planning to CWP under a
/// Section 75 agreement from 1 April 2018 (A §3.7 L746-750); the council verifies and brokers.
/// </summary>
internal static class Scenario
{
    public static readonly DateOnly Today = new(2018, 4, 3);
    public static readonly PseudonymKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    public static readonly Guid Council = new("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid Cwp = new("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid OtherProvider = new("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid PooledFund = new("00000000-0000-0000-0000-0000000000f1");

    public static readonly Section75Delegation CwpDelegation = new("E08000015", Cwp, "RXA",
        new HashSet<DelegableFunction>
    {
        DelegableFunction.CareAndSupportAssessment, DelegableFunction.CarersAssessment, DelegableFunction.SupportPlanning,
    });

    public static Actor Practitioner { get; } = new(Guid.NewGuid(), Role.ProviderPractitioner, Cwp);
    public static Actor QualityReviewer { get; } = new(Guid.NewGuid(), Role.ProviderQualityReviewer, Cwp);
    public static Actor Verifier { get; } = new(Guid.NewGuid(), Role.Verifier, Council);
    public static Actor SeniorVerifier { get; } = new(Guid.NewGuid(), Role.SeniorVerifier, Council);
    public static Actor Broker { get; } = new(Guid.NewGuid(), Role.Broker, Council);
    public static Actor Safeguarding { get; } = new(Guid.NewGuid(), Role.CouncilSafeguarding, Council);

    /// <summary>An illustrative scheme of delegation: the documents give no limits (A §8.6).</summary>
    public static readonly DelegatedAuthority Authority = new(1_000m, 500m);

    public static Person Adult(string nhsNumber = "943 476 5919", DateOnly? dateOfBirth = null) =>
        Person.Register(nhsNumber, "Sam", "Jones", dateOfBirth ?? new DateOnly(1980, 5, 17), Today, Key);

    public static Assessment CompletedAssessment(Person person, bool eligible = true, int needs = 1)
    {
        var referral = Referral.Receive(person, RouteOfAccess.CommunityOrOther, Today);
        var assessment = Assessment.StartNeedsAssessment(referral, person, new Assessor(Cwp, false), Today, CwpDelegation);
        foreach (var area in Enum.GetValues<WellbeingArea>()) assessment.RecordWellbeing(area, "Discussed with Sam.");
        for (var i = 0; i < needs; i++)
            assessment.AddNeed(WellbeingArea.PersonalDignity, $"Help with personal care {i + 1}", eligible);
        assessment.Complete(Today, "Enjoys gardening; wants to stay at home.");
        return assessment;
    }

    public static SupportPlan DraftPlan(Person? person = null) =>
        SupportPlan.Draft(CompletedAssessment(person ?? Adult()), Practitioner, Today, CwpDelegation);

    public static PlanCostLine AddLine(this SupportPlan plan, decimal unitCost, CostFrequency frequency, decimal? units = null,
        DateOnly? start = null) =>
        plan.AddCostLine(plan.Needs[0].NeedId, ServiceType.HomeCare, "Home care", unitCost, frequency, units, start ?? Today);

    public static SupportPlan SubmittedPlan(decimal hourlyRate = 18.50m, decimal hours = 14m)
    {
        var plan = DraftPlan();
        plan.AddLine(hourlyRate, CostFrequency.Hourly, hours);
        plan.PassQualityAssurance(QualityReviewer, Today);
        plan.SubmitForVerification(Practitioner, Today);
        return plan;
    }

    /// <summary>The P 75/25 working split (P:L368-387) used as a joint LA / NHS CHC package split.</summary>
    public static FundingSplit JointSplit() => FundingSplit.Create([
        new FundingShare(FundingStream.LaSocialCare, 75m, PooledFund, "ASC-HOMECARE"),
        new FundingShare(FundingStream.NhsChc, 25m, PooledFund, "CHC-JOINT"),
    ]);

    /// <summary>Headroom of A's community care budget, about £50m (A R-FIN-19, §4.11 L872-876), on each line.</summary>
    public static IReadOnlyList<BudgetHeadroom> AmpleHeadroom() =>
        [new(PooledFund, "ASC-HOMECARE", 50_000_000m), new(PooledFund, "CHC-JOINT", 50_000_000m)];

    public static RuleViolation Violation(Action action) => Assert.Throws<RuleViolation>(action);
}
