using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>Care packages' routes and gRPC methods.</summary>
public static partial class Classification
{
    private static readonly string[] CareReaders = [Commissioner, ProviderUser, Verifier, SeniorVerifier, Broker];
    private static readonly string[] Practitioners = [Commissioner, ProviderUser];
    private static readonly string[] Verifiers = [Verifier, SeniorVerifier];
    private static readonly string[] PackageManagers = [Broker, Verifier, SeniorVerifier];
    private static readonly string[] BrokerageReaders = [Broker, Verifier, SeniorVerifier, Commissioner, ProviderUser];
    private static readonly string[] VerificationReaders = [Verifier, SeniorVerifier, Broker, Commissioner];
    private static readonly string[] SummaryCallers =
        [FinanceOfficer, PoolManager, Commissioner, Verifier, SeniorVerifier, Broker, ReturnsOfficer, Auditor];

    private static readonly Dictionary<string, Rule> CareTable = new()
    {
        ["POST /api/v1/people/"] = new([Commissioner], Scope.Listing),
        ["GET /api/v1/people/"] = new([Commissioner, Verifier, SeniorVerifier], Scope.Listing),
        ["GET /api/v1/people/{id:guid}"] = new([Commissioner, Verifier, SeniorVerifier], Scope.Tenanted),
        ["POST /api/v1/people/{id:guid}/cares-for"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/people/{id:guid}/cares-for/{caredForId:guid}/end"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/referrals/"] = new([Commissioner], Scope.Listing),
        ["GET /api/v1/referrals/{id:guid}"] = new(CareReaders, Scope.Tenanted),
        ["POST /api/v1/referrals/{id:guid}/closure"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/referrals/{id:guid}/transition"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/referrals/{id:guid}/assessments"] = new(Practitioners, Scope.Tenanted),
        ["GET /api/v1/assessments/{id:guid}/"] = new(CareReaders, Scope.Tenanted),
        ["POST /api/v1/assessments/{id:guid}/wellbeing"] = new(Practitioners, Scope.Tenanted),
        ["POST /api/v1/assessments/{id:guid}/needs"] = new(Practitioners, Scope.Tenanted),
        ["POST /api/v1/assessments/{id:guid}/completion"] = new(Practitioners, Scope.Tenanted),
        ["POST /api/v1/assessments/{assessmentId:guid}/support-plans"] = new(Practitioners, Scope.Tenanted),
        ["GET /api/v1/support-plans/{id:guid}/"] = new(CareReaders, Scope.Tenanted),
        ["POST /api/v1/support-plans/{id:guid}/cost-lines"] = new(Practitioners, Scope.Tenanted),
        ["DELETE /api/v1/support-plans/{id:guid}/cost-lines/{lineId:guid}"] = new(Practitioners, Scope.Tenanted),
        ["POST /api/v1/support-plans/{id:guid}/other-support"] = new(Practitioners, Scope.Tenanted),
        ["POST /api/v1/support-plans/{id:guid}/quality-assurance"] = new(Practitioners, Scope.Tenanted),
        ["POST /api/v1/support-plans/{id:guid}/submission"] = new(Practitioners, Scope.Tenanted),
        ["PUT /api/v1/support-plans/{id:guid}/crisis-risk"] = new(Practitioners, Scope.Tenanted),
        ["POST /api/v1/support-plans/{id:guid}/crisis-plan"] = new(Practitioners, Scope.Tenanted),
        ["GET /api/v1/crisis-plans"] = new([Commissioner, Verifier, SeniorVerifier], Scope.Listing),
        ["POST /api/v1/support-plans/{supportPlanId:guid}/verification"] = new(Verifiers, Scope.Tenanted),
        ["GET /api/v1/support-plans/{supportPlanId:guid}/verification"] = new(VerificationReaders, Scope.Tenanted),
        // The same readers as the plan's verification view (the two used to disagree: brokers were refused here).
        ["GET /api/v1/verifications/{id:guid}/"] = new(VerificationReaders, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/cost-checks"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/justifications"] = new(Verifiers, Scope.Tenanted),
        ["PUT /api/v1/verifications/{id:guid}/funding"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/agreement"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/return"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/decline"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/placement-requests/"] = new([Broker], Scope.Listing),
        ["GET /api/v1/placement-requests/"] = new(BrokerageReaders, Scope.Listing),
        ["GET /api/v1/placement-requests/{id:guid}/"] = new(BrokerageReaders, Scope.Tenanted),
        ["GET /api/v1/placement-requests/{id:guid}/ranking"] = new(BrokerageReaders, Scope.Tenanted),
        ["POST /api/v1/placement-requests/{id:guid}/offers"] = new([ProviderUser], Scope.Tenanted),
        ["POST /api/v1/placement-requests/{id:guid}/invitation-decline"] = new([ProviderUser], Scope.Tenanted),
        ["POST /api/v1/placement-requests/{id:guid}/closure"] = new([Broker], Scope.Tenanted),
        ["POST /api/v1/placement-requests/{id:guid}/offers/{offerId:guid}/decline"] = new([Broker], Scope.Tenanted),
        ["POST /api/v1/placement-requests/{id:guid}/award"] = new([Broker], Scope.Tenanted),
        ["POST /api/v1/placement-requests/{id:guid}/rebroker"] = new([Broker], Scope.Tenanted),
        ["POST /api/v1/packages"] = new([Broker], Scope.Listing),
        ["GET /api/v1/packages/{id:guid}/"] = new([.. PackageManagers, Commissioner, ProviderUser], Scope.Tenanted),
        ["POST /api/v1/packages/{id:guid}/cost-changes"] = new(PackageManagers, Scope.Tenanted),
        ["POST /api/v1/packages/{id:guid}/reviews"] = new([.. PackageManagers, Commissioner], Scope.Tenanted),
        ["POST /api/v1/packages/{id:guid}/suspension"] = new(PackageManagers, Scope.Tenanted),
        ["POST /api/v1/packages/{id:guid}/resumption"] = new(PackageManagers, Scope.Tenanted),
        ["POST /api/v1/packages/{id:guid}/end"] = new(PackageManagers, Scope.Tenanted),
        ["POST /api/v1/packages/{id:guid}/transition"] = new(PackageManagers, Scope.Tenanted),
        ["POST /api/v1/packages/{id:guid}/financial-assessment"] =
            new([FinanceOfficer, .. PackageManagers, ProviderUser], Scope.Tenanted),
        ["GET /api/v1/financial-assessments"] = new([FinanceOfficer, .. PackageManagers], Scope.Listing),
        ["POST /api/v1/safeguarding-concerns/"] = new(CareReaders, Scope.Listing),
        ["GET /api/v1/safeguarding-concerns/"] = new([Commissioner, ProviderUser], Scope.Listing),
        ["POST /api/v1/safeguarding-concerns/{id:guid}/proposed-outcome"] = new([ProviderUser], Scope.Tenanted),
        ["POST /api/v1/safeguarding-concerns/{id:guid}/closure"] = new([Commissioner], Scope.Tenanted),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
    };

    private static readonly Dictionary<string, Rule> CareMethods = new()
    {
        ["commissioning.carepackages.v1.CarePackagesService.GetPackageSummary"] = new(SummaryCallers, Scope.Tenanted),
        // The council's people for its return: its own returns officer only (another council's is NOT_FOUND naming
        // council, a provider user PERMISSION_DENIED whatever else it holds).
        ["commissioning.carepackages.v1.CarePackagesService.ListPeopleForReturn"] =
            new([ReturnsOfficer], Scope.Tenanted),
    };
}
