using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Agreements;
using Contracts.Domain.Monitoring;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Contracts.Api.Apis;

/// <summary>
/// Contract monitoring (W WF-10, A §3.6): the commissioners party to a contract define its KPIs,
/// hold its reviews, log complaints and performance issues; the contract's own provider, and only
/// it, submits KPI returns. Both sides read the monitoring of their own contracts.
/// </summary>
public static class MonitoringApi
{
    private static readonly PartnerTag Tag = ContractsTags.Monitoring;
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound];
    private static readonly int[] StateProblems =
        [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];
    private static readonly int[] UniqueProblems = [Status400BadRequest, Status404NotFound, Status409Conflict];

    public static void MapMonitoringApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/contracts/{id:guid}/monitoring")
            .RequireAuthorization(ContractsPolicies.MonitorsContracts);
        api.MapGet("/", View).Documented(Tag, "getContractMonitoring", "Read the contract's monitoring",
            "Outcomes, KPIs and returns, reviews, complaints and issues, for a party to the contract.",
            Status404NotFound);
        api.MapPost("/kpi-returns", SubmitReturn).Documented(Tag, "submitKpiReturn", "Submit a KPI return",
            "Only the contract's provider returns a defined KPI, once per period, for a period within the contract "
            + "that has ended; whether it meets the target follows from the KPI's direction.", UniqueProblems);
        api.MapPost("/kpis", (Guid id, KpiRequest r, ContractsStore store, HttpContext http) =>
                Manage(store, id, http, m => m.DefineKpi(r.Code, r.Name, r.Target, r.Direction)))
            .Documented(Tag, "defineKpi", "Define a KPI",
                "A commissioner party to the contract defines a measure with a target and direction; its code is "
                + "unique (409).", UniqueProblems);
        api.MapPost("/reviews", (Guid id, ReviewRequest r, ContractsStore store, HttpContext http) =>
                Manage(store, id, http, m => m.RecordReview(r.Type, r.HeldOn, r.ToOutcomes(), r.Notes)))
            .Documented(Tag, "recordContractReview", "Record a review",
                "Each monitored outcome is judged at most once; the one annual review of a contract year judges "
                + "every one (409 for a second).", UniqueProblems);
        MapCases(api);
    }

    private static void MapCases(RouteGroupBuilder api)
    {
        api.MapPost("/complaints", (Guid id, ComplaintRequest r, ContractsStore store, HttpContext http) =>
                Manage(store, id, http, m => m.RecordComplaint(r.ReceivedOn, r.Subject)))
            .Documented(Tag, "recordComplaint", "Log a complaint",
                "A complaint about the service, received once the contract started.", Problems);
        api.MapPost("/complaints/{complaintId:guid}/resolution", (Guid id, Guid complaintId, ComplaintResolution r,
                ContractsStore store, HttpContext http) =>
                Manage(store, id, http, m => m.ResolveComplaint(complaintId, r.ResolvedOn, r.Upheld)))
            .Documented(Tag, "resolveComplaint", "Resolve a complaint", "Resolved upheld or not, once.", StateProblems);
        api.MapPost("/issues", (Guid id, IssueRequest r, ContractsStore store, HttpContext http) =>
                Manage(store, id, http, m => m.RaiseIssue(r.Subject, r.Severity, r.RaisedOn, r.Kpi, r.ResponseDue)))
            .Documented(Tag, "raisePerformanceIssue", "Raise a performance issue",
                "The provider answers by the response date, a working day after the issue is raised (by default 20 "
                + "working days later).", Problems);
        api.MapPost("/issues/{issueId:guid}/resolution", (Guid id, Guid issueId, IssueResolution r,
                ContractsStore store, HttpContext http) =>
                Manage(store, id, http, m => m.ResolveIssue(issueId, r.ResolvedOn, r.Resolution)))
            .Documented(Tag, "resolvePerformanceIssue", "Resolve a performance issue",
                "An open issue is resolved, not before it was raised.", StateProblems);
    }

    public static async Task<ContractMonitoring> Of(ContractsStore store, Guid contractId) =>
        (await store.Aggregates<ContractMonitoring>().List(LookupKeys.Of(contractId))).SingleOrDefault()
        ?? throw RuleViolation.NotFound("id", $"There is no contract {contractId}.");

    private static async Task<MonitoringView> View(Guid id, ContractsStore store, HttpContext http)
    {
        var monitoring = await Of(store, id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanView(http.ContractsCaller(), monitoring), "id",
            "see another provider's reviews");
        return MonitoringView.Of(monitoring);
    }

    /// <summary>The return is made as the organisation the token names; only the contract's provider may.</summary>
    private static async Task<KpiReturnView> SubmitReturn(
        Guid id, KpiReturnRequest r, ContractsStore store, HttpContext http)
    {
        var monitoring = await Of(store, id);
        var caller = http.ContractsCaller();
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanSubmitKpiReturn(caller, monitoring), "submittedBy",
            "submit a KPI return for another provider's contract");
        var submitted = monitoring.SubmitKpiReturn(
            r.KpiCode, r.PeriodStart, r.PeriodEnd, r.Value, caller.OrganisationCode, r.SubmittedOn);
        await store.SaveChangesAsync();
        return KpiReturnView.Of(submitted);
    }

    private static async Task<MonitoringView> Manage(
        ContractsStore store, Guid id, HttpContext http, Action<ContractMonitoring> operation)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(http.ContractsCaller(), contract), "id",
            "monitor a contract its organisation is not party to");
        var monitoring = await Of(store, id);
        operation(monitoring);
        await store.SaveChangesAsync();
        return MonitoringView.Of(monitoring);
    }
}
