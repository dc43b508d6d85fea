using Commissioning.Domain;
using Commissioning.Identity;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Agreements;
using Contracts.Domain.Monitoring;

namespace Contracts.Api.Apis;

public sealed record KpiRequest(string Code, string Name, decimal Target, KpiDirection Direction);
public sealed record KpiReturnRequest(string KpiCode, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, DateOnly SubmittedOn);
public sealed record ReviewRequest(ReviewType Type, DateOnly HeldOn, IReadOnlyList<OutcomeAssessment> Outcomes, string? Notes = null);
public sealed record ComplaintRequest(DateOnly ReceivedOn, string Subject);
public sealed record ComplaintResolution(DateOnly ResolvedOn, bool Upheld);
/// <summary>An issue to raise; the provider answers by <c>responseDue</c>, by default 20 working days after <c>raisedOn</c>.</summary>
public sealed record IssueRequest(string Subject, IssueSeverity Severity, DateOnly RaisedOn, string? Kpi = null, DateOnly? ResponseDue = null);
public sealed record IssueResolution(DateOnly ResolvedOn, string Resolution);

/// <summary>
/// Contract monitoring (W WF-10, A §3.6): the commissioners party to a contract define its KPIs,
/// hold its reviews, log complaints and performance issues; the contract's own provider, and only
/// it, submits KPI returns. Both sides read the monitoring of their own contracts.
/// </summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/contracts/{id:guid}/monitoring").WithTags("Monitoring")
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.ProviderUser));
        api.MapGet("/", View);
        api.MapPost("/kpi-returns", SubmitReturn);
        api.MapPost("/kpis", (Guid id, KpiRequest r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, m => m.DefineKpi(r.Code, r.Name, r.Target, r.Direction)));
        api.MapPost("/reviews", (Guid id, ReviewRequest r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, m => m.RecordReview(r.Type, r.HeldOn, r.Outcomes, r.Notes)));
        api.MapPost("/complaints", (Guid id, ComplaintRequest r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, m => m.RecordComplaint(r.ReceivedOn, r.Subject)));
        api.MapPost("/complaints/{complaintId:guid}/resolution", (Guid id, Guid complaintId, ComplaintResolution r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, m => m.ResolveComplaint(complaintId, r.ResolvedOn, r.Upheld)));
        api.MapPost("/issues", (Guid id, IssueRequest r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, m => m.RaiseIssue(r.Subject, r.Severity, r.RaisedOn, r.Kpi, r.ResponseDue)));
        api.MapPost("/issues/{issueId:guid}/resolution", (Guid id, Guid issueId, IssueResolution r, ContractsStore store, HttpContext http) =>
            Manage(store, id, http, m => m.ResolveIssue(issueId, r.ResolvedOn, r.Resolution)));
    }

    public static async Task<ContractMonitoring> Of(ContractsStore store, Guid contractId) =>
        (await store.Aggregates<ContractMonitoring>().List(LookupKeys.Of(contractId))).SingleOrDefault()
        ?? throw RuleViolation.NotFound("id", $"There is no contract {contractId}.");

    private static async Task<ContractMonitoring> View(Guid id, ContractsStore store, HttpContext http)
    {
        var monitoring = await Of(store, id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanView(http.ContractsCaller(), monitoring), "id", "see another provider's reviews");
        return monitoring;
    }

    /// <summary>The return is made as the organisation the token names; the domain refuses anyone but the contract's provider.</summary>
    private static async Task<KpiReturn> SubmitReturn(Guid id, KpiReturnRequest r, ContractsStore store, HttpContext http)
    {
        var monitoring = await Of(store, id);
        var caller = http.ContractsCaller();
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanSubmitKpiReturn(caller, monitoring), "submittedBy",
            "submit a KPI return for another provider's contract");
        var submitted = monitoring.SubmitKpiReturn(r.KpiCode, r.PeriodStart, r.PeriodEnd, r.Value, caller.OrganisationCode, r.SubmittedOn);
        await store.SaveChangesAsync();
        return submitted;
    }

    private static async Task<ContractMonitoring> Manage(ContractsStore store, Guid id, HttpContext http, Action<ContractMonitoring> operation)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(http.ContractsCaller(), contract), "id", "monitor a contract its organisation is not party to");
        var monitoring = await Of(store, id);
        operation(monitoring);
        await store.SaveChangesAsync();
        return monitoring;
    }
}
