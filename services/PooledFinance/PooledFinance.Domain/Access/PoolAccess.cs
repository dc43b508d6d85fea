using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.Costs;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.Savings;
using PooledFinance.Domain.Vat;

namespace PooledFinance.Domain.Access;

public enum ActorRole
{
    /// <summary>A partner body's finance officer: reads the whole pool (open book), changes only its own body's lines.</summary>
    FinanceOfficer,
    /// <summary>The pool manager appointed by the host: runs position reports and settlements (P:L399-411).</summary>
    PoolManager,
    /// <summary>Someone who records a partner body's approval under its delegation.</summary>
    Approver,
    /// <summary>A care provider's user: sees nothing in pooled finance.</summary>
    ProviderUser,
    /// <summary>A partner body's user who reads the pool (a commissioner, an auditor) and changes nothing.</summary>
    Reader,
}

/// <summary>Who is acting: a role held in one statutory body (or a provider).</summary>
public sealed record Actor(Guid BodyId, ActorRole Role);

/// <summary>
/// Who may do what in pooled finance (W:716 open book; W:618 Pot D and debts changed only by their
/// owner; P:L399-411 the pool manager's duties). Each check throws Forbidden naming what was refused.
/// </summary>
public static class PoolAccess
{
    /// <summary>Open book: any partner's finance officer, approver or the pool manager reads the whole pool.</summary>
    public static void RequireRead(Actor actor, Section75Agreement agreement)
    {
        if (actor.Role == ActorRole.ProviderUser)
            throw PoolAccessRules.NoProviderAccess.Broken("role", "Provider users have no access to pooled finance.");
        if (!agreement.IsPartner(actor.BodyId))
            throw PoolAccessRules.ReadByItsPartners.Broken("bodyId",
                "Only the partners to this agreement can read its pool.");
    }

    /// <summary>Open book between partners: a partner body's user reads every partner's savings plans.</summary>
    public static void RequireRead(Actor actor, Partnership partnership)
    {
        if (actor.Role == ActorRole.ProviderUser)
            throw PoolAccessRules.NoProviderAccess.Broken("role", "Provider users have no access to pooled finance.");
        if (!partnership.IsPartner(actor.BodyId))
            throw PoolAccessRules.ReadByItsPartners.Broken("bodyId",
                $"Only the partners of {partnership.Name} read it.");
    }

    /// <summary>A body's savings plan is set and reported by that body's finance officer (W:427-428).</summary>
    public static void RequireChange(Actor actor, SavingsPlan plan) =>
        RequireOwnFinanceOfficer(actor, plan.BodyId, "bodyId");

    /// <summary>A costing of change is stated by the finance officer of the body that bears it (W:654).</summary>
    public static void RequireChange(Actor actor, Costing costing) =>
        RequireOwnFinanceOfficer(actor, costing.BearerBodyId, "bearerBodyId");

    /// <summary>A council's VAT position is stated by that council's finance officer (W:693).</summary>
    public static void RequireChange(Actor actor, CouncilVatPosition position) =>
        RequireOwnFinanceOfficer(actor, position.CouncilBodyId, "councilBodyId");

    /// <summary>A finance officer changes only lines of its own body (including Pot D lines, which never leave their owner).</summary>
    public static void RequireChange(Actor actor, BudgetLine line) => RequireOwnFinanceOfficer(actor, line.OwnerBodyId, "budgetLineId");

    /// <summary>
    /// A line is proposed for the pool only by its owner's finance officer, as it adds its lines (W:618).
    /// </summary>
    public static void RequireChange(Actor actor, ScopeChange change) =>
        RequireOwnFinanceOfficer(actor, change.OwnerBodyId, "ownerBodyId");

    public static void RequireChange(Actor actor, Contribution contribution) => RequireOwnFinanceOfficer(actor, contribution.PartnerBodyId, "contributionId");

    public static void RequireChange(Actor actor, DebtObligation debt) => RequireOwnFinanceOfficer(actor, debt.OwnerBodyId, "debtObligationId");

    /// <summary>
    /// Rule PoolManagerOfTheHost: only the fund's pool manager, who sits with the host, runs its settlement (P:L399)
    /// and submits its BCF plan (one plan drawing on one pooled fund, centred on the HWB, S:30, S:93).
    /// </summary>
    public static void RequirePoolManagerOf(Actor actor, Fund fund, string act)
    {
        if (actor.Role != ActorRole.PoolManager || actor.BodyId != fund.HostBodyId)
            throw PoolAccessRules.PoolManagerOfTheHost.Broken("role", $"Only the pool manager of {fund.Name} {act}.");
    }

    /// <summary>An approval is recorded for a body only by that body's approver.</summary>
    public static void RequireApproveFor(Actor actor, Guid partnerBodyId)
    {
        if (actor.Role != ActorRole.Approver || actor.BodyId != partnerBodyId)
            throw PoolAccessRules.ApproverOfThePartnerBody.Broken("role",
                "Only an approver of that partner body can record its approval.");
    }

    private static void RequireOwnFinanceOfficer(Actor actor, Guid ownerBodyId, string field)
    {
        if (actor.Role != ActorRole.FinanceOfficer)
            throw PoolAccessRules.ChangedByAFinanceOfficer.Broken("role",
                "Only a partner's finance officer changes its lines.");
        if (actor.BodyId != ownerBodyId)
            throw PoolAccessRules.PartnersOwnRecordsOnly.Broken(field,
                "A partner changes only its own body's records; the others are read-only (open book).");
    }
}
