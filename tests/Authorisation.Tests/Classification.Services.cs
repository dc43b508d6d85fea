using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>Contracts' and care packages' routes, and every gRPC method of the descriptors.</summary>
public static partial class Classification
{
    private static readonly string[] RateReaders = [Commissioner, Broker, Verifier, SeniorVerifier, ProviderUser];
    private static readonly string[] ContractParties = [Commissioner, ProviderUser];
    private static readonly string[] CareReaders = [Commissioner, ProviderUser, Verifier, SeniorVerifier, Broker];
    private static readonly string[] Practitioners = [Commissioner, ProviderUser];
    private static readonly string[] Verifiers = [Verifier, SeniorVerifier];
    private static readonly string[] PackageManagers = [Broker, Verifier, SeniorVerifier];

    private static readonly Dictionary<string, Rule> ContractsTable = new()
    {
        ["GET /api/v1/eligible-providers"] = new([Broker, Commissioner, Verifier, SeniorVerifier], Scope.Listing),
        ["POST /api/v1/providers/"] = new([Commissioner], Scope.Register),
        ["GET /api/v1/providers/"] = new([Commissioner, Broker], Scope.Register),
        ["GET /api/v1/providers/{id:guid}/"] = new([Commissioner, Broker, ProviderUser], Scope.Register),
        ["PUT /api/v1/providers/{id:guid}/capacity"] = new(ContractParties, Scope.Register),
        ["POST /api/v1/providers/{id:guid}/cqc-ratings"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/providers/{id:guid}/living-wage"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/providers/{id:guid}/serious-concern"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/providers/{id:guid}/serious-concern/closure"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/providers/{id:guid}/suspension"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/providers/{id:guid}/reinstatement"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/providers/{id:guid}/exclusion"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/providers/{providerId:guid}/due-diligence"] = new([Commissioner], Scope.Register),
        ["GET /api/v1/providers/{providerId:guid}/due-diligence"] = new([Commissioner], Scope.Register),
        ["GET /api/v1/due-diligence/{id:guid}"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/due-diligence/{id:guid}/assessments"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/due-diligence/{id:guid}/sign-off"] = new([Commissioner], Scope.Register),
        ["POST /api/v1/frameworks/"] = new([Commissioner], Scope.Listing),
        ["GET /api/v1/frameworks/"] = new([Commissioner, Broker], Scope.Listing),
        ["GET /api/v1/frameworks/{id:guid}"] = new([Commissioner, Broker], Scope.Tenanted),
        ["POST /api/v1/frameworks/{id:guid}/lots"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/frameworks/{id:guid}/admissions"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/frameworks/{id:guid}/exclusions"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/frameworks/{id:guid}/reassessments"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/contracts/"] = new([Commissioner], Scope.Listing),
        ["GET /api/v1/contracts/"] = new(ContractParties, Scope.Listing),
        ["GET /api/v1/contracts/{id:guid}/"] = new(ContractParties, Scope.Tenanted),
        ["GET /api/v1/contracts/{id:guid}/commitments"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/variations"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/extensions"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/novations"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/notice"] = new(ContractParties, Scope.Tenanted),
        ["GET /api/v1/contracts/{id:guid}/monitoring/"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/monitoring/kpi-returns"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/monitoring/kpis"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/monitoring/reviews"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/monitoring/complaints"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/monitoring/complaints/{complaintId:guid}/resolution"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/monitoring/issues"] = new(ContractParties, Scope.Tenanted),
        ["POST /api/v1/contracts/{id:guid}/monitoring/issues/{issueId:guid}/resolution"] = new(ContractParties, Scope.Tenanted),
        ["GET /api/v1/rate-cards/"] = new(RateReaders, Scope.Listing),
        ["GET /api/v1/rate-cards/rate-in-force"] = new(RateReaders, Scope.Listing),
        ["GET /api/v1/rate-cards/{id:guid}"] = new(RateReaders, Scope.Tenanted),
        ["POST /api/v1/rate-cards/"] = new([Commissioner], Scope.Listing),
        ["POST /api/v1/rate-cards/{id:guid}/rates"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/rate-cards/{id:guid}/changes"] = new([Commissioner], Scope.Tenanted),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
    };

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
        ["POST /api/v1/support-plans/{supportPlanId:guid}/verification"] = new(Verifiers, Scope.Tenanted),
        ["GET /api/v1/support-plans/{supportPlanId:guid}/verification"] = new([.. Verifiers, Broker, Commissioner], Scope.Tenanted),
        ["GET /api/v1/verifications/{id:guid}/"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/cost-checks"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/justifications"] = new(Verifiers, Scope.Tenanted),
        ["PUT /api/v1/verifications/{id:guid}/funding"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/agreement"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/return"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/verifications/{id:guid}/decline"] = new(Verifiers, Scope.Tenanted),
        ["POST /api/v1/placement-requests/"] = new([Broker], Scope.Listing),
        ["GET /api/v1/placement-requests/"] = new([Broker, Verifier, SeniorVerifier, Commissioner, ProviderUser], Scope.Listing),
        ["GET /api/v1/placement-requests/{id:guid}/"] = new([Broker, Verifier, SeniorVerifier, Commissioner, ProviderUser], Scope.Tenanted),
        ["GET /api/v1/placement-requests/{id:guid}/ranking"] = new([Broker, Verifier, SeniorVerifier, Commissioner, ProviderUser], Scope.Tenanted),
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
        ["POST /api/v1/safeguarding-concerns/"] = new([Commissioner, ProviderUser, Verifier, SeniorVerifier, Broker], Scope.Listing),
        ["GET /api/v1/safeguarding-concerns/"] = new([Commissioner, ProviderUser], Scope.Listing),
        ["POST /api/v1/safeguarding-concerns/{id:guid}/proposed-outcome"] = new([ProviderUser], Scope.Tenanted),
        ["POST /api/v1/safeguarding-concerns/{id:guid}/closure"] = new([Commissioner], Scope.Tenanted),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
    };

    private static readonly string[] FinanceCallers = [FinanceOfficer, PoolManager, Commissioner, Verifier, SeniorVerifier, Broker, Auditor];
    private static readonly string[] Brokerage = [Broker, Verifier, SeniorVerifier, Commissioner];

    /// <summary>
    /// gRPC methods by full name. The record a method's message names decides its tenancy, so every
    /// served method is <see cref="Scope.Tenanted"/> or a <see cref="Scope.Listing"/> filtered to the caller.
    /// </summary>
    private static readonly Dictionary<string, Rule> Methods = new()
    {
        ["commissioning.finance.v1.FinanceService.CheckHeadroom"] = new(FinanceCallers, Scope.Tenanted),
        ["commissioning.finance.v1.FinanceService.GetFundPosition"] = new(FinanceCallers, Scope.Tenanted),
        ["commissioning.finance.v1.FinanceService.GetAgreementStanding"] = new(FinanceCallers, Scope.Tenanted),
        ["commissioning.finance.v1.FinanceService.RecordCommitment"] =
            new([FinanceOfficer, PoolManager, Verifier, SeniorVerifier], Scope.Tenanted),
        ["commissioning.contracts.v1.ContractsService.CheckProviderEligibility"] = new(Brokerage, Scope.Listing),
        ["commissioning.contracts.v1.ContractsService.ListEligibleProviders"] = new(Brokerage, Scope.Listing),
        ["commissioning.contracts.v1.ContractsService.GetRateInForce"] = new(Brokerage, Scope.Listing),
        ["commissioning.contracts.v1.ContractsService.GetContract"] = new(
            [Commissioner, FinanceOfficer, PoolManager, Broker, Verifier, SeniorVerifier, Auditor, ProviderUser], Scope.Tenanted),
        ["commissioning.contracts.v1.ContractsService.ListContracts"] = new(
            [Commissioner, FinanceOfficer, PoolManager, Broker, Verifier, SeniorVerifier, Auditor, ProviderUser], Scope.Listing),
        ["commissioning.contracts.v1.ContractsService.RaisePerformanceIssue"] = new([Commissioner], Scope.Tenanted),
        ["commissioning.carepackages.v1.CarePackagesService.GetPackageSummary"] = new(
            [FinanceOfficer, PoolManager, Commissioner, Verifier, SeniorVerifier, Broker, ReturnsOfficer, Auditor], Scope.Tenanted),
    };

    private static Dictionary<string, Rule>? _table;

    // Merged on first use: the tables live in two files, whose static initialisers run in no promised order.
    private static Dictionary<string, Rule> Table => _table ??= Merge();

    private static Dictionary<string, Rule> Merge()
    {
        var table = new Dictionary<string, Rule>();
        foreach (var (key, rule) in FinanceTable) table[Normal("pooled-finance " + key)] = rule;
        foreach (var (key, rule) in ContractsTable) table[Normal("contracts " + key)] = rule;
        foreach (var (key, rule) in CareTable) table[Normal("care-packages " + key)] = rule;
        return table;
    }

    /// <summary>Without a trailing slash, as <see cref="Inventory"/> reads every pattern.</summary>
    private static string Normal(string key) => key.Length > 1 ? key.TrimEnd('/') : key;

    /// <summary>Workforce and statutory returns are planned (README): their descriptors exist, no service serves them yet.</summary>
    public static bool IsPlanned(string method) =>
        method.StartsWith("commissioning.workforce.", StringComparison.Ordinal)
        || method.StartsWith("commissioning.returns.", StringComparison.Ordinal);
}
