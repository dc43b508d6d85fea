using Commissioning.Domain;

namespace PooledFinance.Api.Infrastructure;

/// <summary>The rules of who reads a pool at all, and of the API's own inputs.</summary>
public static class PooledFinanceApiRules
{
    public static readonly Rule NoProviderAccess = new("pools-closed-to-providers", ViolationKind.Forbidden,
        "Provider users have no access to pooled finance: they learn nothing of any pool.");
    public static readonly Rule ReadByPartnerRoles = new("pool-read-by-partner-roles", ViolationKind.Forbidden,
        "A pool is read by a partner's finance, pool, commissioning, audit or approval roles (open book).",
        "W:716");
    public static readonly Rule LedgerPageSize = new("ledger-page-size", ViolationKind.Invalid,
        "A page of ledger entries holds 1 to the most a page allows.");
    public static readonly Rule DecisionPageSize = new("decision-page-size", ViolationKind.Invalid,
        "A page of governance decisions holds 1 to the most a page allows.");
    public static readonly Rule ReportFormat = new("report-format", ViolationKind.Invalid,
        "A report is asked for as json, csv or svg.");
    public static readonly Rule PooledWithRiskAssessment = new("pooled-line-risk-assessed", ViolationKind.Invalid,
        "A line moved into a pool comes with its recorded risk assessment.", "W:620");
    public static readonly Rule ScopeDecisionSaid = new("scope-decision-says-whether", ViolationKind.Invalid,
        "A body's decision on a scope change says whether it approves it.");
    public static readonly Rule PotTotalsGiven = new("stated-pot-totals-given", ViolationKind.Invalid,
        "A stated pot table gives its totals as stated.");
    public static readonly Rule ContributionOnceAYear = new("contribution-once-a-partner-year",
        ViolationKind.AlreadyExists,
        "A partner has one contribution to a fund a year; a change to it is an adjustment or a variation.");
    public static readonly Rule StaffingStatementDated = new("staffing-statement-dated", ViolationKind.Invalid,
        "A staffing statement says when it was made: the latest statement of a year is the one that counts.");
    public static readonly Rule PositionPeriodGiven = new("position-period-given", ViolationKind.Invalid,
        "A fund's position is asked for a period: a financial year and, unless the year's end, a month.");
    public static readonly Rule LineInAFund = new("line-held-in-a-fund", ViolationKind.Precondition,
        "A budget line's figures are read through the fund that holds it.");
}
