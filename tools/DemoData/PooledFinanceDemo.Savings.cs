using Commissioning.Identity;

namespace DemoData;

/// <summary>A partnership as the demo set it up: its id, its Section 75 agreement and its bodies (council first).</summary>
public sealed record Partners(Guid Id, Guid Agreement, Guid[] Bodies);

public static partial class PooledFinanceDemo
{
    /// <summary>
    /// Wirral's savings plans (W:427-428, W:666), each set and reported by its own body's finance officer: the
    /// council's 2017/18 requirement, whose identified and unidentified savings overshoot it (a finding for the
    /// partners to decide), the CCG's 2017/18 QIPP, and its 2016/17 QIPP closed missed by £5.0m.
    /// </summary>
    private static async Task SavingsPlans(DemoClient api, Partners wirral)
    {
        var council = Token(WirralCouncil, Roles.FinanceOfficer);
        var ccg = Token(WirralCcg, Roles.FinanceOfficer);
        var efficiency = await SavingsPlan(api, wirral, wirral.Bodies[0], "2017/18", "efficiency", 3_400_000m,
            77_800_000m, 4.4m, council);
        await Saving(api, efficiency, "Partnership efficiencies with the CCG and rebalancing of package funding",
            2_200_000m, council);
        await api.Put($"/api/v1/savings-plans/{efficiency}/yet-to-be-identified", new { amount = 1_900_000m }, council);
        await SavingsPlan(api, wirral, wirral.Bodies[1], "2017/18", "qipp", 12_300_000m, 509_300_000m, 2.4m, ccg);
        // The documents give the CCG's allocation for 2017/18 only (W:392); it stands as the 2016/17 base here.
        var qipp = await SavingsPlan(api, wirral, wirral.Bodies[1], "2016/17", "qipp", 8_800_000m, 509_300_000m,
            null, ccg);
        var programme = await Saving(api, qipp, "QIPP programme 2016/17", 8_800_000m, ccg);
        await api.Post($"/api/v1/savings-plans/{qipp}/savings/{programme}/delivery",
            new { deliveredToDate = 3_800_000m }, ccg);
        await api.Post($"/api/v1/savings-plans/{qipp}/year-end", new { financialYear = "2016/17" }, ccg);
    }

    private static async Task<Guid> SavingsPlan(DemoClient api, Partners partners, Guid body, string year,
        string programme, decimal requirement, decimal budgetBase, decimal? statedPercentage, string token) =>
        DemoClient.Id(await api.Post($"/api/v1/partnerships/{partners.Id}/savings-plans", new
        {
            bodyId = body, financialYear = year, programme, requirement, budgetBase, statedPercentage,
        }, token));

    private static async Task<Guid> Saving(DemoClient api, Guid plan, string description, decimal amount,
        string token)
    {
        var updated = await api.Post($"/api/v1/savings-plans/{plan}/savings",
            new { description, amount, isOneOff = false }, token);
        return updated.GetProperty("savings").EnumerateArray().Last().GetProperty("id").GetGuid();
    }
}
