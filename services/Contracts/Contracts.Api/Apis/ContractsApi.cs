using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Protos.Finance.V1;
using Commissioning.ServiceDefaults.OpenApi;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Agreements;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Monitoring;
using Contracts.Domain.Providers;
using Microsoft.AspNetCore.Http.HttpResults;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Contracts.Api.Apis;

/// <summary>
/// Contracts from award to end. A commissioner awards only a contract its own organisation is party
/// to; the parties vary, extend and novate it with every approval the domain asks for; either side
/// serves notice (as the organisation its token names). A provider user sees only its own contracts.
/// </summary>
public static class ContractsApi
{
    private static readonly PartnerTag Tag = ContractsTags.Contracts;
    private static readonly int[] ChangeProblems =
        [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    /// <summary>How every list of the contracts service pages, in the store (<see cref="ListPage"/>).</summary>
    public const string Paged = "Paged in the store: limit (1 to 500, 100 unless asked) after offset, oldest first.";

    public static void MapContractsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/contracts");
        api.MapPost("/", Award).RequireAuthorization(ContractsPolicies.AwardsContracts)
            .Documented(Tag, "awardContract", "Award a contract",
                "A commissioner party to the contract awards it and its monitoring opens in the same transaction. "
                + "Refused, with nothing written, unless the provider's due diligence is signed off by the award day "
                + "by the post the lead commissioner names (P:L805-817), every party has approved through its own "
                + "governance (W:714) and the other award rules hold. Under a Section 75 agreement "
                + "(section75AgreementId, asked of pooled finance) the contract starts no earlier than the agreement "
                + "is in force, and is flagged section75SignedLate when the agreement was signed after the 31 March "
                + "before the contract's first year (S:114-118). An authorisingDecisionId must be a contract-award "
                + "decision pooled finance holds on that agreement, made by the award day.", Status400BadRequest,
                Status404NotFound,
                Status422UnprocessableEntity, Status503ServiceUnavailable)
            .WithExample(ContractsExamples.Award, ContractsExamples.Contract);
        api.MapGet("/", List).RequireAuthorization(ContractsPolicies.ActsOnContracts)
            .Documented(Tag, "listContracts", "List contracts",
                "A commissioner sees the contracts its organisation is party to; a provider user only its own. "
                + Paged, Status400BadRequest);

        var contract = api.MapGroup("/{id:guid}")
            .RequireAuthorization(ContractsPolicies.ActsOnContracts);
        contract.MapGet("/", async (Guid id, ContractsStore store, HttpContext http) =>
                ContractView.Of(await Viewable(store, id, http)))
            .Documented(Tag, "getContract", "Read a contract",
                "Its terms and every change since award, for its parties (the commissioners it names and its "
                + "provider); not found for any other organisation.", Status404NotFound);
        contract.MapGet("/commitments", async (Guid id, ContractsStore store, HttpContext http) =>
                (await Viewable(store, id, http)).Commitments().Select(CommitmentView.Of).ToList())
            .Documented(Tag, "listContractCommitments", "List the contract's commitments by financial year",
                "What the contract commits in each financial year (1 April to 31 March) of its term, as pooled "
                + "finance records it against the fund.", Status404NotFound);
        contract.MapGet("/phase", async (Guid id, DateOnly on, ContractsStore store, HttpContext http) =>
                ContractPhaseOnView.Of(await Viewable(store, id, http), on))
            .Documented(Tag, "getContractPhase", "Read the contract's phase and standing on a date",
                "The phase in force on the date (A L1434-1444: stabilisation in year one, then development and "
                + "transformation), whether the contract is mobilising, live, under notice or ended, and its last "
                + "day (the term's end, or earlier when notice runs out first).", Status400BadRequest,
                Status404NotFound);
        MapChanges(contract);
    }

