using Commissioning.Identity;
using static Commissioning.Identity.Roles;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// Who may do what in the care-packages service (issue 14): the roles a route admits, by the rule's name. The
/// tenancy and the handlers then narrow a role to the right body: a provider user only to the assessments,
/// plans, requests and packages its organisation works on, never to a person's identity.
/// </summary>
public static class CarePackagesPolicies
{
    /// <summary>Council staff receive referrals at the single access point, close them and carry them to 18.</summary>
    public static readonly RolePolicy HandlesReferrals = new("handles-referrals", [Commissioner]);

    /// <summary>
    /// Assessments are carried out by council staff or by a provider the Section 75 agreement delegates
    /// assessment to.
    /// </summary>
    public static readonly RolePolicy CarriesOutAssessments =
        new("carries-out-assessments", [Commissioner, ProviderUser]);

    /// <summary>
    /// Everyone who works a case reads its referral, assessment and support plan: council staff, and a
    /// provider user those its organisation carries out.
    /// </summary>
    public static readonly RolePolicy ReadsCaseRecords =
        new("reads-case-records", [Commissioner, ProviderUser, Verifier, SeniorVerifier, Broker]);

    /// <summary>
    /// The council or a provider under delegation drafts, costs and quality-assures a support plan (four eyes
    /// inside the drafting organisation) and submits it.
    /// </summary>
    public static readonly RolePolicy DraftsSupportPlans = new("drafts-support-plans", [Commissioner, ProviderUser]);

    /// <summary>The council's staff read the crisis plans offered; a provider user never.</summary>
    public static readonly RolePolicy ReadsCrisisPlans =
        new("reads-crisis-plans", [Commissioner, Verifier, SeniorVerifier]);

    /// <summary>The council's verification team opens and decides a verification, within delegated authority.</summary>
    public static readonly RolePolicy VerifiesPlans = new("verifies-plans", [Verifier, SeniorVerifier]);

    /// <summary>Council staff who act on a verified plan read its verification; provider users never.</summary>
    public static readonly RolePolicy ReadsVerifications =
        new("reads-verifications", [Verifier, SeniorVerifier, Broker, Commissioner]);

    /// <summary>The council's brokers issue, close, award and re-broker placement requests.</summary>
    public static readonly RolePolicy BrokersPlacements = new("brokers-placements", [Broker]);

    /// <summary>A provider user offers on a request sent to it, or declines the invitation.</summary>
    public static readonly RolePolicy OffersPlacements = new("offers-placements", [ProviderUser]);

    /// <summary>
    /// Council staff read placement requests and their ranking; a provider user only the requests sent to it.
    /// </summary>
    public static readonly RolePolicy ReadsPlacementRequests =
        new("reads-placement-requests", [Broker, Verifier, SeniorVerifier, Commissioner, ProviderUser]);

    /// <summary>A broker starts a package from a plan whose funding is agreed.</summary>
    public static readonly RolePolicy StartsPackages = new("starts-packages", [Broker]);

    /// <summary>Council staff read packages; a provider user only those with a line it delivers.</summary>
    public static readonly RolePolicy ReadsPackages =
        new("reads-packages", [Broker, Verifier, SeniorVerifier, Commissioner, ProviderUser]);

    /// <summary>
    /// Brokers and verifiers change a package's cost, suspend, resume and end it, and carry it into adult services.
    /// </summary>
    public static readonly RolePolicy ManagesPackages = new("manages-packages", [Broker, Verifier, SeniorVerifier]);

    /// <summary>Brokers, verifiers and commissioners review a live package.</summary>
    public static readonly RolePolicy ReviewsPackages =
        new("reviews-packages", [Broker, Verifier, SeniorVerifier, Commissioner]);

    /// <summary>
    /// The council's charging team (its finance officers) and the package's managers record the person's
    /// financial assessment; a provider user is let through to the rule, which refuses it by name
    /// (ChargingStaysWithTheCouncil).
    /// </summary>
    public static readonly RolePolicy AssessesContributions =
        new("assesses-contributions", [FinanceOfficer, Broker, Verifier, SeniorVerifier, ProviderUser]);

    /// <summary>Finance officers and the packages' managers list the financial assessments; providers do not.</summary>
    public static readonly RolePolicy ReadsFinancialAssessments =
        new("reads-financial-assessments", [FinanceOfficer, Broker, Verifier, SeniorVerifier]);

    /// <summary>Council staff register people and who cares for whom.</summary>
    public static readonly RolePolicy RegistersPeople = new("registers-people", [Commissioner]);

    /// <summary>A person's identity stays with the council's staff: provider users and brokers never read it.</summary>
    public static readonly RolePolicy ReadsIdentities =
        new("reads-identities", [Commissioner, Verifier, SeniorVerifier]);

    /// <summary>Anyone who works with a person may report a safeguarding concern about them.</summary>
    public static readonly RolePolicy ReportsConcerns =
        new("reports-concerns", [Commissioner, ProviderUser, Verifier, SeniorVerifier, Broker]);

    /// <summary>The council and the investigating provider work the safeguarding worklist.</summary>
    public static readonly RolePolicy WorksConcerns = new("works-concerns", [Commissioner, ProviderUser]);

    /// <summary>The provider investigating under delegation proposes the outcome to the council.</summary>
    public static readonly RolePolicy ProposesOutcomes = new("proposes-outcomes", [ProviderUser]);

    /// <summary>Only the council closes a safeguarding case.</summary>
    public static readonly RolePolicy ClosesConcerns = new("closes-concerns", [Commissioner]);

    public static readonly RolePolicy[] All =
    [
        HandlesReferrals, CarriesOutAssessments, ReadsCaseRecords, DraftsSupportPlans, ReadsCrisisPlans,
        VerifiesPlans, ReadsVerifications, BrokersPlacements, OffersPlacements, ReadsPlacementRequests,
        StartsPackages, ReadsPackages, ManagesPackages, ReviewsPackages, AssessesContributions,
        ReadsFinancialAssessments, RegistersPeople, ReadsIdentities, ReportsConcerns, WorksConcerns,
        ProposesOutcomes, ClosesConcerns,
    ];
}
