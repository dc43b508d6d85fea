using System.Text.Json;
using Commissioning.Identity;

namespace DemoData;

/// <summary>
/// The two partnerships of the seed documents: Wirral (W: Wirral Council and NHS Wirral CCG, the
/// 2017/18 integrated commissioning hub) and Plymouth (P: Plymouth City Council and NEW Devon CCG,
/// "One System One Budget" with its 3-month notice), each with a pooled fund, its lines, each
/// partner's contribution in four quarterly instalments, a forecast, and its settlement terms, so a
/// partner can read the monthly position and a settlement preview of both.
/// </summary>
public static partial class PooledFinanceDemo
{
    /// <summary>
    /// Wirral's pooled fund and the council's body in it, which the contracts and care packages demos fund from, and
    /// the Section 75 agreement the fund is under, which the council's delegation to CWP depends on, and the
    /// council's recorded decision that authorises that award.
    /// </summary>
    public sealed record WirralFund(Guid Id, Guid CouncilBodyId, Guid AgreementId, Guid AwardDecisionId);

    private sealed record Body(string Name, string Kind, string Code);

    private static readonly Body WirralCouncil = new("Wirral Council", "council", "E08000015");
    private static readonly Body WirralCcg = new("NHS Wirral CCG", "clinical-commissioning-group", "12F");
    private static readonly Body PlymouthCouncil = new("Plymouth City Council", "council", "E06000026");
    private static readonly Body PlymouthCcg = new("NHS Northern, Eastern and Western Devon CCG", "clinical-commissioning-group", "99P");

    public static async Task<WirralFund> Load(DemoClient api)
    {
        // W 2017/18 (£m): the Pot A lines pooled under s75 (W:615-618): 519.7 of 618.3.
        var wirral = await Partnership(api, "Wirral Integrated Commissioning Hub", WirralCouncil, WirralCcg,
            new DateOnly(2017, 4, 1), staged: true);
        var wirralFund = await PooledFund(api, wirral, [WirralCouncil, WirralCcg], "Wirral pooled fund", "2017/18",
            ("COUNCIL-ASC", "Adult social care (Pot A)", 0, 73_900_000m),
            ("CCG-COMMISSIONED", "CCG commissioned services (Pot A)", 1, 420_200_000m),
            ("PUBLIC-HEALTH", "Public health (Pot A)", 0, 25_600_000m));
        // Each partner contributes its Pot A lines: the council's basis is adult social care, with public health as an adjustment line.
        await Contribution(api, wirralFund, wirral.Bodies[0], WirralCouncil, "2017/18", "Adult social care budget (Pot A)", 73_900_000m,
            ("Public health grant lines (Pot A)", 25_600_000m));
        await Contribution(api, wirralFund, wirral.Bodies[1], WirralCcg, "2017/18", "CCG commissioned services (Pot A)", 420_200_000m);
        // W:666: £1.9m of the council's 2017/18 savings "yet to be identified" is forecast as an adult social care pressure.
        await Forecast(api, wirralFund, WirralCouncil, "COUNCIL-ASC", 75_800_000m, "2017-09-30");
        // W:433-434: non-recurring social care pressures stay with the council; the rest is shared on contributions.
        await api.Put($"/api/v1/agreements/{wirral.Agreement}/settlement-terms", new
        {
            pool = new { rule = "nonRecurringSocialCareWithCouncil", councilBodyId = wirral.Bodies[0], shared = new { rule = "proportionalToContributions" } },
        });
        // W:434: NHS England's £9.8m top-slice stays with the CCG, outside the pool; its surplus share goes there first.
        await api.Post($"/api/v1/agreements/{wirral.Agreement}/debts", new
        {
            ownerBodyId = wirral.Bodies[1], kind = "top-slice", description = "NHS England allocation top-slice to repay earlier deficits (W:434)",
            incurredIn = "2018/19", amount = 9_800_000m,
        }, Token(WirralCcg, Roles.FinanceOfficer));

        await SavingsPlans(api, wirral);
        await BetterCarePlan(api, wirral);

        // P 2015/16: contributions of £321m (CCG) and £100m (council), "75%/25% for working purposes".
        var plymouth = await Partnership(api, "Plymouth One System One Budget", PlymouthCouncil, PlymouthCcg, new DateOnly(2015, 4, 1));
        var plymouthFund = await PooledFund(api, plymouth, [PlymouthCouncil, PlymouthCcg], "Plymouth integrated fund", "2015/16",
            ("PCC-CONTRIBUTION", "Council contribution", 0, 100_000_000m),
            ("CCG-CONTRIBUTION", "CCG contribution", 1, 321_000_000m));
        await Contribution(api, plymouthFund, plymouth.Bodies[0], PlymouthCouncil, "2015/16", "What the council would have spent itself (P:L372)", 100_000_000m);
        await Contribution(api, plymouthFund, plymouth.Bodies[1], PlymouthCcg, "2015/16", "What the CCG would have spent itself (P:L372)", 321_000_000m);
        // P:L306-321: planned spend £448,223k against the £421,481k resource limit, an overspend of £26,742k.
        await Forecast(api, plymouthFund, PlymouthCcg, "CCG-CONTRIBUTION", 347_742_000m, "2015-09-30");
        await PoolPlan(api, plymouth);
        // P:L386-387: 75/25 for working purposes and for treasury income; P:L940: the transformation pot 50/50.
        await api.Put($"/api/v1/agreements/{plymouth.Agreement}/settlement-terms", new
        {
            pool = Split(plymouth.Bodies[1], 75m, plymouth.Bodies[0], 25m),
            treasuryIncome = Split(plymouth.Bodies[1], 75m, plymouth.Bodies[0], 25m),
            transformationPot = Split(plymouth.Bodies[1], 50m, plymouth.Bodies[0], 50m),
        }, Token(PlymouthCouncil, Roles.Commissioner));

        // Open book covers a partner's own partnership only, so Plymouth's pool needs a Plymouth partner's token.
        Console.WriteLine($"""
            Pooled finance for partners (monthly position, joint report with &format=csv or &format=svg, settlement preview):
              Wirral, with the Wirral Council token printed below:
                GET /api/v1/funds/{wirralFund.Id}/position?financialYear=2017/18&month=6
                GET /api/v1/funds/{wirralFund.Id}/report?financialYear=2017/18&month=6
                GET /api/v1/funds/{wirralFund.Id}/settlements/preview?financialYear=2017/18
                GET /api/v1/funds/{wirralFund.Id}/settlements/preview?financialYear=2017/18&nonRecurring=COUNCIL-ASC
                GET /api/v1/partnerships/{wirral.Id}/savings-plans
              Plymouth, with this NEW Devon CCG finance officer's token (8 hours):
                GET /api/v1/funds/{plymouthFund.Id}/position?financialYear=2015/16&month=6
                GET /api/v1/funds/{plymouthFund.Id}/report?financialYear=2015/16&month=6
                GET /api/v1/funds/{plymouthFund.Id}/settlements/preview?financialYear=2015/16
                GET /api/v1/agreements/{plymouth.Agreement}/pool-plans
            {Token(PlymouthCcg, Roles.FinanceOfficer)}
            """);
        return new WirralFund(wirralFund.Id, wirral.Bodies[0], wirral.Agreement, await AwardDecision(api, wirral));
    }

