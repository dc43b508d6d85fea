using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Position;

namespace PooledFinance.Api.Apis;

public sealed record NewFund(string Name, FundKind Kind, Guid HostBodyId, string PoolManager, VatModel VatModel);
public sealed record NewBudgetLine(Guid OwnerBodyId, string FinancialYear, string Code, string Name, Pot Pot, decimal Amount,
    RiskAssessment? RiskAssessment, bool IsIncome = false);

/// <summary>
/// Funds under an agreement, their budget lines (with W's pot rules on the way into a pool), the
/// append-only ledger, and the monthly position. Finance officers and pool managers change them;
/// commissioners and auditors read them.
/// </summary>
public static class FundsApi
{
    private static readonly string[] Finance = [Roles.FinanceOfficer, Roles.PoolManager];
    private static readonly string[] Readers = [Roles.FinanceOfficer, Roles.PoolManager, Roles.Commissioner, Roles.Auditor];

    public static void MapFundsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/agreements/{agreementId:guid}/funds", Create).WithTags("Funds")
            .RequireAuthorization(p => p.RequireRole(Finance)).RequirePartnerOf("agreementId");
        app.MapGet("/api/v1/agreements/{agreementId:guid}/funds", async (Guid agreementId, PooledFinanceStore store) =>
                await store.Aggregates<Fund>().List(agreementId.ToString()))
            .WithTags("Funds").RequireAuthorization(p => p.RequireRole(Readers)).RequirePartnerOf("agreementId");
        var fund = app.MapGroup("/api/v1/funds/{id:guid}").WithTags("Funds");
        fund.MapGet("/", async (Guid id, PooledFinanceStore store) => await store.Aggregates<Fund>().Get(id))
            .RequireAuthorization(p => p.RequireRole(Readers)).RequirePartnerOfFund("id");
        fund.MapGet("/budget-lines", async (Guid id, PooledFinanceStore store) => await store.Aggregates<BudgetLine>().List(id.ToString()))
            .RequireAuthorization(p => p.RequireRole(Readers)).RequirePartnerOfFund("id");
        fund.MapPost("/budget-lines", AddLine).RequireAuthorization(p => p.RequireRole(Finance));
        fund.MapGet("/position", async (Guid id, string financialYear, int month, PooledFinanceStore store) =>
                await (await FundBooks.Load(store, id)).PositionAsync(FinancialYear.Parse(financialYear), month))
            .RequireAuthorization(p => p.RequireRole(Readers)).RequirePartnerOfFund("id");
    }

    private static async Task<IResult> Create(Guid agreementId, NewFund r, PooledFinanceStore store)
    {
        var agreement = await store.Aggregates<Section75Agreement>().Get(agreementId, "agreementId");
        var fund = Fund.Create(agreement, r.Name, r.Kind, r.HostBodyId, r.PoolManager, r.VatModel);
        store.Aggregates<Fund>().Add(fund, key: agreementId.ToString());
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/funds/{fund.Id}", fund);
    }

    /// <summary>
    /// Adds a line to the fund (into the pool, or aligned) and posts its budget to the ledger on the year's
    /// first day, referenced "budget:{year}:{code}"; a line code is used once per fund and year. Only the
    /// owning body's finance officer adds its lines (W:618: each partner's lines are its own).
    /// </summary>
    private static async Task<IResult> AddLine(Guid id, NewBudgetLine r, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, id, ActorRole.FinanceOfficer);
        var books = await FundBooks.Load(store, id);
        var agreement = await store.Aggregates<Section75Agreement>().Get(books.Fund.AgreementId, "agreementId");
        agreement.RequirePartner(r.OwnerBodyId, "ownerBodyId");
        var year = FinancialYear.Parse(r.FinancialYear);
        if (books.Lines.Any(l => l.Year == year && string.Equals(l.Code, r.Code?.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw RuleViolation.AlreadyExists("code", $"{books.Fund.Name} already has a line {r.Code} in {year}.");
        var line = BudgetLine.Create(r.OwnerBodyId, year, r.Code, r.Name, r.Pot, r.Amount, r.IsIncome);
        PoolAccess.RequireChange(actor, line);
        if (books.Fund.Kind.HoldsMonies())
            line.MoveIntoPool(books.Fund, r.RiskAssessment ?? throw RuleViolation.Invalid("riskAssessment",
                "Moving a line into a pool needs a recorded risk assessment (W:620)."));
        else line.AlignWith(books.Fund);
        store.Aggregates<BudgetLine>().Add(line, key: id.ToString());
        if (line.SignedAmount != 0)
        {
            var ledger = FundLedger.Open(books.Fund);
            ledger.Post(line, EntryKind.Budget, line.SignedAmount, year.Start, $"budget:{year}:{line.Code}");
            books.Stage(ledger);
        }
        // Contracts that commit to this code in this year before its line existed commit now.
        foreach (var held in await store.Aggregates<ContractCommitment>().List(id.ToString()))
            await books.StageContractCommitment(held, [line], default);
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/funds/{id}/budget-lines", line);
    }
}
