using System.Net.Http.Json;
using System.Text.Json;
using static Commissioning.Testing.CareJourney;

namespace Commissioning.Testing;

/// <summary>The demo's Wirral pool as the care journeys use it, found through pooled finance's REST API as a partner would.</summary>
public static class WirralPool
{
    public const string CouncilLineCode = "COUNCIL-ASC-2018";

    /// <summary>
    /// The pool's council line for 2018/19 (the demo holds 2017/18), added by the council's finance
    /// officer the first time it is asked for, as the year's budget is set.
    /// </summary>
    public static async Task<(Guid Fund, Guid Line)> CouncilLine2018(HttpClient finance)
    {
        var wirral = (await Read(await finance.GetAsync("/api/v1/partnerships"))).EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "Wirral Integrated Commissioning Hub");
        var council = Id(wirral.GetProperty("bodies").EnumerateArray().Single(b => b.GetProperty("code").GetString() == Council));
        var agreement = Id((await Read(await finance.GetAsync($"/api/v1/partnerships/{Id(wirral)}/agreements")))[0]);
        var fund = Id((await Read(await finance.GetAsync($"/api/v1/agreements/{agreement}/funds")))[0]);
        var existing = (await Read(await finance.GetAsync($"/api/v1/funds/{fund}/budget-lines"))).EnumerateArray()
            .FirstOrDefault(l => l.GetProperty("code").GetString() == CouncilLineCode);
        if (existing.ValueKind == JsonValueKind.Object) return (fund, Id(existing));
        return (fund, Id(await Read(await finance.PostAsJsonAsync($"/api/v1/funds/{fund}/budget-lines", new
        {
            ownerBodyId = council, financialYear = "2018/19", code = CouncilLineCode, name = "Adult social care (Pot A)", pot = "a",
            amount = 75_000_000m, riskAssessment = new { reference = "RA-2018/19", assessedBy = "Joint Finance Group", assessedOn = "2018-03-15" },
        }))));
    }
}