    private static object Split(Guid first, decimal firstPercent, Guid second, decimal secondPercent) => new
    {
        rule = "fixedSplit",
        percentages = new[] { new { partnerBodyId = first, amount = firstPercent }, new { partnerBodyId = second, amount = secondPercent } },
    };

    /// <summary>Proposes and agrees a partner's contribution as that body's own finance officer, in four quarterly instalments.</summary>
    private static async Task Contribution(DemoClient api, (Guid Id, Dictionary<string, Guid> Lines) fund, Guid bodyId, Body body, string year,
        string basis, decimal basisAmount, params (string Description, decimal Amount)[] adjustments)
    {
        var token = Token(body, Roles.FinanceOfficer);
        var contribution = await api.Post($"/api/v1/funds/{fund.Id}/contributions", new
        {
            partnerBodyId = bodyId, financialYear = year, basis, basisAmount, source = "revenue-budget",
            adjustments = adjustments.Select(a => new { description = a.Description, amount = a.Amount, recordedOn = $"{year[..4]}-03-01" }),
        }, token);
        await api.Post($"/api/v1/funds/{fund.Id}/contributions/{DemoClient.Id(contribution)}/agreement",
            new { agreedOn = $"{year[..4]}-03-15", frequency = "quarterly" }, token);
    }

    /// <summary>A forecast outturn for a line, posted by the finance officer of the body that owns it.</summary>
    private static Task Forecast(DemoClient api, (Guid Id, Dictionary<string, Guid> Lines) fund, Body owner, string code,
        decimal outturn, string postingDate) =>
        api.Post($"/api/v1/funds/{fund.Id}/ledger", new
        {
            budgetLineId = fund.Lines[code], kind = "forecast", amount = outturn, postingDate, reference = $"forecast:{code}:{postingDate}",
        }, Token(owner, Roles.FinanceOfficer));

    /// <summary>A development token for one partner body's user.</summary>
    private static string Token(Body body, params string[] roles) =>
        DemoClient.Token($"demo-{body.Code.ToLowerInvariant()}", body.Code, body.Kind == "council" ? "council" : "nhs", roles);

