using Commissioning.Identity;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>What a route's path names, which decides what a caller outside its tenancy is answered.</summary>
public enum Scope
{
    /// <summary>A record of one tenancy (a partnership's, or an owning organisation's): an outsider gets 404.</summary>
    Tenanted,
    /// <summary>A list or a new record not under one: an outsider sees or adds only its own tenancy's.</summary>
    Listing,
    /// <summary>A register every tenancy shares (providers, their due diligence): the role decides.</summary>
    Register,
    /// <summary>The platform's own operations (dead letters): a platform administrator only.</summary>
    Operator,
    /// <summary>
    /// A published document anyone may read, with or without a token (the AsyncAPI document of provider events):
    /// anonymous by design, so it names no role and holds no tenancy's records.
    /// </summary>
    Public,
}

/// <summary>Who may call one route or gRPC method: the roles its rule names, and what its path names.</summary>
public sealed record Rule(IReadOnlyList<string> Roles, Scope Scope);

/// <summary>
/// The rules of every route and gRPC method (ARCHITECTURE.md "Tenancy and access", each service's API
/// summary). A route or method the services serve that is not here fails <see cref="InventoryTests"/>.
/// </summary>
public static partial class Classification
{
    private static readonly string[] PoolReaders = [FinanceOfficer, PoolManager, Commissioner, Auditor, Approver];
    private static readonly string[] FundReaders = [FinanceOfficer, PoolManager, Commissioner, Auditor];
    private static readonly string[] Governance = [Commissioner, PoolManager];
    private static readonly string[] Finance = [FinanceOfficer, PoolManager];

    public static Rule? Of(Route route) => Table.GetValueOrDefault($"{route.Service} {route.Method} {route.Pattern}");

    public static Rule? OfMethod(string fullName) => Methods.GetValueOrDefault(fullName);

    /// <summary>The routes classified <see cref="Scope.Public"/>, as "service METHOD pattern".</summary>
    public static IReadOnlyList<string> PublicRoutes() =>
        Table.Where(r => r.Value.Scope == Scope.Public).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The anonymous routes every service has as plumbing, which no caller's token decides: health, the OpenAPI
    /// document, the sidecar's subscription discovery and event deliveries (only the sidecar's app token passes when
    /// one is configured), gRPC health and reflection.
    /// </summary>
    public static bool IsPlumbing(Route route) =>
        new[] { "/health/", "/openapi/", "/dapr/", "/events/", "/grpc.health.", "/grpc.reflection." }
            .Any(prefix => route.Pattern.StartsWith(prefix, StringComparison.Ordinal));

