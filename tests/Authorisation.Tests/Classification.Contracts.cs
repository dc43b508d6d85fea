using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Contracts' routes and gRPC methods. A framework or rate card is its publishing commissioner's, a contract and
/// its monitoring its parties' (commissioners and provider); providers and due diligence are the shared register.
/// </summary>
public static partial class Classification
{
    private static readonly string[] RateReaders = [Commissioner, Broker, Verifier, SeniorVerifier, ProviderUser];
    private static readonly string[] ContractParties = [Commissioner, ProviderUser];
    private static readonly string[] Brokerage = [Broker, Verifier, SeniorVerifier, Commissioner];

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
        ["GET /api/v1/contracts/{id:guid}/phase"] = new(ContractParties, Scope.Tenanted),
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
        ["POST /api/v1/contracts/{id:guid}/monitoring/issues/{issueId:guid}/resolution"] = new(ContractParties,
            Scope.Tenanted),
        ["GET /api/v1/rate-cards/"] = new(RateReaders, Scope.Listing),
        // The segment names one card, of the commissioner that publishes it: an outsider finds none.
        ["GET /api/v1/rate-cards/rate-in-force"] = new(RateReaders, Scope.Tenanted),
        ["GET /api/v1/rate-cards/{id:guid}"] = new(RateReaders, Scope.Tenanted),
        ["POST /api/v1/rate-cards/"] = new([Commissioner], Scope.Listing),
        ["POST /api/v1/rate-cards/{id:guid}/rates"] = new([Commissioner], Scope.Tenanted),
        ["POST /api/v1/rate-cards/{id:guid}/changes"] = new([Commissioner], Scope.Tenanted),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
    };

    private static readonly Dictionary<string, Rule> ContractsMethods = new()
    {
        ["commissioning.contracts.v1.ContractsService.CheckProviderEligibility"] = new(Brokerage, Scope.Listing),
        ["commissioning.contracts.v1.ContractsService.ListEligibleProviders"] = new(Brokerage, Scope.Listing),
        ["commissioning.contracts.v1.ContractsService.GetRateInForce"] = new(Brokerage, Scope.Tenanted),
        ["commissioning.contracts.v1.ContractsService.GetContract"] = new(
            [Commissioner, FinanceOfficer, PoolManager, Broker, Verifier, SeniorVerifier, Auditor, ProviderUser],
                Scope.Tenanted),
        ["commissioning.contracts.v1.ContractsService.ListContracts"] = new(
            [Commissioner, FinanceOfficer, PoolManager, Broker, Verifier, SeniorVerifier, Auditor, ProviderUser],
                Scope.Listing),
        ["commissioning.contracts.v1.ContractsService.RaisePerformanceIssue"] = new([Commissioner], Scope.Tenanted),
    };
}
