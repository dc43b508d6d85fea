namespace DemoData;

/// <summary>
/// Wirral's market: CWP (RXA), to which the council delegates all-age disability and mental health
/// assessment under Section 75 (A: £5.19m a year for four years from 1 April 2018, a direct award
/// after the nine-area due diligence of P:L807-815), and a Wirral West care home admitted to the
/// single provider framework (W:414) at a commissioner-neutral rate of £520 a week.
/// </summary>
public static class ContractsDemo
{
    public const string CareHomeCode = "VNKAB";

    /// <summary>The nine due-diligence areas (P:L807-815), each with the function that assesses it.</summary>
    public static readonly (string Area, string Function)[] NineAreas =
    [
        ("professional-and-business-standing", "procurement"), ("organisational-finance-and-insurance", "finance"),
        ("health-and-safety", "human-resources"), ("data-protection", "legal-services"), ("equalities-and-diversity", "human-resources"),
        ("safeguarding-vulnerable-people", "adult-safeguarding"), ("quality-management", "commissioning"),
        ("recent-contracts-and-references", "procurement"), ("business-capability", "commissioning"),
    ];

    /// <param name="section75Agreement">
    /// Wirral's Section 75 agreement, which the delegation depends on (S:114-118: it starts no earlier than the
    /// agreement is in force); the run command's, asked of pooled finance. A test of contracts alone has none to ask.
    /// </param>
    /// <returns>The s75 delegation to CWP, the arrangement A's staff transfer under.</returns>
    /// <param name="authorisingDecision">The council's recorded contract-award decision on that agreement.</param>
    public static async Task<Guid> Load(DemoClient api, Guid wirralFund, Guid? section75Agreement = null,
        Guid? authorisingDecision = null)
    {
        var cwp = await Register(api, "Cheshire and Wirral Partnership NHS Foundation Trust", "RXA", "nhs", "1-101663962");
        var careHome = await Register(api, "Oak Lodge Care Home", CareHomeCode, "private", "1-123456789");
        var dueDiligence = DemoClient.Id(await api.Post($"/api/v1/providers/{cwp}/due-diligence", new { startedOn = "2017-10-02" }));
        foreach (var (area, function) in NineAreas)
            await api.Post($"/api/v1/due-diligence/{dueDiligence}/assessments", new
            {
                area, function, assessor = "Evaluation team", outcome = "satisfactory", assessedOn = "2017-12-01",
            });
        await api.Post($"/api/v1/due-diligence/{dueDiligence}/sign-off", new
        {
            signedOffBy = "Director for Adult Care and Health", signatoryRole = "Director for Adult Care and Health", signedOffOn = "2017-12-15",
        });
        var delegation = DemoClient.Id(
            await api.Post("/api/v1/contracts",
                S75Delegation(cwp, dueDiligence, wirralFund, section75Agreement, authorisingDecision)));

        var framework = DemoClient.Id(await api.Post("/api/v1/frameworks", new
        {
            name = "Wirral single provider framework", opensOn = "2018-04-01", closesOn = (string?)null, requiresLivingWage = true,
            lots = new[] { new { serviceType = "residential-care", locality = "Wirral West" } },
        }));
        await api.Post($"/api/v1/frameworks/{framework}/admissions", new
        {
            providerId = careHome, admittedOn = "2018-04-01", lots = new[] { new { serviceType = "residential-care", locality = "Wirral West" } },
        });
        await api.Put($"/api/v1/providers/{careHome}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 4 });
        var card = DemoClient.Id(await api.Post("/api/v1/rate-cards", new { serviceType = "residential-care", locality = "Wirral West", unit = "per-week" }));
        await api.Post($"/api/v1/rate-cards/{card}/rates", new { effectiveFrom = "2018-04-01", effectiveTo = (string?)null, amount = 520.00m });
        return delegation;
    }

    private static async Task<Guid> Register(DemoClient api, string name, string odsCode, string sector, string cqcLocationId)
    {
        var id = DemoClient.Id(await api.Post("/api/v1/providers", new { name, odsCode, sector, cqcLocationId }));
        await api.Post($"/api/v1/providers/{id}/cqc-ratings", new { rating = "good", ratedOn = "2017-06-01" });
        await api.Post($"/api/v1/providers/{id}/living-wage", new { status = "paid", confirmedOn = "2017-06-01" });
        return id;
    }

    private static Dictionary<string, object?> S75Delegation(Guid cwp, Guid dueDiligence, Guid wirralFund,
        Guid? section75Agreement, Guid? authorisingDecision) => new()
    {
        ["section75AgreementId"] = section75Agreement,
        ["authorisingDecisionId"] = authorisingDecision,
        ["reference"] = "WIR-S75-2018-01",
        ["title"] = "All Age Disability and Mental Health: delegated assessment and care planning",
        ["contractType"] = "section75-delegation",
        ["providerId"] = cwp,
        ["dueDiligenceId"] = dueDiligence,
        ["commissioners"] = new[] { "E08000015" },
        ["leadCommissioner"] = "E08000015",
        ["funding"] = new { fundId = wirralFund, pot = "a" },
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
        ["approvals"] = new[] { new { organisationCode = "E08000015", approvedBy = "Cabinet", approvedOn = "2017-10-02" } },
        ["awardedOn"] = "2018-03-01",
    };
}
