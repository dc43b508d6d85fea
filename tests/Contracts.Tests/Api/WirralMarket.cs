using System.Net.Http.Json;
using System.Text.Json;

namespace Contracts.Tests.Api;

/// <summary>
/// Sets up, through the API as the partners would, the providers of A's s75 delegation (CWP, RXA) and
/// a Wirral West care home, with CWP's due diligence signed off (A §5.36 L1498, P:L805-817).
/// </summary>
public sealed record WirralMarket(Guid CwpId, Guid CareHomeId, Guid DueDiligenceId)
{
    public const string WirralCouncil = "E08000015";
    public const string WirralCcg = "12F";
    public const string Cwp = "RXA";
    public const string CareHome = "VNKAB";

    public static async Task<WirralMarket> Create(HttpClient commissioner)
    {
        var cwp = await Register(commissioner, "Cheshire and Wirral Partnership NHS Foundation Trust", Cwp, "nhs", "1-101663962");
        var careHome = await Register(commissioner, "Oak Lodge Care Home", CareHome, "private", "1-123456789");
        return new WirralMarket(cwp, careHome, await SignedOffDueDiligence(commissioner, cwp));
    }

    /// <summary>Due diligence on the nine areas, all satisfactory, signed off by the director.</summary>
    public static async Task<Guid> SignedOffDueDiligence(HttpClient commissioner, Guid providerId)
    {
        var dueDiligence = await StartDueDiligence(commissioner, providerId);
        foreach (var (area, function) in NineAreas)
            await Assess(commissioner, dueDiligence, area, function);
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/due-diligence/{dueDiligence}/sign-off", new
        {
            signedOffBy = "Graham Hodkinson", signatoryRole = "Director for Adult Care and Health", signedOffOn = "2017-12-15",
        }));
        return dueDiligence;
    }

    /// <summary>P:L807-815 in order, each with the function that assesses it.</summary>
    public static readonly (string Area, string Function)[] NineAreas =
    [
        ("professional-and-business-standing", "procurement"), ("organisational-finance-and-insurance", "finance"),
        ("health-and-safety", "human-resources"), ("data-protection", "legal-services"), ("equalities-and-diversity", "human-resources"),
        ("safeguarding-vulnerable-people", "adult-safeguarding"), ("quality-management", "commissioning"),
        ("recent-contracts-and-references", "procurement"), ("business-capability", "commissioning"),
    ];

    public static async Task<Guid> Register(HttpClient commissioner, string name, string odsCode, string sector, string cqcLocationId)
    {
        var id = Id(await Read(await commissioner.PostAsJsonAsync("/api/v1/providers", new { name, odsCode, sector, cqcLocationId })));
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/providers/{id}/cqc-ratings", new { rating = "good", ratedOn = "2017-06-01" }));
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/providers/{id}/living-wage", new { status = "paid", confirmedOn = "2017-06-01" }));
        return id;
    }

    public static async Task<Guid> StartDueDiligence(HttpClient commissioner, Guid providerId) =>
        Id(await Read(await commissioner.PostAsJsonAsync($"/api/v1/providers/{providerId}/due-diligence", new { startedOn = "2017-10-02" })));

    public static async Task Assess(HttpClient commissioner, Guid dueDiligence, string area, string function) =>
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/due-diligence/{dueDiligence}/assessments", new
        {
            area, function, assessor = "Evaluation team member", outcome = "satisfactory", assessedOn = "2017-12-01",
        }));

    /// <summary>A's Section 75 delegation, council to CWP: £5.19m a year (A R-CON-01, §4.1 L784), four years from 1 April 2018 (A §3.8 L768), direct award.</summary>
    public Dictionary<string, object?> S75Award(Guid? dueDiligenceId = null) => new()
    {
        ["reference"] = "WIR-S75-2018-01",
        ["title"] = "All Age Disability and Mental Health: delegated assessment and care planning",
        ["contractType"] = "section75-delegation",
        ["providerId"] = CwpId,
        ["dueDiligenceId"] = dueDiligenceId ?? DueDiligenceId,
        ["commissioners"] = new[] { WirralCouncil },
        ["leadCommissioner"] = WirralCouncil,
        ["funding"] = new { fundId = Guid.Parse("5a1c7f0e-0000-4000-8000-000000000075"), pot = "a", budgetLineCode = "COUNCIL-ASC" },
        ["annualValue"] = 5_190_000m,
        ["startsOn"] = "2018-04-01",
        ["endsOn"] = "2022-03-31",
        ["noticeMonths"] = 3,
        ["vatStatus"] = "exempt",
        ["route"] = "direct-award",
        ["procurementExemption"] = "Section 75 NHS Act 2006 partnership arrangement; no competitive tender (A L770)",
        ["delegatedFunctions"] = new[] { "care-and-support-assessment", "care-planning", "support-planning" },
        ["phases"] = new[] { new { name = "Stabilisation", startsOn = "2018-04-01" }, new { name = "Development and transformation", startsOn = "2019-04-01" } },
        ["monitoredOutcomes"] = new[] { "assessing-needs", "promoting-wellbeing" },
        ["approvals"] = new[] { Approval(WirralCouncil, "2017-10-02") },
        ["awardedOn"] = "2018-03-01",
    };

    /// <summary>A council contract with the care home, resting on <paramref name="dueDiligenceId"/>.</summary>
    public Dictionary<string, object?> CareHomeAward(Guid dueDiligenceId)
    {
        var award = S75Award(dueDiligenceId);
        award["providerId"] = CareHomeId;
        award["contractType"] = "local-authority-contract";
        award["delegatedFunctions"] = Array.Empty<string>();
        return award;
    }

    public static object Approval(string organisation, string on) => new { organisationCode = organisation, approvedBy = $"Approver for {organisation}", approvedOn = on };

    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The problem's status and the fields it names, comma-separated.</summary>
    public static async Task<(int Status, string Fields)> Problem(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var fields = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name) : [];
        return ((int)response.StatusCode, string.Join(",", fields));
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
