using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// What contracts answers a caller of a route or gRPC method on the demo's records: the tenancy first
/// (<see cref="Expectation"/>: Wirral Council's s75 delegation is the council's and CWP's, its framework and rate
/// card the council's), then, within it, the role and party rules of ContractsAccessPolicy (README "Tenancy").
/// </summary>
public static class ContractsExpectation
{
    /// <param name="operation">"GET /api/v1/contracts/{id:guid}", or a gRPC method's full name.</param>
    public static Answer Of(string operation, CallerKind caller, Rule rule)
    {
        var answer = Expectation.Of(caller, rule, PartyTo(operation, caller.Organisation));
        return answer == Answer.Admitted && RefusedWithin(operation, caller.RolesFor(rule), caller.Organisation)
            ? Answer.WrongRole : answer;
    }

    /// <summary>Whether the organisation is party to the record the operation names (true if it names none).</summary>
    public static bool PartyTo(string operation, string? organisation)
    {
        if (NamesContract(operation)) return organisation is Callers.WirralCouncil or Callers.Cwp;
        if (NamesCouncilRecord(operation)) return organisation is Callers.WirralCouncil;
        return true;
    }

    /// <summary>The organisations party to some Wirral record, whose lists may hold it.</summary>
    public static bool PartyToAnyOfWirrals(string? organisation) =>
        organisation is Callers.WirralCouncil or Callers.Cwp;

    private static bool NamesContract(string operation) =>
        operation.Contains("/contracts/{id:guid}", StringComparison.Ordinal)
        || operation.EndsWith(".GetContract", StringComparison.Ordinal)
        || operation.EndsWith(".RaisePerformanceIssue", StringComparison.Ordinal);

    private static bool NamesCouncilRecord(string operation) =>
        operation.Contains("/frameworks/{id:guid}", StringComparison.Ordinal)
        || operation.Contains("/rate-cards/{id:guid}", StringComparison.Ordinal)
        || operation.EndsWith("/rate-cards/rate-in-force", StringComparison.Ordinal)
        || operation.EndsWith(".GetRateInForce", StringComparison.Ordinal);

    /// <summary>
    /// ContractsAccessPolicy within the tenancy: a provider user reads only its own record, contracts and their
    /// monitoring (CWP is the demo contract's provider); only a commissioner party changes a contract, the provider
    /// may serve notice, and only the provider returns its KPIs; a provider user reads only its lots' rates.
    /// </summary>
    private static bool RefusedWithin(string operation, IReadOnlyList<string> roles, string? organisation)
    {
        var provider = roles.Contains(ProviderUser) && !roles.Contains(Commissioner);
        var ownProvider = provider && organisation == Callers.Cwp;
        var path = operation[(operation.IndexOf(' ') + 1)..];
        return path switch
        {
            _ when operation.EndsWith(".GetContract", StringComparison.Ordinal)
                || operation.EndsWith(".ListContracts", StringComparison.Ordinal) => provider && !ownProvider,
            "/api/v1/providers/{id:guid}" or "/api/v1/providers/{id:guid}/capacity" => provider && !ownProvider,
            "/api/v1/contracts/{id:guid}" or "/api/v1/contracts/{id:guid}/commitments"
                or "/api/v1/contracts/{id:guid}/phase" or "/api/v1/contracts/{id:guid}/monitoring"
                or "/api/v1/contracts/{id:guid}/notice" => provider && !ownProvider,
            "/api/v1/contracts/{id:guid}/monitoring/kpi-returns" => !ownProvider,
            _ when path.StartsWith("/api/v1/contracts/{id:guid}/", StringComparison.Ordinal) => provider,
            _ when NamesCouncilRecord(path) => provider,
            _ => false,
        };
    }
}
