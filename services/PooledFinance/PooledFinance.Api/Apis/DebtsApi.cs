using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Contributions;

namespace PooledFinance.Api.Apis;

public sealed record NewDebt(Guid OwnerBodyId, DebtKind Kind, string Description, string IncurredIn, decimal Amount);
public sealed record NewRepayment(decimal Amount, DateOnly PaidOn);

/// <summary>
/// Debt obligations held outside every pool under the agreement (W:427-434): prior-year deficits,
/// NHS England top-slices, contingency repayments. Each belongs to one partner, who alone records
/// and repays it; the others read it (open book). A partner's surplus share goes to its own debts
/// first when a settlement is approved (see <see cref="SettlementsApi"/>).
/// </summary>
public static class DebtsApi
{
    public static void MapDebtsApi(this WebApplication app)
    {
        var debts = app.MapGroup("/api/v1/agreements/{agreementId:guid}/debts").WithTags("Debts");
        debts.MapGet("/", async (Guid agreementId, ClaimsPrincipal user, PooledFinanceStore store) =>
        {
            await PoolCaller.OpenAgreement(store, user, agreementId);
            return await store.Aggregates<DebtObligation>().List(agreementId.ToString());
        }).RequireAuthorization(p => p.RequireRole(PoolCaller.Readers));
        debts.MapPost("/", Register).RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer));
        debts.MapPost("/{id:guid}/repayments", Repay).RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer));
    }

    private static async Task<IResult> Register(Guid agreementId, NewDebt r, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (agreement, actor) = await PoolCaller.OpenAgreement(store, user, agreementId, ActorRole.FinanceOfficer);
        var debt = DebtObligation.Register(agreement, r.OwnerBodyId, r.Kind, r.Description, FinancialYear.Parse(r.IncurredIn), r.Amount);
        PoolAccess.RequireChange(actor, debt);
        store.Aggregates<DebtObligation>().Add(debt, key: agreementId.ToString());
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/agreements/{agreementId}/debts/{debt.Id}", debt);
    }

    private static async Task<DebtObligation> Repay(Guid agreementId, Guid id, NewRepayment r, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (_, actor) = await PoolCaller.OpenAgreement(store, user, agreementId, ActorRole.FinanceOfficer);
        var debt = await store.Aggregates<DebtObligation>().Get(id);
        if (debt.AgreementId != agreementId) throw RuleViolation.NotFound("id", $"{id} is not a debt under this agreement.");
        PoolAccess.RequireChange(actor, debt);
        debt.Repay(actor.BodyId, r.Amount, r.PaidOn);
        await store.SaveChangesAsync();
        return debt;
    }
}
