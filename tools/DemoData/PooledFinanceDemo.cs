namespace DemoData;

/// <summary>
/// The two partnerships of the seed documents: Wirral (W: Wirral Council and NHS Wirral CCG, the
/// 2017/18 integrated commissioning hub) and Plymouth (P: Plymouth City Council and NEW Devon CCG,
/// "One System One Budget" with its 3-month notice).
/// </summary>
public static class PooledFinanceDemo
{
    public static async Task Load(DemoClient api)
    {
        // W 2017/18 (£m): the Pot A lines pooled under s75 (W:615-618): 519.7 of 618.3.
        var wirral = await Partnership(api, "Wirral Integrated Commissioning Hub",
            ("Wirral Council", "council", "E08000015"), ("NHS Wirral CCG", "clinical-commissioning-group", "12F"),
            new DateOnly(2017, 4, 1));
        await PooledFund(api, wirral, "Wirral pooled fund", "2017/18",
            ("COUNCIL-ASC", "Adult social care (Pot A)", 0, 73_900_000m),
            ("CCG-COMMISSIONED", "CCG commissioned services (Pot A)", 1, 420_200_000m),
            ("PUBLIC-HEALTH", "Public health (Pot A)", 0, 25_600_000m));
        // P 2015/16: contributions of £321m (CCG) and £100m (council), "75%/25% for working purposes".
        var plymouth = await Partnership(api, "Plymouth One System One Budget",
            ("Plymouth City Council", "council", "E06000026"), ("NHS Northern, Eastern and Western Devon CCG", "clinical-commissioning-group", "99P"),
            new DateOnly(2015, 4, 1));
        await PooledFund(api, plymouth, "Plymouth integrated fund", "2015/16",
            ("PCC-CONTRIBUTION", "Council contribution", 0, 100_000_000m),
            ("CCG-CONTRIBUTION", "CCG contribution", 1, 321_000_000m));
    }

    private static async Task PooledFund(DemoClient api, (Guid Agreement, Guid[] Bodies) partners, string name, string year,
        params (string Code, string Name, int Owner, decimal Amount)[] lines)
    {
        var fund = await api.Post($"/api/v1/agreements/{partners.Agreement}/funds", new
        {
            name, kind = "pooled", hostBodyId = partners.Bodies[0], poolManager = "Director of Finance", vatModel = "lead-commissioner",
        });
        foreach (var line in lines)
            await api.Post($"/api/v1/funds/{DemoClient.Id(fund)}/budget-lines", new
            {
                ownerBodyId = partners.Bodies[line.Owner], financialYear = year, code = line.Code, name = line.Name, pot = "a",
                amount = line.Amount, riskAssessment = new { reference = $"RA-{year}", assessedBy = "Joint Finance Group", assessedOn = $"{year[..4]}-03-15" },
            });
    }

    private static async Task<(Guid Agreement, Guid[] Bodies)> Partnership(DemoClient api, string name, (string Name, string Kind, string Code) council,
        (string Name, string Kind, string Code) nhs, DateOnly termStart)
    {
        var partnership = await api.Post("/api/v1/partnerships", new
        {
            name,
            bodies = new[] { new { council.Name, council.Kind, council.Code }, new { nhs.Name, nhs.Kind, nhs.Code } },
        });
        var agreement = await api.Post($"/api/v1/partnerships/{DemoClient.Id(partnership)}/agreements", new
        {
            title = $"{name}: Section 75 agreement",
            aims = new[] { "One commissioning budget for health and social care", "Care closer to home" },
            functions = new[] { "Adult social care (Care Act 2014)", "Community health services commissioning" },
            termStart,
            termEnd = (DateOnly?)null,
            firstAnnualReview = termStart.AddYears(1).AddDays(-1),
            noticePeriodMonths = 3,
        });
        var agreementId = DemoClient.Id(agreement);
        foreach (var body in partnership.GetProperty("bodies").EnumerateArray())
            await api.Post($"/api/v1/agreements/{agreementId}/approvals", new
            {
                partnerBodyId = body.GetProperty("id").GetGuid(),
                approvingBody = body.GetProperty("kind").GetString() == "council" ? "Cabinet" : "Governing Body",
                delegationReference = $"{body.GetProperty("name").GetString()} decision of {termStart.AddMonths(-1):d MMMM yyyy}",
                approvedOn = termStart.AddMonths(-1),
            });
        await api.Post($"/api/v1/agreements/{agreementId}/in-force", new { from = termStart });
        return (agreementId, partnership.GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ToArray());
    }
}
