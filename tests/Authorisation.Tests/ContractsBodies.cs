using System.Net.Http.Json;

namespace Authorisation.Tests;

/// <summary>
/// Sound request bodies for the writes a hostile caller would try on Wirral's contracts records (issue 15): sent
/// by every refused caller, so that a missing check would change the record, and the matrix would see it.
/// </summary>
public static class ContractsBodies
{
    private static readonly object[] Approvals =
    [
        Approval(Callers.WirralCouncil), Approval(Callers.PlymouthCouncil), Approval(Callers.WirralCcg),
        Approval(Callers.Cwp),
    ];

    private static readonly object[] WirralWest = [new { serviceType = "residential-care", locality = "Wirral West" }];

    /// <summary>A refused caller's sound body; an admitted caller's is empty, so that it changes nothing.</summary>
    public static HttpContent Content(string pattern, bool refused, ContractsWorld w) =>
        JsonContent.Create(refused ? For(pattern.Replace("/api/v1", ""), w) : new { });

    private static object For(string pattern, ContractsWorld w) => pattern switch
    {
        "/contracts/{id:guid}/variations" => new
        {
            reason = "Cut", effectiveFrom = "2019-04-01", annualValueChange = -5_000_000m, newEndsOn = (string?)null,
            approvals = Approvals,
        },
        "/contracts/{id:guid}/extensions" => new { exercisedOn = "2021-10-01", approvals = Approvals },
        "/contracts/{id:guid}/novations" =>
            new { toCommissioner = Callers.PlymouthCouncil, effectiveOn = "2019-04-01", approvals = Approvals },
        "/contracts/{id:guid}/notice" =>
            new { servedOn = "2019-01-02", reason = "Taken over", consultationReference = "CONSULT-1" },
        _ when pattern.StartsWith("/contracts/{id:guid}/monitoring/", StringComparison.Ordinal) =>
            Monitoring(pattern["/contracts/{id:guid}/monitoring/".Length..]),
        "/rate-cards/{id:guid}/rates" =>
            new { effectiveFrom = "2030-04-01", effectiveTo = (string?)null, amount = 100m },
        "/rate-cards/{id:guid}/changes" => new { effectiveFrom = "2019-04-01", amount = 100m },
        "/frameworks/{id:guid}/lots" => new { serviceType = "home-care", locality = "Plymouth" },
        "/frameworks/{id:guid}/admissions" => new { providerId = w.Cwp, admittedOn = "2018-04-02", lots = WirralWest },
        "/frameworks/{id:guid}/exclusions" =>
            new { providerId = w.CareHome, reason = "Hostile", excludedOn = "2018-05-01" },
        "/frameworks/{id:guid}/reassessments" => new { providerId = w.CareHome, on = "2018-05-01" },
        "/providers/{id:guid}/capacity" =>
            new { serviceType = "residential-care", locality = "Wirral West", places = 0 },
        "/providers/{id:guid}/suspension" or "/providers/{id:guid}/exclusion"
            or "/providers/{id:guid}/serious-concern" => new { reason = "Hostile", on = "2018-05-01" },
        _ => new { },
    };

    private static object Monitoring(string action) => action switch
    {
        "kpis" => new { code = "HOSTILE", name = "Hostile", target = 1m, direction = "higher-is-better" },
        "kpi-returns" => new
        {
            kpiCode = "HOSTILE", periodStart = "2018-04-01", periodEnd = "2018-06-30", value = 1m,
            submittedOn = "2018-07-10",
        },
        "reviews" => new { type = "regular", heldOn = "2018-07-01", outcomes = Array.Empty<object>() },
        "complaints" => new { receivedOn = "2018-07-01", subject = "Hostile complaint" },
        "issues" => new { subject = "Hostile issue", severity = "high", raisedOn = "2018-07-02" },
        "complaints/{complaintId:guid}/resolution" => new { resolvedOn = "2018-07-03", upheld = true },
        "issues/{issueId:guid}/resolution" => new { resolvedOn = "2018-07-03", resolution = "Closed" },
        _ => new { },
    };

    private static object Approval(string organisation) =>
        new { organisationCode = organisation, approvedBy = $"Approver of {organisation}", approvedOn = "2018-12-01" };
}
