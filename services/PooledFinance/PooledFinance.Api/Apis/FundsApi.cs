using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Funds under an agreement, their budget lines (with W's pot rules on the way into a pool), the
/// append-only ledger, and the monthly position. Finance officers and pool managers change them;
/// commissioners and auditors read them.
/// </summary>
public static class FundsApi
{
    private static readonly PartnerTag Tag = FinanceTags.Funds;

    public static void MapFundsApi(this WebApplication app)
    {
        var agreement = app.MapGroup("/api/v1/agreements/{agreementId:guid}/funds");
        agreement.MapPost("/", Create)
            .RequireAuthorization(PooledFinancePolicies.KeepsThePoolBooks).RequirePartnerOf("agreementId")
            .Documented(Tag, "createFund", "Create a fund under the agreement",
                "A finance officer or pool manager of a partner creates a pooled or aligned fund, naming its host "
                + "body, pool manager and VAT model (W:682-683).", Status400BadRequest, Status404NotFound,
                Status422UnprocessableEntity)
            .WithExample(FinanceExamples.NewFund, FinanceExamples.Fund);
        agreement.MapGet("/", async (Guid agreementId, PooledFinanceStore store) =>
                (await store.Aggregates<Fund>().List(agreementId.ToString())).Select(FundView.Of).ToList())
            .RequireAuthorization(PooledFinancePolicies.ReadsTheFundBooks).RequirePartnerOf("agreementId")
            .Documented(Tag, "listFunds", "List the agreement's funds",
                "Every fund under the agreement, for its partners.");
        var fund = app.MapGroup("/api/v1/funds/{id:guid}");
        fund.MapGet("/", async (Guid id,
            PooledFinanceStore store) => FundView.Of(await store.Aggregates<Fund>().Get(id)))
            .RequireAuthorization(PooledFinancePolicies.ReadsTheFundBooks).RequirePartnerOfFund("id")
            .Documented(Tag, "getFund", "Read a fund", "The fund, its grants and contingency.", Status404NotFound);
        fund.MapGet("/budget-lines", async (Guid id, PooledFinanceStore store) =>
                (await store.Aggregates<BudgetLine>().List(id.ToString())).Select(BudgetLineView.Of).ToList())
            .RequireAuthorization(PooledFinancePolicies.ReadsTheFundBooks).RequirePartnerOfFund("id")
            .Documented(Tag, "listBudgetLines", "List the fund's budget lines",
                "Every partner's lines in every year (open book, W:716).", Status404NotFound);
        fund.MapPost("/budget-lines", AddLine).RequireAuthorization(PooledFinancePolicies.KeepsThePoolBooks)
            .Documented(Tag, "addBudgetLine", "Add a budget line",
                "The owning body's finance officer adds its line (W:618) and its budget is posted on the year's first "
                + "day; a line moves into a pool only with a recorded risk assessment (W:620); a code is used once "
                + "per fund and year.", Status400BadRequest, Status404NotFound, Status409Conflict,
                Status422UnprocessableEntity)
            .WithExample(FinanceExamples.NewBudgetLine, FinanceExamples.BudgetLine);
        fund.MapGet("/position", async (Guid id, string financialYear, int month, PooledFinanceStore store) =>
                FundPositionView.Of(await (await FundBooks.Load(store, id))
                    .PositionAsync(FinancialYear.Parse(financialYear), month)))
            .RequireAuthorization(PooledFinancePolicies.ReadsTheFundBooks).RequirePartnerOfFund("id")
            .Documented(Tag, "getFundPosition", "Read the fund's monthly position",
                "Budget, committed, actual and forecast per line, per partner and in total at the end of month 1 "
                + "(April) to 12 (March) of the financial year.", Status400BadRequest, Status404NotFound);
    }

    private static async Task<Created<FundView>> Create(Guid agreementId, NewFund r, PooledFinanceStore store)
    {
        var agreement = await store.Aggregates<Section75Agreement>().Get(agreementId, "agreementId");
        var fund = Fund.Create(agreement, r.Name, r.Kind, r.HostBodyId, r.PoolManager, r.VatModel);
        store.Aggregates<Fund>().Add(fund, key: agreementId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/funds/{fund.Id}", FundView.Of(fund));
    }

    /// <summary>
    /// Adds a line to the fund (into the pool, or aligned) and posts its budget to the ledger on the year's
    /// first day, referenced "budget:{year}:{code}"; a line code is used once per fund and year. Only the
    /// owning body's finance officer adds its lines (W:618: each partner's lines are its own).
    /// </summary>
    private static async Task<Created<BudgetLineView>> AddLine(Guid id, NewBudgetLine r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, id, ActorRole.FinanceOfficer);
        var books = await FundBooks.Load(store, id);
        var agreement = await store.Aggregates<Section75Agreement>().Get(books.Fund.AgreementId, "agreementId");
        agreement.RequirePartner(r.OwnerBodyId, "ownerBodyId");
        var year = FinancialYear.Parse(r.FinancialYear);
        books.RequireNewCode(year, r.Code);
        var line = BudgetLine.Create(r.OwnerBodyId, year, r.Code, r.Name, r.Pot, r.Amount, r.IsIncome);
        PoolAccess.RequireChange(actor, line);
        if (books.Fund.Kind.HoldsMonies())
            line.MoveIntoPool(books.Fund, r.RiskAssessment?.ToAssessment()
                ?? throw PooledFinanceApiRules.PooledWithRiskAssessment.Broken("riskAssessment",
                "Moving a line into a pool needs a recorded risk assessment (W:620)."));
        else line.AlignWith(books.Fund);
        store.Aggregates<BudgetLine>().Add(line, key: id.ToString());
        // Contracts and staffing forecasts that commit to this code in this year before its line existed commit now.
        books.StageNewLine(line, await books.HeldCommitments());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/funds/{id}/budget-lines", BudgetLineView.Of(line));
    }
}
