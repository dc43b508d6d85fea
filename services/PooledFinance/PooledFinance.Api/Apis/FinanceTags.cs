using Commissioning.ServiceDefaults.OpenApi;

namespace PooledFinance.Api.Apis;

/// <summary>The tags of the pooled finance document, declared once (the document transformer lists them).</summary>
public static class FinanceTags
{
    public static readonly PartnerTag Partnerships = new("Partnerships",
        "Partnerships of statutory bodies: commissioners and platform administrators set them up; every partner "
        + "user reads them.");
    public static readonly PartnerTag Agreements = new("Agreements",
        "Section 75 agreements through their life: drafted, approved by each partner body, in force, varied by "
        + "joint decision, ended by notice; funding changes and the materiality threshold.");
    public static readonly PartnerTag Funds = new("Funds",
        "Funds under an agreement, their budget lines (pooled or aligned, W's pot rules) and the monthly "
        + "position.");
    public static readonly PartnerTag ScopeChanges = new("Scope changes",
        "A service outside the pool (Pot B, or Pot C once legislation has changed) proposed for it with its risk "
        + "assessment and approved by every partner (W:616-620, WF-9).");
    public static readonly PartnerTag Ledger = new("Ledger",
        "A fund's append-only ledger: pages in posting order, postings, reversals, actuals imported as CSV and "
        + "the reconciliation of stated figures.");
    public static readonly PartnerTag Contributions = new("Contributions",
        "Each partner's contribution to a fund for a year (P:L372): basis, adjustments, agreement with "
        + "instalments, variations and receipts.");
    public static readonly PartnerTag Debts = new("Debts",
        "Debt obligations held outside every pool (W:427-434): prior-year deficits, top-slices, contingency "
        + "repayments.");
    public static readonly PartnerTag Reports = new("Reports",
        "The joint monthly report on a fund, as JSON, CSV or an SVG chart (open book, W:716).");
    public static readonly PartnerTag Variances = new("Variances",
        "Forecast variances and their 10-working-day notification clock (P:L409-413).");
    public static readonly PartnerTag Settlements = new("Settlements",
        "Year-end risk and gain share: the agreement's terms, previews, the run and each partner's approval.");
    public static readonly PartnerTag Savings = new("Savings",
        "Each partner body's efficiency or QIPP requirement for a year: savings identified and delivered, figures "
        + "that disagree flagged for a decision, the year closed met or missed (W:427-428, W:666).");
    public static readonly PartnerTag Costs = new("Costs of change",
        "Costings of change from a rate card of roles, the stated figures reconciled against rate × time and "
        + "against the approval, every discrepancy reported (A §4.2 L794-799; W:643-652, W:260).");
    public static readonly PartnerTag Vat = new("VAT",
        "A council's partial-exemption position against the 5% de minimis, commissioning being non-business "
        + "(W:693-695), and the evidence each principal needs when the host acts as agent (W:682-687).");
    public static readonly PartnerTag DeadLetters = new("Dead letters",
        "Operations: events this service could not process, for a platform administrator.");

    public static IReadOnlyList<PartnerTag> All { get; } =
        [Partnerships, Agreements, Funds, ScopeChanges, Ledger, Contributions, Debts, Reports, Variances, Settlements,
            Savings, Costs, Vat, DeadLetters];
}