    private static readonly Dictionary<string, Rule> FinanceTable = new()
    {
        ["POST /api/v1/partnerships/"] = new([Commissioner, PlatformAdmin], Scope.Listing),
        ["GET /api/v1/partnerships/"] = new([.. PoolReaders, PlatformAdmin], Scope.Listing),
        ["GET /api/v1/partnerships/{id:guid}"] = new([.. PoolReaders, PlatformAdmin], Scope.Tenanted),
        ["POST /api/v1/partnerships/{id:guid}/bodies"] = new([Commissioner, PlatformAdmin], Scope.Tenanted),
        ["POST /api/v1/partnerships/{partnershipId:guid}/agreements"] = new([Commissioner], Scope.Tenanted),
        ["GET /api/v1/partnerships/{partnershipId:guid}/agreements"] = new([.. PoolReaders, PlatformAdmin], Scope.Tenanted),
        ["GET /api/v1/agreements/{id:guid}/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/approvals"] = new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/in-force"] = new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/variations"] = new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/notice"] = new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/termination"] = new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/legal-scrutiny"] = new(Governance, Scope.Tenanted),
        ["GET /api/v1/agreements/{id:guid}/decisions/"] = new(PoolReaders, Scope.Tenanted),
        ["GET /api/v1/agreements/{id:guid}/decisions/{decisionId:guid}"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/decisions/"] = new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/decisions/{decisionId:guid}/conditions-met"] =
            new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{id:guid}/funding-changes"] = new(Finance, Scope.Tenanted),
        ["PUT /api/v1/agreements/{id:guid}/settlement-terms"] = new(Governance, Scope.Tenanted),
        ["POST /api/v1/agreements/{agreementId:guid}/funds"] = new(Finance, Scope.Tenanted),
        ["GET /api/v1/agreements/{agreementId:guid}/funds"] = new(FundReaders, Scope.Tenanted),
        ["GET /api/v1/agreements/{agreementId:guid}/debts/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/agreements/{agreementId:guid}/debts/"] = new([FinanceOfficer], Scope.Tenanted),
        ["POST /api/v1/agreements/{agreementId:guid}/debts/{id:guid}/repayments"] = new([FinanceOfficer], Scope.Tenanted),
        ["GET /api/v1/funds/{id:guid}/"] = new(FundReaders, Scope.Tenanted),
        ["GET /api/v1/funds/{id:guid}/budget-lines"] = new(FundReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{id:guid}/budget-lines"] = new(Finance, Scope.Tenanted),
        ["GET /api/v1/funds/{id:guid}/position"] = new(FundReaders, Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/scope-changes/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/scope-changes/"] = new([FinanceOfficer], Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/scope-changes/{id:guid}"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/scope-changes/{id:guid}/decisions"] = new([Approver], Scope.Tenanted),
        ["GET /api/v1/funds/{id:guid}/report"] = new(PoolReaders, Scope.Tenanted),
        ["GET /api/v1/funds/{id:guid}/ledger"] = new(FundReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{id:guid}/ledger"] = new(Finance, Scope.Tenanted),
        ["POST /api/v1/funds/{id:guid}/ledger/{entryId:guid}/reversal"] = new(Finance, Scope.Tenanted),
        ["POST /api/v1/funds/{id:guid}/actuals-imports"] = new(Finance, Scope.Tenanted),
        ["GET /api/v1/funds/{id:guid}/reconciliation"] = new(FundReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{id:guid}/reconciliation"] = new(FundReaders, Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/contributions/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/contributions/"] = new([FinanceOfficer], Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/contributions/{id:guid}"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/contributions/{id:guid}/adjustments"] = new([FinanceOfficer], Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/contributions/{id:guid}/agreement"] = new([FinanceOfficer], Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/contributions/{id:guid}/variations"] = new([FinanceOfficer], Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/contributions/{id:guid}/receipts"] = new([FinanceOfficer], Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/overspend-forecasts"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/overspend-forecasts/{id:guid}/mitigation"] = new([PoolManager], Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/variances/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/variances/"] = new([PoolManager], Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/variances/overdue-flags"] = new([PoolManager], Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/variances/{id:guid}/notification"] = new([PoolManager], Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/variances/{id:guid}/action-plan"] = new([PoolManager], Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/settlements/preview"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/settlements/"] = new([PoolManager], Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/settlements/"] = new(PoolReaders, Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/settlements/{id:guid}"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/settlements/{id:guid}/approvals"] = new([Approver], Scope.Tenanted),
        ["GET /api/v1/agreements/{agreementId:guid}/pool-plans/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/agreements/{agreementId:guid}/pool-plans/"] = new([PoolManager], Scope.Tenanted),
        ["GET /api/v1/pool-plans/{id:guid}"] = new(PoolReaders, Scope.Tenanted),
        ["GET /api/v1/agreements/{agreementId:guid}/pot-tables/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/agreements/{agreementId:guid}/pot-tables/"] = new(Finance, Scope.Tenanted),
        ["GET /api/v1/pot-tables/{id:guid}"] = new(PoolReaders, Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/bcf-plans/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/funds/{fundId:guid}/bcf-plans/"] = new(Finance, Scope.Tenanted),
        ["GET /api/v1/bcf-plans/{id:guid}/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/bcf-plans/{id:guid}/sign-offs"] = new([Approver], Scope.Tenanted),
        ["POST /api/v1/bcf-plans/{id:guid}/submission"] = new([PoolManager], Scope.Tenanted),
        ["GET /api/v1/partnerships/{partnershipId:guid}/savings-plans/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/partnerships/{partnershipId:guid}/savings-plans/"] = new([FinanceOfficer], Scope.Tenanted),
        ["GET /api/v1/savings-plans/{id:guid}/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/savings-plans/{id:guid}/savings"] = new([FinanceOfficer], Scope.Tenanted),
        ["POST /api/v1/savings-plans/{id:guid}/savings/{savingId:guid}/delivery"] = new([FinanceOfficer],
            Scope.Tenanted),
        ["PUT /api/v1/savings-plans/{id:guid}/yet-to-be-identified"] = new([FinanceOfficer], Scope.Tenanted),
        ["POST /api/v1/savings-plans/{id:guid}/year-end"] = new([FinanceOfficer], Scope.Tenanted),
        ["POST /api/v1/savings-plans/{id:guid}/decision"] = new(Governance, Scope.Tenanted),
        ["GET /api/v1/partnerships/{partnershipId:guid}/costings/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/partnerships/{partnershipId:guid}/costings/"] = new([FinanceOfficer], Scope.Tenanted),
        ["GET /api/v1/partnerships/{partnershipId:guid}/costings/{id:guid}"] = new(PoolReaders, Scope.Tenanted),
        ["GET /api/v1/partnerships/{partnershipId:guid}/vat-positions/"] = new(PoolReaders, Scope.Tenanted),
        ["POST /api/v1/partnerships/{partnershipId:guid}/vat-positions/"] = new([FinanceOfficer],
            Scope.Tenanted),
        ["GET /api/v1/partnerships/{partnershipId:guid}/vat-positions/{id:guid}"] = new(PoolReaders,
            Scope.Tenanted),
        ["GET /api/v1/funds/{fundId:guid}/vat-evidence"] = new(PoolReaders, Scope.Tenanted),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
    };
}