    /// <summary>A pooled fund hosted by the first body, set up by its finance officer; each line added by its owner's finance officer.</summary>
    private static async Task<(Guid Id, Dictionary<string, Guid> Lines)> PooledFund(DemoClient api, Partners partners,
        Body[] bodies, string name, string year, params (string Code, string Name, int Owner, decimal Amount)[] lines)
    {
        var fund = await api.Post($"/api/v1/agreements/{partners.Agreement}/funds", new
        {
            name, kind = "pooled", hostBodyId = partners.Bodies[0], poolManager = "Director of Finance", vatModel = "lead-commissioner",
        }, Token(bodies[0], Roles.FinanceOfficer, Roles.PoolManager));
        var ids = new Dictionary<string, Guid>();
        foreach (var line in lines)
            ids[line.Code] = DemoClient.Id(await api.Post($"/api/v1/funds/{DemoClient.Id(fund)}/budget-lines", new
            {
                ownerBodyId = partners.Bodies[line.Owner], financialYear = year, code = line.Code, name = line.Name, pot = "a",
                amount = line.Amount, riskAssessment = new { reference = $"RA-{year}", assessedBy = "Joint Finance Group", assessedOn = $"{year[..4]}-03-15" },
            }, Token(bodies[line.Owner], Roles.FinanceOfficer)));
        return (DemoClient.Id(fund), ids);
    }

    /// <param name="staged">
    /// Whether the partners' three approval stages are recorded as decisions before they sign (Wirral's are), each
    /// signature then citing its body's formal-s75 decision.
    /// </param>
    private static async Task<Partners> Partnership(DemoClient api, string name, Body council, Body nhs,
        DateOnly termStart, bool staged = false)
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
        var formal = staged ? await Stages(api, agreementId, partnership, termStart) : [];
        foreach (var body in partnership.GetProperty("bodies").EnumerateArray())
        {
            var bodyId = body.GetProperty("id").GetGuid();
            await api.Post($"/api/v1/agreements/{agreementId}/approvals", new
            {
                partnerBodyId = bodyId,
                approvingBody = BodyOf(body),
                delegationReference = $"{body.GetProperty("name").GetString()} decision of {termStart.AddMonths(-1):d MMMM yyyy}",
                approvedOn = termStart.AddMonths(-1),
                decisionId = formal.TryGetValue(bodyId, out var decision) ? decision : (Guid?)null,
            });
        }
        await api.Post($"/api/v1/agreements/{agreementId}/in-force", new { from = termStart });
        return new Partners(DemoClient.Id(partnership), agreementId,
            partnership.GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ToArray());
    }

    private static string BodyOf(JsonElement body) =>
        body.GetProperty("kind").GetString() == "council" ? "Cabinet" : "Governing Body";

    /// <summary>
    /// Each partner's approval in principle, heads of terms and formal s75 decision, in S:114-118's months for a term
    /// starting <paramref name="termStart"/> (February, September and January of the years before; W dates none of
    /// them), the formal s75 after its legal scrutiny (P:L423). Returns each body's formal-s75 decision.
    /// </summary>
    private static async Task<Dictionary<Guid, Guid>> Stages(DemoClient api, Guid agreementId, JsonElement partnership,
        DateOnly termStart)
    {
        var bodies = partnership.GetProperty("bodies").EnumerateArray().ToList();
        var year = termStart.Year;
        var formal = new Dictionary<Guid, Guid>();
        foreach (var (stage, first) in new[]
        {
            ("approval-in-principle", new DateOnly(year - 1, 2, 22)), ("heads-of-terms", new DateOnly(year - 1, 9, 19)),
            ("formal-agreement", new DateOnly(year, 1, 23)),
        })
        {
            if (stage == "formal-agreement")
                await api.Post($"/api/v1/agreements/{agreementId}/legal-scrutiny", new
                {
                    scrutinisedBy = "Independent solicitors", reference = $"LS/{year}/01",
                    completedOn = first.AddDays(-14),
                });
            for (var i = 0; i < bodies.Count; i++)
            {
                var id = bodies[i].GetProperty("id").GetGuid();
                var decision = await api.Post($"/api/v1/agreements/{agreementId}/decisions", new
                {
                    partnerBodyId = id, body = BodyOf(bodies[i]), decidedOn = first.AddDays(14 * i), stage,
                    subject = $"Section 75 agreement: {stage.Replace('-', ' ')}",
                    delegations = new[]
                    {
                        new
                        {
                            partnerBodyId = id,
                            reference = $"{bodies[i].GetProperty("name").GetString()} scheme of delegation",
                        },
                    },
                });
                if (stage == "formal-agreement") formal[id] = DemoClient.Id(decision);
            }
        }
        return formal;
    }

    /// <summary>
    /// The council's decision to delegate assessment and care planning to CWP under the s75 (A §3.8 L768), dated
    /// with W's Cabinet of 27.11.17 (W:24); the documents do not say which meeting authorised the delegation.
    /// </summary>
    private static async Task<Guid> AwardDecision(DemoClient api, Partners wirral) => DemoClient.Id(await api.Post(
        $"/api/v1/agreements/{wirral.Agreement}/decisions", new
        {
            partnerBodyId = wirral.Bodies[0], body = "Cabinet", decidedOn = "2017-11-27", stage = "contract-award",
            subject = "Section 75 delegation of all-age disability and mental health assessment and care planning "
                + "to CWP",
            delegations = new[]
            {
                new { partnerBodyId = wirral.Bodies[0], reference = "Wirral Council scheme of delegation" },
            },
        }));
}
