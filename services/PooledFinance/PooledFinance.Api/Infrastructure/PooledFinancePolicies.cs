using Commissioning.Identity;
using static Commissioning.Identity.Roles;

namespace PooledFinance.Api.Infrastructure;

/// <summary>
/// Who may do what in pooled finance (issue 14): the roles a route admits, by the rule's name. Which pool and
/// which body are then decided by the caller's organisation (<see cref="PoolCaller"/>, RequirePartnerOf and the
/// domain's PoolAccess): a partner reads every partner's figures (open book, W:716) and changes only its own.
/// </summary>
public static class PooledFinancePolicies
{
    /// <summary>
    /// Every partner's finance, pool, commissioning, audit and approval staff read the pool: its agreements'
    /// plans, contributions, settlements, variances and reports (open book).
    /// </summary>
    public static readonly RolePolicy ReadsThePool = new("reads-the-pool", PoolCaller.Readers, "W:716");

    /// <summary>
    /// Finance staff, commissioners and auditors read a fund, its budget lines, ledger and position (open book).
    /// </summary>
    public static readonly RolePolicy ReadsTheFundBooks =
        new("reads-the-fund-books", [FinanceOfficer, PoolManager, Commissioner, Auditor], "W:716");

    /// <summary>
    /// Any partner user, or a platform administrator, reads the partnerships and their agreements (the partner
    /// list is not confidential); a provider user sees nothing here, whatever else it holds.
    /// </summary>
    public static readonly RolePolicy ReadsPartnerships =
        new("reads-partnerships", [.. PoolCaller.Readers, PlatformAdmin], Refuses: [ProviderUser]);

    /// <summary>Commissioners and platform administrators set up partnerships and add their bodies.</summary>
    public static readonly RolePolicy SetsUpPartnerships = new("sets-up-partnerships", [Commissioner, PlatformAdmin]);

    /// <summary>A commissioner drafts a Section 75 agreement.</summary>
    public static readonly RolePolicy DraftsAgreements = new("drafts-agreements", [Commissioner]);

    /// <summary>
    /// Commissioners and pool managers record each body's approval, the agreement in force, its variations by
    /// joint decision, notice and termination.
    /// </summary>
    public static readonly RolePolicy GovernsAgreements = new("governs-agreements", [Commissioner, PoolManager]);

    /// <summary>Finance officers and pool managers record funding changes; a material change is flagged.</summary>
    public static readonly RolePolicy RecordsFundingChanges =
        new("records-funding-changes", [FinanceOfficer, PoolManager]);

    /// <summary>
    /// Finance officers and pool managers keep the pool's books: funds, budget lines (W's pot rules), postings,
    /// reversals and imported actuals, each touching only the caller's own body's lines.
    /// </summary>
    public static readonly RolePolicy KeepsThePoolBooks = new("keeps-the-pool-books", [FinanceOfficer, PoolManager]);

    /// <summary>Only the contributing body's finance officer proposes and changes its contribution (P:L372).</summary>
    public static readonly RolePolicy ManagesContributions =
        new("manages-contributions", [FinanceOfficer], "P:L372");

    /// <summary>The finance officer of the body that bears a costing of change states it.</summary>
    public static readonly RolePolicy StatesCostings = new("states-costings", [FinanceOfficer], "W:643-652");

    /// <summary>Each debt belongs to one partner, whose finance officer alone records and repays it.</summary>
    public static readonly RolePolicy RecordsDebts = new("records-debts", [FinanceOfficer], "W:427-434");

    /// <summary>The body's finance officer sets and reports its own savings plan.</summary>
    public static readonly RolePolicy SetsSavingsPlans = new("sets-savings-plans", [FinanceOfficer], "W:427-428");

    /// <summary>A partner's commissioner or pool manager records the basis adopted for figures that disagree.</summary>
    public static readonly RolePolicy DecidesSavingsFindings =
        new("decides-savings-findings", [Commissioner, PoolManager], "W §8 items 6 and 7");

    /// <summary>A council's finance officer states its VAT partial-exemption position.</summary>
    public static readonly RolePolicy StatesVatPositions = new("states-vat-positions", [FinanceOfficer], "W:693-695");

    /// <summary>The owner's finance officer proposes a scope change.</summary>
    public static readonly RolePolicy ProposesScopeChanges =
        new("proposes-scope-changes", [FinanceOfficer], "W:616-620");

    /// <summary>Each partner body's approver decides a scope change for its own body.</summary>
    public static readonly RolePolicy DecidesScopeChanges = new("decides-scope-changes", [Approver]);

    /// <summary>A partner's finance officer or the pool manager states an agreement's pot table.</summary>
    public static readonly RolePolicy StatesPotTables =
        new("states-pot-tables", [FinanceOfficer, PoolManager], "W:606-611");

    /// <summary>The pool manager states the pool's multi-year plan.</summary>
    public static readonly RolePolicy StatesPoolPlans = new("states-pool-plans", [PoolManager], "P:L306-332");

    /// <summary>A partner's finance officer or the pool manager drafts a BCF plan.</summary>
    public static readonly RolePolicy DraftsBcfPlans =
        new("drafts-bcf-plans", [FinanceOfficer, PoolManager], "S:22-33");

    /// <summary>Each partner's approver signs a BCF plan off for its own body.</summary>
    public static readonly RolePolicy SignsOffBcfPlans = new("signs-off-bcf-plans", [Approver], "S:22-33");

    /// <summary>The fund's pool manager (the host's) submits a BCF plan once every check passes.</summary>
    public static readonly RolePolicy SubmitsBcfPlans = new("submits-bcf-plans", [PoolManager], "S:22-33");

    /// <summary>The pool manager records variances, their notification and the joint action plan.</summary>
    public static readonly RolePolicy TracksVariances = new("tracks-variances", [PoolManager], "P:L409-413");

    /// <summary>The pool manager records the partners' joint mitigation of a forecast overspend.</summary>
    public static readonly RolePolicy RecordsMitigations = new("records-mitigations", [PoolManager], "A §4.11 L876");

    /// <summary>Commissioners and pool managers choose the settlement rule the agreement's terms name.</summary>
    public static readonly RolePolicy ChoosesSettlementTerms =
        new("chooses-settlement-terms", [Commissioner, PoolManager]);

    /// <summary>Only the host's pool manager runs the year-end settlement.</summary>
    public static readonly RolePolicy RunsSettlements = new("runs-settlements", [PoolManager]);

    /// <summary>
    /// Each partner's approver, holding its delegated authority, approves a settlement for its own body: not the
    /// pool manager who ran it.
    /// </summary>
    public static readonly RolePolicy ApprovesSettlements = new("approves-settlements", [Approver], "W:434");

    public static readonly RolePolicy[] All =
    [
        ReadsThePool, ReadsTheFundBooks, ReadsPartnerships, SetsUpPartnerships, DraftsAgreements, GovernsAgreements,
        RecordsFundingChanges, KeepsThePoolBooks, ManagesContributions, StatesCostings, RecordsDebts,
        SetsSavingsPlans, DecidesSavingsFindings, StatesVatPositions, ProposesScopeChanges, DecidesScopeChanges,
        StatesPotTables, StatesPoolPlans, DraftsBcfPlans, SignsOffBcfPlans, SubmitsBcfPlans, TracksVariances,
        RecordsMitigations, ChoosesSettlementTerms, RunsSettlements, ApprovesSettlements,
    ];
}
