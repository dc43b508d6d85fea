using System.Text.Json;

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
        await Partnership(api, "Wirral Integrated Commissioning Hub",
            ("Wirral Council", "council", "E08000015"), ("NHS Wirral CCG", "clinical-commissioning-group", "12F"),
            new DateOnly(2017, 4, 1));
        await Partnership(api, "Plymouth One System One Budget",
            ("Plymouth City Council", "council", "E06000026"), ("NHS Northern, Eastern and Western Devon CCG", "clinical-commissioning-group", "99P"),
            new DateOnly(2015, 4, 1));
    }

    private static async Task Partnership(DemoClient api, string name, (string Name, string Kind, string Code) council,
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
    }
}
