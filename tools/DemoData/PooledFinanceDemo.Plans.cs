using Commissioning.Identity;

namespace DemoData;

/// <summary>
/// A partnership as the demo set it up: its id, its Section 75 agreement and its bodies (council first).
/// </summary>
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

    /// <summary>
    /// Plymouth's pooled fund three-year plan and benefits schedule (P:L306-332, £k as pounds), as the partners
    /// wrote it: the platform reports its three mismatches rather than correcting them. The tests state it too.
    /// </summary>
    public static object PlymouthPoolPlan => new
    {
        title = "Pooled fund 3 year plan (P:L306-332)",
        years = new[]
        {
            PlanYear("2015/16", [17_158, 184_408, 109_829, 151_414, 18_142, -32_728, 0], 448_223, 421_481, 26_742,
                12_442, 14_300),
            PlanYear("2016/17", [17_158, 183_254, 112_820, 150_421, 18_240, -32_730, 0], 449_161, 424_196, 24_965,
                12_442, 12_523),
            PlanYear("2017/18", [17_158, 186_349, 114_894, 148_768, 18_313, -32_733, 0], 452_749, 428_965, 23_784,
                10_887, 12_897),
        },
        benefitsSchedule = new[]
        {
            BenefitsYear("2015/16", [0, 4_276, 234, 0, 200, 9_590], 14_300),
            BenefitsYear("2016/17", [500, 7_901, 234, 0, 200, 3_687], 12_522),
            BenefitsYear("2017/18", [1_000, 11_608, 234, 0, 200, -146], 12_896),
        },
    };

    private static readonly string[] Groupings =
        ["Wellbeing", "Community and bed based", "Bed Based", "Acute", "Staffing", "Income", "Support costs"];

    private static readonly string[] Schemes = ["Integrated Provision", "Integrated Commissioning",
        "Cooperative CYPS", "Care Act", "People Directorate review", "Further QIPP savings"];

    /// <summary>
    /// One plan year in £k: its lines, then total, resource limit, overspend, planned deficit, benefits.
    /// </summary>
    public static object PlanYear(string year, decimal[] lines, params decimal[] k) => new
    {
        financialYear = year, lines = Thousands(Groupings, lines), statedTotalPlannedSpend = k[0] * 1000,
        resourceLimit = k[1] * 1000, statedOverSpend = k[2] * 1000, plannedDeficit = k[3] * 1000,
        statedBenefits = k[4] * 1000,
    };

    private static object BenefitsYear(string year, decimal[] k, decimal total) =>
        new { financialYear = year, schemes = Thousands(Schemes, k), statedTotal = total * 1000 };

    private static object Thousands(string[] names, decimal[] thousands) =>
        thousands.Zip(names, (k, name) => new { name, amount = k * 1000 });

    private static Task PoolPlan(DemoClient api, Partners plymouth) =>
        api.Post($"/api/v1/agreements/{plymouth.Agreement}/pool-plans", PlymouthPoolPlan,
            Token(PlymouthCouncil, Roles.PoolManager));

    /// <summary>
    /// Wirral's Better Care Fund for 2017/18 (W:398): £47.9m stated, the council's £22.5m (including iBCF) and the
    /// CCG's £25.5m contributed, which make £48.0m; the plan shows the difference rather than hiding it.
    /// </summary>
    private static async Task BetterCarePlan(DemoClient api, Partners wirral)
    {
        var fund = DemoClient.Id(await api.Post($"/api/v1/agreements/{wirral.Agreement}/funds", new
        {
            name = "Wirral Better Care Fund", kind = "better-care-fund", hostBodyId = wirral.Bodies[0],
            poolManager = "BCF pool manager", vatModel = "lead-commissioner",
        }));
        await api.Post($"/api/v1/funds/{fund}/bcf-plans", new
        {
            financialYear = "2017/18", councilBodyId = wirral.Bodies[0], ccgBodyId = wirral.Bodies[1],
            ccgBudget = 509_300_000m, statedTotal = 47_900_000m,
            contributions = new[]
            {
                new { bodyId = wirral.Bodies[0], source = "Council contribution, including iBCF",
                    amount = 22_500_000m },
                new { bodyId = wirral.Bodies[1], source = "CCG contribution", amount = 25_500_000m },
            },
        });
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
