using Commissioning.Domain;
using Commissioning.Testing;
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
        Assert.Equal(("role", PoolAccessRules.NoProviderAccess), Seeds.Violation(() =>
            PoolAccess.RequireRead(new Actor(w.Ccg.Id, ActorRole.ProviderUser), w.Agreement)).Named());
        Assert.Equal(("bodyId", PoolAccessRules.ReadByItsPartners), Seeds.Violation(() =>
            PoolAccess.RequireRead(new Actor(Guid.NewGuid(), ActorRole.FinanceOfficer), w.Agreement)).Named());
    }

    [Fact]
    public void A_finance_officer_changes_only_its_own_bodys_lines_W_L618()
    {
        var w = new Wirral();
        var ccgSafeguarding = BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-D", "CCG safeguarding", Pot.D, Millions(15.7m));

        PoolAccess.RequireChange(new Actor(w.Ccg.Id, ActorRole.FinanceOfficer), ccgSafeguarding);
        var violation = Seeds.Violation(() => PoolAccess.RequireChange(new Actor(w.Council.Id, ActorRole.FinanceOfficer), ccgSafeguarding));

        Assert.Equal((ViolationKind.Forbidden, "budgetLineId"), (violation.Kind, violation.Field));
        Assert.Equal(("budgetLineId", PoolAccessRules.PartnersOwnRecordsOnly), violation.Named());
        Assert.Equal(("role", PoolAccessRules.ChangedByAFinanceOfficer), Seeds.Violation(() =>
            PoolAccess.RequireChange(new Actor(w.Ccg.Id, ActorRole.Reader), ccgSafeguarding)).Named());
    }

    [Fact]
    public void Only_the_hosts_pool_manager_runs_the_settlement_P_L399()
    {
        var w = new Wirral();
        var pool = w.Pool();

        void Settle(Guid body, ActorRole role) =>
            PoolAccess.RequirePoolManagerOf(new Actor(body, role), pool, "runs its settlement");

        Settle(w.Council.Id, ActorRole.PoolManager);
        Assert.Equal(("role", PoolAccessRules.PoolManagerOfTheHost),
            Seeds.Violation(() => Settle(w.Ccg.Id, ActorRole.PoolManager)).Named());
        Assert.Equal(("role", PoolAccessRules.PoolManagerOfTheHost),
            Seeds.Violation(() => Settle(w.Council.Id, ActorRole.FinanceOfficer)).Named());
    }

    [Fact]
    public void An_approval_is_recorded_only_by_that_bodys_approver()
    {
        var w = new Wirral();

        PoolAccess.RequireApproveFor(new Actor(w.Council.Id, ActorRole.Approver), w.Council.Id);
        Assert.Equal(("role", PoolAccessRules.ApproverOfThePartnerBody), Seeds.Violation(() =>
            PoolAccess.RequireApproveFor(new Actor(w.Council.Id, ActorRole.Approver), w.Ccg.Id)).Named());
    }
}
