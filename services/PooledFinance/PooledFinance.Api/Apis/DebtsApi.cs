using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Contributions;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Debt obligations held outside every pool under the agreement (W:427-434): prior-year deficits,
/// NHS England top-slices, contingency repayments. Each belongs to one partner, who alone records
/// and repays it; the others read it (open book). A partner's surplus share goes to its own debts
/// first when a settlement is approved (see <see cref="SettlementsApi"/>).
/// </summary>
public static class DebtsApi
{
    private static readonly PartnerTag Tag = FinanceTags.Debts;

    public static void MapDebtsApi(this WebApplication app)
    {
        var debts = app.MapGroup("/api/v1/agreements/{agreementId:guid}/debts");
        debts.MapGet("/", async (Guid agreementId, ClaimsPrincipal user, PooledFinanceStore store) =>
        {
            await PoolCaller.OpenAgreement(store, user, agreementId);
            return (await store.Aggregates<DebtObligation>().List(agreementId.ToString())).Select(DebtView.Of).ToList();
        }).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listDebts", "List the agreement's debts",
                "Every partner's debts held outside the pools (open book).", Status404NotFound);
        debts.MapPost("/", Register).RequireAuthorization(PooledFinancePolicies.RecordsDebts)
            .Documented(Tag, "registerDebt", "Register a debt",
                "The owning body's finance officer records a prior-year deficit, a top-slice or a contingency "
                + "repayment it owes (W:427-434).", Status400BadRequest, Status404NotFound,
                Status422UnprocessableEntity);
        debts.MapPost("/{id:guid}/repayments", Repay).RequireAuthorization(PooledFinancePolicies.RecordsDebts)
            .Documented(Tag, "repayDebt", "Record a repayment",
                "The owner repays from its own funds, never more than is outstanding.", Status400BadRequest,
                Status404NotFound, Status422UnprocessableEntity);
    }

    private static async Task<Created<DebtView>> Register(Guid agreementId, NewDebt r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (agreement, actor) = await PoolCaller.OpenAgreement(store, user, agreementId, ActorRole.FinanceOfficer);
        var debt = DebtObligation.Register(agreement, r.OwnerBodyId, r.Kind, r.Description,
            FinancialYear.Parse(r.IncurredIn), r.Amount);
        PoolAccess.RequireChange(actor, debt);
        store.Aggregates<DebtObligation>().Add(debt, key: agreementId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/agreements/{agreementId}/debts/{debt.Id}", DebtView.Of(debt));
    }

    private static async Task<DebtView> Repay(Guid agreementId, Guid id, NewRepayment r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (_, actor) = await PoolCaller.OpenAgreement(store, user, agreementId, ActorRole.FinanceOfficer);
        var debt = await store.Aggregates<DebtObligation>().Get(id);
        if (debt.AgreementId != agreementId) throw RuleViolation.NotFound("id",
            $"{id} is not a debt under this agreement.");
        PoolAccess.RequireChange(actor, debt);
        debt.Repay(actor.BodyId, r.Amount, r.PaidOn);
        await store.SaveChangesAsync();
        return DebtView.Of(debt);
    }
}
