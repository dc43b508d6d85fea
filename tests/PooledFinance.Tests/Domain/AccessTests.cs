using Commissioning.Domain;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Funds;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

public class AccessTests
{
    [Fact]
    public void Partners_read_the_whole_pool_and_providers_see_nothing_W_L716()
    {
        var w = new Wirral();

        PoolAccess.RequireRead(new Actor(w.Ccg.Id, ActorRole.FinanceOfficer), w.Agreement);
        Assert.Equal(ViolationKind.Forbidden, Seeds.Violation(() => PoolAccess.RequireRead(new Actor(w.Ccg.Id, ActorRole.ProviderUser), w.Agreement)).Kind);
        Assert.Equal("bodyId", Seeds.Violation(() => PoolAccess.RequireRead(new Actor(Guid.NewGuid(), ActorRole.FinanceOfficer), w.Agreement)).Field);
    }

    [Fact]
    public void A_finance_officer_changes_only_its_own_bodys_lines_W_L618()
    {
        var w = new Wirral();
        var ccgSafeguarding = BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-D", "CCG safeguarding", Pot.D, Millions(15.7m));

        PoolAccess.RequireChange(new Actor(w.Ccg.Id, ActorRole.FinanceOfficer), ccgSafeguarding);
        var violation = Seeds.Violation(() => PoolAccess.RequireChange(new Actor(w.Council.Id, ActorRole.FinanceOfficer), ccgSafeguarding));

        Assert.Equal((ViolationKind.Forbidden, "budgetLineId"), (violation.Kind, violation.Field));
    }

    [Fact]
    public void Only_the_hosts_pool_manager_runs_the_settlement_P_L399()
    {
        var w = new Wirral();
        var pool = w.Pool();

        void Settle(Guid body, ActorRole role) =>
            PoolAccess.RequirePoolManagerOf(new Actor(body, role), pool, "runs its settlement");

        Settle(w.Council.Id, ActorRole.PoolManager);
        Assert.Equal(ViolationKind.Forbidden, Seeds.Violation(() => Settle(w.Ccg.Id, ActorRole.PoolManager)).Kind);
        Assert.Equal(ViolationKind.Forbidden,
            Seeds.Violation(() => Settle(w.Council.Id, ActorRole.FinanceOfficer)).Kind);
    }

    [Fact]
    public void An_approval_is_recorded_only_by_that_bodys_approver()
    {
        var w = new Wirral();

        PoolAccess.RequireApproveFor(new Actor(w.Council.Id, ActorRole.Approver), w.Council.Id);
        Assert.Equal(ViolationKind.Forbidden, Seeds.Violation(() => PoolAccess.RequireApproveFor(new Actor(w.Council.Id, ActorRole.Approver), w.Ccg.Id)).Kind);
    }
}
