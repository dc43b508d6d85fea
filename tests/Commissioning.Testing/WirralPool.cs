using System.Net.Http.Json;
using System.Text.Json;
using static DemoData.CarePathway;

namespace Commissioning.Testing;

/// <summary>The demo's Wirral pool as the care journeys use it, found through pooled finance's REST API as a partner would.</summary>
public static class WirralPool
{
    public const string CouncilLineCode = "COUNCIL-ASC-2018";

    /// <summary>
    /// A council line of the pool for 2018/19 (the demo holds 2017/18), <see cref="CouncilLineCode"/> unless
    /// another code is asked for, added by the council's finance officer the first time, as the year's budget is set.
    /// </summary>
    public static async Task<(Guid Fund, Guid Line)> CouncilLine2018(HttpClient finance, string code = CouncilLineCode,
        decimal amount = 75_000_000m)
    {
        var wirral = (await Read(await finance.GetAsync("/api/v1/partnerships"))).EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "Wirral Integrated Commissioning Hub");
        var council = Id(wirral.GetProperty("bodies").EnumerateArray().Single(b => b.GetProperty("code").GetString() == Council));
        var agreement = Id((await Read(await finance.GetAsync($"/api/v1/partnerships/{Id(wirral)}/agreements")))[0]);
        var fund = Id((await Read(await finance.GetAsync($"/api/v1/agreements/{agreement}/funds"))).EnumerateArray()
            .Single(f => f.GetProperty("kind").GetString() == "pooled"));
        var existing = (await Read(await finance.GetAsync($"/api/v1/funds/{fund}/budget-lines"))).EnumerateArray()
            .FirstOrDefault(l => l.GetProperty("code").GetString() == code);
        if (existing.ValueKind == JsonValueKind.Object) return (fund, Id(existing));
        return (fund, Id(await Read(await finance.PostAsJsonAsync($"/api/v1/funds/{fund}/budget-lines", new
        {
            ownerBodyId = council, financialYear = "2018/19", code, name = $"Adult social care (Pot A), {code}", pot = "a",
            amount,
            riskAssessment = new
            {
                reference = "RA-2018/19", assessedBy = "Joint Finance Group", assessedOn = "2018-03-15",
            },
        }))));
    }

    /// <summary>
    /// The line's 2018/19 commitments in the monthly position, read until <paramref name="expected"/> is there or a
    /// minute has passed (events travel through the sidecars and Redis), whichever comes first.
    /// </summary>
    public static async Task<decimal> CommittedOnceSettled(HttpClient finance, Guid fund, Guid line, decimal expected)
    {
        var committed = 0m;
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            var position = await Read(await finance.GetAsync(
                $"/api/v1/funds/{fund}/position?financialYear=2018/19&month=12"));
            committed = position.GetProperty("lines").EnumerateArray()
                .Single(l => l.GetProperty("budgetLineId").GetGuid() == line)
                .GetProperty("figures").GetProperty("committed").GetDecimal();
            if (committed == expected) break;
        }
        return committed;
    }
}
