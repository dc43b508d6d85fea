using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Pooled finance's gRPC methods, and the tables of every service merged. The record a method's message
/// names decides its tenancy, so every served method is <see cref="Scope.Tenanted"/> or a
/// <see cref="Scope.Listing"/> filtered to the caller.
/// </summary>
public static partial class Classification
{
    private static readonly string[] FinanceCallers = [FinanceOfficer, PoolManager, Commissioner, Verifier, SeniorVerifier, Broker, Auditor];

    private static readonly Dictionary<string, Rule> FinanceMethods = new()
    {
        ["commissioning.finance.v1.FinanceService.CheckHeadroom"] = new(FinanceCallers, Scope.Tenanted),
        ["commissioning.finance.v1.FinanceService.GetFundPosition"] = new(FinanceCallers, Scope.Tenanted),
        ["commissioning.finance.v1.FinanceService.GetAgreementStanding"] = new(PoolReaders, Scope.Tenanted),
        // Open book to the host's partners; an outsider is answered with no fund.
        ["commissioning.finance.v1.FinanceService.ListHostedFundPositions"] =
            new([.. PoolReaders, ReturnsOfficer], Scope.Listing),
        // The BCF returns' source: open book to the host's partners as the pool report; an outsider gets no fund.
        ["commissioning.finance.v1.FinanceService.ListHostedBetterCarePlans"] =
            new([.. PoolReaders, ReturnsOfficer], Scope.Listing),
        ["commissioning.finance.v1.FinanceService.RecordCommitment"] =
            new([FinanceOfficer, PoolManager, Verifier, SeniorVerifier], Scope.Tenanted),
    };

    private static Dictionary<string, Rule>? _table;

    // Merged on first use: the tables live in a file per service, whose static initialisers run in no promised order.
    private static Dictionary<string, Rule> Table => _table ??= Merge();

    private static Dictionary<string, Rule> Merge()
    {
        var table = new Dictionary<string, Rule>();
        foreach (var (key, rule) in FinanceTable) table[Normal("pooled-finance " + key)] = rule;
        foreach (var (key, rule) in ContractsTable) table[Normal("contracts " + key)] = rule;
        foreach (var (key, rule) in CareTable) table[Normal("care-packages " + key)] = rule;
        foreach (var (key, rule) in WorkforceTable) table[Normal("workforce " + key)] = rule;
        foreach (var (key, rule) in NotificationsTable) table[Normal("notifications " + key)] = rule;
        foreach (var (key, rule) in ReturnsTable) table[Normal("statutory-returns " + key)] = rule;
        return table;
    }

    private static Dictionary<string, Rule>? _methods;

    private static Dictionary<string, Rule> Methods =>
        _methods ??= new[] { FinanceMethods, ContractsMethods, CareMethods,
            WorkforceMethods, ReturnsMethods }.SelectMany(t => t).ToDictionary();

    /// <summary>Without a trailing slash, as <see cref="Inventory"/> reads every pattern.</summary>
    private static string Normal(string key) => key.Length > 1 ? key.TrimEnd('/') : key;
}
