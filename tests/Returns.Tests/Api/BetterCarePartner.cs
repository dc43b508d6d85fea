using System.Net.Http.Json;
using Commissioning.Identity;
using static Commissioning.Testing.Answers;

namespace Returns.Tests.Api;

/// <summary>
/// Pooled finance, real, with W's partnership hosting a Better Care Fund (and no other fund) whose figures are the
/// S and W documents' own: the 2017/18 plan at the local minimum of £56m (S:22, S:29: "£56m in Staffordshire"), the
/// council's £30m and the CCG's £26m (BetterCarePlansApiTests' plan), a CCG budget of £509.3m whose 3% (S:22) is
/// £15,279,000; two schemes of the same £30m and £26m with £7.5m and £6.5m spent by 30 September 2017 and £1m more
/// in November; and the 2018/19 plan short on every count: £29.9m and £14m against the £56m minimum and the CCG's
/// £15,279,000, a national condition unmet, one £30m scheme.
/// </summary>
public sealed class BetterCarePartner : PooledFinancePartner
{
    public const decimal CcgBudget = 509_300_000m;

    protected override async Task Funds()
    {
        var bcf = await Fund("Wirral Better Care Fund", "better-care-fund", "BCF pool manager");
        var social = await Line(bcf, Bodies[0], Council, "BCF-ASC", "Protecting adult social care", 30_000_000m);
        var community = await Line(bcf, Bodies[1], Ccg, "BCF-COMM", "Community health services", 26_000_000m);
        await Post(bcf, social, "actual", 7_500_000m, "2017-08-31");
        await Post(bcf, community, "actual", 6_500_000m, "2017-09-15", Ccg);
        await Post(bcf, social, "actual", 1_000_000m, "2017-11-30");
        await Plan(bcf, "2017/18", 30_000_000m, 26_000_000m, true);
        await Line(bcf, Bodies[0], Council, "BCF-ASC", "Protecting adult social care", 30_000_000m, "2018/19");
        await Plan(bcf, "2018/19", 29_900_000m, 14_000_000m, false);
    }

    private async Task Plan(Guid fund, string financialYear, decimal council, decimal ccg, bool conditionsMet)
    {
        using var manager = Client(Council, Roles.PoolManager);
        await Ok(manager.PostAsJsonAsync($"/api/v1/funds/{fund}/bcf-plans", new
        {
            financialYear, councilBodyId = Bodies[0], ccgBodyId = Bodies[1], ccgBudget = CcgBudget,
            transferTiming = "upfront", localMinimum = 56_000_000m, statedTotal = (decimal?)null,
            contributions = new[]
            {
                new { bodyId = Bodies[0], source = "Council contribution, including iBCF", amount = council },
                new { bodyId = Bodies[1], source = "CCG contribution", amount = ccg },
            },
            conditions = new[]
            {
                new { name = "Plans jointly agreed", met = true, evidence = "HWB, 10 April 2014" },
                new { name = "Protection for social care services", met = conditionsMet, evidence = "HWB minutes" },
            },
        }));
    }
}