    private static void MapChanges(RouteGroupBuilder contract)
    {
        contract.MapPost("/variations", (Guid id, VariationBody r, ContractsStore store, HttpContext http) =>
                Manage(store, id, http, c => c.Vary(r.ToVariation())))
            .Documented(Tag, "varyContract", "Vary the contract's value or term",
                "A commissioner party to it changes the value, the term or both, within the term and after any "
                + "earlier variation, with every commissioner's approval; refused once notice is served.",
                ChangeProblems);
        contract.MapPost("/extensions", (Guid id, ExtensionRequest r, ContractsStore store, HttpContext http) =>
                Manage(store, id, http, c => c.ExerciseExtension(r.ExercisedOn, ApprovalView.ToApprovals(r.Approvals))))
            .Documented(Tag, "extendContract", "Exercise the next extension option",
                "Options are used in order, once each, taken up no later than the notice period before expiry "
                + "(P:L934).", ChangeProblems);
        contract.MapPost("/novations", (Guid id, NovationRequest r, ContractsStore store, HttpContext http) =>
                Manage(store, id, http,
                    c => c.Novate(r.ToCommissioner, r.EffectiveOn, ApprovalView.ToApprovals(r.Approvals))))
            .Documented(Tag, "novateContract", "Novate the contract to another commissioning host",
                "The contract moves to another host (P:L438) before it ends, never to the provider, with every "
                + "party's approval.", ChangeProblems);
        contract.MapPost("/notice", ServeNotice)
            .Documented(Tag, "serveContractNotice", "Serve notice",
                "Either party serves notice as the organisation its token names, no earlier than the award; a "
                + "commissioner's notice cites the documented consultation (P:L934); the contract ends when the "
                + "notice runs out.", ChangeProblems);
    }

    /// <summary>
    /// Awards the contract and opens its monitoring in one transaction. Refused, with nothing written,
    /// unless the provider's due diligence is signed off and every other award rule holds.
    /// </summary>
    private static async Task<Created<ContractView>> Award(AwardRequest r, ContractsStore store, HttpContext http,
        DueDiligenceSignatories signatories, FinanceService.FinanceServiceClient finance)
    {
        var provider = await store.Aggregates<Provider>().Get(r.ProviderId, "providerId");
        var dueDiligence = r.DueDiligenceId is { } ddId
            ? await store.Aggregates<DueDiligenceAssessment>().Get(ddId, "dueDiligenceId")
            : throw DueDiligenceRules.ClearsTheAward.Broken("dueDiligenceId",
                "An award needs the provider's signed-off due diligence (P:L805-817).");
        var approvals = ApprovalView.ToApprovals(r.Approvals);
        var section75 = r.Section75AgreementId is { } s75
            ? await finance.StandingOf(s75, r.AuthorisingDecisionId, http.RequestAborted) : null;
        var contract = CommissioningContract.Award(r.ToTerms(), provider, dueDiligence, approvals, r.AwardedOn,
            signatories, section75);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(http.ContractsCaller(), contract), "commissioners",
            "award a contract its organisation is not party to");
        store.Aggregates<CommissioningContract>().Add(contract, LookupKeys.ContractsOf(contract.ProviderOdsCode));
        var monitoring = ContractMonitoring.Begin(contract, r.MonitoredOutcomes ?? []);
        store.Aggregates<ContractMonitoring>().Add(monitoring, LookupKeys.Of(contract.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/contracts/{contract.Id}", ContractView.Of(contract));
    }

    /// <summary>The list route's handler; public so that the list benchmark times the route's own path.</summary>
    public static async Task<IReadOnlyList<ContractView>> List(int? offset, int? limit, ContractsStore store,
        HttpContext http)
    {
        var caller = http.ContractsCaller();
        var (skip, take) = ListPage.Of(offset, limit);
        // A commissioner's contracts are those naming it, the tenancies it is party to: paged by their parties.
        var contracts = caller.IsCommissioner
            ? await ContractParty.PageFor(store, caller.OrganisationCode.Trim().ToUpperInvariant(), skip, take)
            : await store.Aggregates<CommissioningContract>().Page(skip, take,
                LookupKeys.ContractsOf(caller.OrganisationCode));
        return contracts.Where(c => ContractsAccessPolicy.CanView(caller, c)).Select(ContractView.Of).ToList();
    }

    private static async Task<CommissioningContract> Viewable(ContractsStore store, Guid id, HttpContext http)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanView(http.ContractsCaller(), contract), "id",
            "see another provider's contract");
        return contract;
    }

    private static async Task<ContractView> Manage(
        ContractsStore store, Guid id, HttpContext http, Action<CommissioningContract> operation)
        => ContractView.Of(await store.Change<CommissioningContract>(id, contract =>
        {
            ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(http.ContractsCaller(), contract), "id",
                "change a contract its organisation is not party to");
            operation(contract);
        }));

    private static async Task<ContractView> ServeNotice(
        Guid id, NoticeRequest r, ContractsStore store, HttpContext http)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(id);
        var caller = http.ContractsCaller();
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanServeNotice(caller, contract), "id",
            "serve notice on a contract it is not party to");
        contract.ServeNotice(caller.OrganisationCode, r.ServedOn, r.Reason, r.ConsultationReference);
        await store.SaveChangesAsync();
        return ContractView.Of(contract);
    }
}
