using Commissioning.Domain;
using Commissioning.Identity;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Agreements;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Monitoring;
using Contracts.Domain.Providers;

namespace Contracts.Api.Apis;

public sealed record QippTargetRequest(string FinancialYear, decimal Savings);

/// <summary>The contract as put to award, with the approvals and the due diligence it rests on.</summary>
public sealed record AwardRequest(
    string Reference, string Title, ContractType ContractType, Guid ProviderId, Guid? DueDiligenceId,
    IReadOnlyList<string> Commissioners, string LeadCommissioner, ContractFunding Funding, decimal AnnualValue,
    DateOnly StartsOn, DateOnly EndsOn, int NoticeMonths, VatStatus VatStatus, ProcurementRoute Route,
    IReadOnlyList<Approval> Approvals, DateOnly AwardedOn,
    bool PrescribedNhsService = false, string? ProcurementExemption = null, IReadOnlyList<int>? ExtensionOptionMonths = null,
    ProviderRiskShare? ProviderRiskShare = null, IReadOnlyList<QippTargetRequest>? QippTargets = null,
    IReadOnlyList<StatutoryFunction>? DelegatedFunctions = null, IReadOnlyList<ContractPhase>? Phases = null,
    IReadOnlyList<StatutoryOutcome>? MonitoredOutcomes = null)
{
    public ContractTerms ToTerms() => new()
    {
        Reference = Reference, Title = Title, Type = ContractType, PrescribedNhsService = PrescribedNhsService,
        Commissioners = Commissioners, LeadCommissioner = LeadCommissioner, Funding = Funding, AnnualValue = AnnualValue,
        StartsOn = StartsOn, EndsOn = EndsOn, ExtensionOptionMonths = ExtensionOptionMonths ?? [], NoticeMonths = NoticeMonths,
        VatStatus = VatStatus, Route = Route, ProcurementExemption = ProcurementExemption, ProviderRiskShare = ProviderRiskShare,
        QippTargets = (QippTargets ?? []).Select(t => new QippTarget(Commissioning.Domain.FinancialYear.Parse(t.FinancialYear), t.Savings)).ToList(),
        DelegatedFunctions = DelegatedFunctions ?? [], Phases = Phases ?? [],
    };
}

public sealed record VariationBody(string Reason, DateOnly EffectiveFrom, decimal? AnnualValueChange, DateOnly? NewEndsOn, IReadOnlyList<Approval> Approvals);
public sealed record ExtensionRequest(DateOnly ExercisedOn, IReadOnlyList<Approval> Approvals);
public sealed record NovationRequest(string ToCommissioner, DateOnly EffectiveOn, IReadOnlyList<Approval> Approvals);
public sealed record NoticeRequest(DateOnly ServedOn, string Reason, string? ConsultationReference = null);

/// <summary>
/// Contracts from award to end. A commissioner awards only a contract its own organisation is party
/// to; the parties vary, extend and novate it with every approval the domain asks for; either side
/// serves notice (as the organisation its token names). A provider user sees only its own contracts.
/// </summary>
public static class ContractsApi
{
    public static void MapContractsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/contracts").WithTags("Contracts");
        api.MapPost("/", Award).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        api.MapGet("/", List).RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.ProviderUser));

        var contract = api.MapGroup("/{id:guid}").RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.ProviderUser));
        contract.MapGet("/", async (Guid id, ContractsStore store, HttpContext http) => await Viewable(store, id, http));
        contract.MapGet("/commitments", async (Guid id, ContractsStore store, HttpContext http) => (await Viewable(store, id, http)).Commitments());
        contract.MapPost("/variations", (Guid id, VariationBody r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, c => c.Vary(new VariationRequest(r.Reason, r.EffectiveFrom, r.AnnualValueChange, r.NewEndsOn, r.Approvals))));
        contract.MapPost("/extensions", (Guid id, ExtensionRequest r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, c => c.ExerciseExtension(r.ExercisedOn, r.Approvals)));
        contract.MapPost("/novations", (Guid id, NovationRequest r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, c => c.Novate(r.ToCommissioner, r.EffectiveOn, r.Approvals)));
        contract.MapPost("/notice", ServeNotice);
    }

    /// <summary>
    /// Awards the contract and opens its monitoring in one transaction. Refused, with nothing written,
    /// unless the provider's due diligence is signed off and every other award rule holds.
    /// </summary>
    private static async Task<IResult> Award(AwardRequest r, ContractsStore store, HttpContext http)
    {
        var provider = await store.Aggregates<Provider>().Get(r.ProviderId, "providerId");
        var dueDiligence = r.DueDiligenceId is { } ddId
            ? await store.Aggregates<DueDiligenceAssessment>().Get(ddId, "dueDiligenceId")
            : throw RuleViolation.Precondition("dueDiligenceId", "An award needs the provider's signed-off due diligence (P:L805-817).");
        var contract = CommissioningContract.Award(r.ToTerms(), provider, dueDiligence, r.Approvals, r.AwardedOn);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(http.ContractsCaller(), contract), "commissioners",
            "award a contract its organisation is not party to");
        store.Aggregates<CommissioningContract>().Add(contract, LookupKeys.ContractsOf(contract.ProviderOdsCode));
        store.Aggregates<ContractMonitoring>().Add(ContractMonitoring.Begin(contract, r.MonitoredOutcomes ?? []), LookupKeys.Of(contract.Id));
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/contracts/{contract.Id}", contract);
    }

    private static async Task<IReadOnlyList<CommissioningContract>> List(ContractsStore store, HttpContext http)
    {
        var caller = http.ContractsCaller();
        var contracts = caller.IsCommissioner
            ? await store.Aggregates<CommissioningContract>().List()
            : await store.Aggregates<CommissioningContract>().List(LookupKeys.ContractsOf(caller.OrganisationCode));
        return contracts.Where(c => ContractsAccessPolicy.CanView(caller, c)).ToList();
    }

    public static async Task<CommissioningContract> Viewable(ContractsStore store, Guid id, HttpContext http)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanView(http.ContractsCaller(), contract), "id", "see another provider's contract");
        return contract;
    }

    private static async Task<CommissioningContract> Manage(ContractsStore store, Guid id, HttpContext http, Action<CommissioningContract> operation)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(http.ContractsCaller(), contract), "id", "change a contract its organisation is not party to");
        operation(contract);
        await store.SaveChangesAsync();
        return contract;
    }

    private static async Task<CommissioningContract> ServeNotice(Guid id, NoticeRequest r, ContractsStore store, HttpContext http)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(id);
        var caller = http.ContractsCaller();
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanServeNotice(caller, contract), "id", "serve notice on a contract it is not party to");
        contract.ServeNotice(caller.OrganisationCode, r.ServedOn, r.Reason, r.ConsultationReference);
        await store.SaveChangesAsync();
        return contract;
    }
}
