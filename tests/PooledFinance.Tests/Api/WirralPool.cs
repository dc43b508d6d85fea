using System.Net.Http.Json;
using System.Text.Json;

namespace PooledFinance.Tests.Api;

/// <summary>Sets up W's partnership, an agreement in force and its pooled fund through the API, as a partner would.</summary>
public sealed record WirralPool(Guid CouncilId, Guid CcgId, Guid AgreementId, Guid FundId)
{
    public static async Task<WirralPool> Create(HttpClient commissioner, HttpClient finance)
    {
        var partnership = await Read(await commissioner.PostAsJsonAsync("/api/v1/partnerships", new
        {
            name = "Wirral Integrated Commissioning Hub",
            bodies = new[]
            {
                new { name = "Wirral Council", kind = "council", code = "E08000015" },
                new { name = "NHS Wirral CCG", kind = "clinical-commissioning-group", code = "12F" },
            },
        }));
        var bodies = partnership.GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ToArray();
        var agreement = await Read(await commissioner.PostAsJsonAsync($"/api/v1/partnerships/{Id(partnership)}/agreements", new
        {
            title = "Wirral s75 2017/18", aims = new[] { "One budget" }, functions = new[] { "Adult social care" },
            termStart = "2017-04-01", termEnd = (string?)null, firstAnnualReview = "2018-03-31", noticePeriodMonths = 3,
        }));
        foreach (var body in bodies)
            await Read(await commissioner.PostAsJsonAsync($"/api/v1/agreements/{Id(agreement)}/approvals", new
            {
                partnerBodyId = body, approvingBody = "Cabinet", delegationReference = "Minute 12", approvedOn = "2017-03-01",
            }));
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/agreements/{Id(agreement)}/in-force", new { from = "2017-04-01" }));
        var fund = await Read(await finance.PostAsJsonAsync($"/api/v1/agreements/{Id(agreement)}/funds", new
        {
            name = "Wirral pooled fund", kind = "pooled", hostBodyId = bodies[0], poolManager = "Director of Finance", vatModel = "lead-commissioner",
        }));
        return new WirralPool(bodies[0], bodies[1], Id(agreement), Id(fund));
    }

    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
