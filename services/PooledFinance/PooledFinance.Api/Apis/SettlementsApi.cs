using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.Planning;
using PooledFinance.Domain.Settlement;
using static Microsoft.AspNetCore.Http.StatusCodes;
using Commissioning.ServiceDefaults;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Year-end risk and gain share. The agreement's terms name the rule (P's 75/25 working split,
/// contribution-proportional, share profiles, W's non-recurring social-care pressures with the
/// council; treasury income and a transformation pot on their own splits). Any partner previews the
/// share without saving it; only the host's pool manager runs it; each partner's approver (its
/// commissioner) approves it for its own body, and the last approval applies surplus shares to the
/// owner's debts first (W:434).
/// </summary>
public static class SettlementsApi
{
    private static readonly PartnerTag Tag = FinanceTags.Settlements;

    public static void MapSettlementsApi(this WebApplication app)
    {
        app.MapPut("/api/v1/agreements/{id:guid}/settlement-terms", ChooseTerms)
            .RequireAuthorization(PooledFinancePolicies.ChoosesSettlementTerms)
            .Documented(Tag, "chooseSettlementTerms", "Choose the agreement's settlement terms",
                "A partner's commissioner or pool manager records the share rule its partners signed: in proportion "
                + "to contributions, a fixed split, W's non-recurring social care with the council, or share profiles "
                + "per line; treasury income and a transformation pot may have their own.", Status400BadRequest,
                Status404NotFound, Status422UnprocessableEntity);
        var settlements = app.MapGroup("/api/v1/funds/{fundId:guid}/settlements");
        settlements.MapGet("/preview", Preview).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "previewSettlement", "Preview the year's settlement",
                "Any partner sees the share the stored books give, with its arithmetic and, where the agreement has a "
                + "pool plan for the year, the outturn against it and any shortfall; nothing is saved.",
                Status400BadRequest, Status404NotFound, Status422UnprocessableEntity);
        settlements.MapPost("/", Run).RequireAuthorization(PooledFinancePolicies.RunsSettlements)
            .Documented(Tag, "runSettlement", "Run the year's settlement",
                "Only the host's pool manager runs it, once a year, from month 12's forecast outturn less budget "
                + "per line and each partner's agreed contributions, measured against the pool plan for the year "
                + "(poolPlanId, or the agreement's only one); a shortfall against it is announced.",
                Status400BadRequest, Status404NotFound,
                Status409Conflict, Status422UnprocessableEntity);
        settlements.MapGet("/", async (Guid fundId, ClaimsPrincipal user, PooledFinanceStore store) =>
        {
            await PoolCaller.OpenFund(store, user, fundId);
            return (await store.Aggregates<RiskShareSettlement>().List(fundId.ToString())).Select(SettlementView.Of)
                .ToList();
        }).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listSettlements", "List the fund's settlements",
                "Every settlement run, with its arithmetic.",
                Status404NotFound);
        settlements.MapGet("/{id:guid}", async (Guid fundId, Guid id, ClaimsPrincipal user, PooledFinanceStore store) =>
        {
            await PoolCaller.OpenFund(store, user, fundId);
            return SettlementView.Of(await Load(store, fundId, id));
        }).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "getSettlement", "Read a settlement", "The settlement, its approvals and arithmetic.",
                Status404NotFound);
        settlements.MapPost("/{id:guid}/approvals", Approve)
            .RequireAuthorization(PooledFinancePolicies.ApprovesSettlements)
            .Documented(Tag, "approveSettlement", "Approve the settlement for a partner body",
                "Each partner's approver approves for its own body; the last approval applies surplus shares to the "
                + "owner's debts first (W:434). decisionId, optional so earlier callers keep working, points at the "
                + "body's recorded settlement decision and is kept.", Status400BadRequest, Status404NotFound,
                Status422UnprocessableEntity);
    }

    /// <summary>
    /// Decision: the terms are part of the agreement its partners signed, so a partner's commissioner or
    /// pool manager records them.
    /// </summary>
    private static async Task<AgreementView> ChooseTerms(Guid id, SettlementTermsView terms, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (agreement, _) = await PoolCaller.OpenAgreement(store, user, id);
        agreement.ChooseSettlementTerms(terms.ToTerms());
        await store.SaveChangesAsync();
        return AgreementView.Of(agreement);
    }

    private static async Task<SettlementView> Preview(Guid fundId, string financialYear, string[]? nonRecurring,
        string[]? treasuryIncome, string[]? transformationPot, Guid[]? deficitsInVariance, Guid? poolPlanId,
        ClaimsPrincipal user, PooledFinanceStore store, TimeProvider clock)
    {
        var run = new SettlementRun(financialYear, nonRecurring, treasuryIncome, transformationPot,
            DeficitsInVariance: deficitsInVariance, PoolPlanId: poolPlanId);
        var (settlement, _) = await Calculate(store, clock, user, fundId, run, ActorRole.Reader);
        return SettlementView.Of(settlement) with { Preview = true };
    }

    private static async Task<Created<SettlementView>> Run(Guid fundId, SettlementRun r, ClaimsPrincipal user,
        PooledFinanceStore store, TimeProvider clock)
    {
        var (settlement, _) = await Calculate(store, clock, user, fundId, r, ActorRole.PoolManager);
        var existing = await store.Aggregates<RiskShareSettlement>().List(fundId.ToString());
        if (existing.Any(s => s.Year == settlement.Year))
            throw SettlementRules.RunOnceAYear.Broken("financialYear",
                $"The {settlement.Year} settlement has already been run; preview changes instead.");
        store.Aggregates<RiskShareSettlement>().Add(settlement, key: fundId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/funds/{fundId}/settlements/{settlement.Id}",
            SettlementView.Of(settlement));
    }

    private static async Task<SettlementView> Approve(Guid fundId, Guid id, SettlementApprovalRequest r,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (_, agreement, actor) = await PoolCaller.OpenFund(store, user, fundId, ActorRole.Approver);
        PoolAccess.RequireApproveFor(actor, r.PartnerBodyId);
        var settlement = await Load(store, fundId, id);
        var debts = await store.Aggregates<DebtObligation>().List(agreement.Id.ToString());
        settlement.RecordApproval(agreement, new PartnerApproval(r.PartnerBodyId, r.ApprovingBody,
            r.DelegationReference, r.ApprovedOn), debts, await DecisionsApi.Authorising(store, r.DecisionId));
        await store.SaveChangesAsync();
        return SettlementView.Of(settlement);
    }

    /// <summary>
    /// Calculates the year's settlement from the stored books: each line's year-end variance (month 12
    /// forecast outturn less budget), each partner's agreed contributions, and the prior-year deficits,
    /// never shared (subtracted and charged to their owner when the figures include them); and, where the
    /// agreement has a pool plan for the year, the fund's month 12 outturn against it (see PoolPlan.For).
    /// Decision: a line owned by a council counts as social care for W's rule.
    /// </summary>
    private static async Task<(RiskShareSettlement, Actor)> Calculate(PooledFinanceStore store, TimeProvider clock,
        ClaimsPrincipal user, Guid fundId, SettlementRun r, ActorRole capacity)
    {
        var (fund, agreement, actor) = await PoolCaller.OpenFund(store, user, fundId, capacity);
        if (capacity == ActorRole.PoolManager) PoolAccess.RequirePoolManagerOf(actor, fund, "runs its settlement");
        var year = FinancialYear.Parse(r.FinancialYear);
        var position = await (await FundBooks.Load(store, fundId)).PositionAsync(year, 12);
        var codes = position.Lines.Select(l => l.Code).ToHashSet();
        RequireCodes(codes, r.NonRecurring, "nonRecurring");
        RequireCodes(codes, r.TreasuryIncome, "treasuryIncome");
        RequireCodes(codes, r.TransformationPot, "transformationPot");
        var partnership = await store.Aggregates<Partnership>().Get(agreement.PartnershipId, "partnershipId");
        var councils = partnership.Bodies.Where(b => b.Kind.IsLocalAuthority()).Select(b => b.Id).ToHashSet();

        var items = position.Lines.Select(l => new SettlementItem($"{l.Code} {l.Name}", l.Figures.Variance,
            r.TreasuryIncome?.Contains(l.Code) == true ? VarianceCategory.TreasuryIncome
                : r.TransformationPot?.Contains(l.Code) == true ? VarianceCategory.TransformationPot
                : VarianceCategory.Pool,
            l.BudgetLineId, Recurring: r.NonRecurring?.Contains(l.Code) != true,
                SocialCare: councils.Contains(l.OwnerBodyId))).ToList();
        var contributions = (await store.Aggregates<Contribution>().List(fundId.ToString()))
            .Where(c => c.Year == year && c.Status == ContributionStatus.Agreed)
            .GroupBy(c => c.PartnerBodyId).Select(g => new PartnerAmount(g.Key, g.Sum(c => c.Total))).ToList();
        var debts = await store.Aggregates<DebtObligation>().List(agreement.Id.ToString());
        var deficits = debts.Where(d => d.Kind == DebtKind.PriorYearDeficit && d.Outstanding > 0).ToList();
        var unknown = (r.DeficitsInVariance ?? []).Where(id => deficits.All(d => d.Id != id)).ToList();
        SettlementRules.DeficitsInVarianceKnown.Require(unknown.Count == 0, "deficitsInVariance",
            $"No outstanding prior-year deficit of the agreement has the id {string.Join(", ", unknown)}.");
        var openingDeficits = deficits.Select(d => new OpeningDeficit(d.OwnerBodyId, d.Description, d.Outstanding,
            r.DeficitsInVariance?.Contains(d.Id) == true)).ToList();
        var plan = PoolPlan.For(year, await store.Aggregates<PoolPlan>().List(agreement.Id.ToString()),
            (await store.Aggregates<Fund>().List(agreement.Id.ToString())).Count, r.PoolPlanId);

        var settlement = RiskShareSettlement.Calculate(agreement, fund, year, new SettlementInputs(items,
            contributions, openingDeficits, plan is null ? null : new PlanOutturn(plan.PositionFor(year),
                position.Total.Forecast)),
            debts, r.CalculatedOn ?? clock.LondonToday());
        return (settlement, actor);
    }

    private static void RequireCodes(HashSet<string> codes, IReadOnlyList<string>? named, string field)
    {
        var unknown = (named ?? []).Where(c => !codes.Contains(c)).ToList();
        SettlementRules.LinesNamedKnown.Require(unknown.Count == 0, field,
            $"No line of the fund has the code {string.Join(", ", unknown)}.");
    }

    private static async Task<RiskShareSettlement> Load(PooledFinanceStore store, Guid fundId, Guid id)
    {
        var settlement = await store.Aggregates<RiskShareSettlement>().Get(id);
        return settlement.FundId == fundId ? settlement : throw RuleViolation.NotFound("id",
            $"{id} is not a settlement of this fund.");
    }
}
