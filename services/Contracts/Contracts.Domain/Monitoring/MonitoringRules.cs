using Commissioning.Domain;

namespace Contracts.Domain.Monitoring;

/// <summary>
/// The rules a contract is monitored by (W WF-10, A §3.6): its KPIs and their returns, its reviews of the
/// statutory outcomes, its performance issues and complaints.
/// </summary>
public static class MonitoringRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind Once = ViolationKind.AlreadyExists;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule FromTheContractStart = new("monitored-from-the-contract-start", Invalid,
        "A contract year, a performance issue or a complaint dates from no earlier than the contract's start.");
    public static readonly Rule KpiDefinedOnce = new("kpi-defined-once", Once,
        "A contract defines each KPI code once.");
    public static readonly Rule KpiReturnedByTheProvider = new("kpi-returned-by-the-provider", ViolationKind.Forbidden,
        "Only the contract's provider submits its KPI returns.");
    public static readonly Rule KpiPeriodWithinTheContract = new("kpi-period-within-the-contract", Invalid,
        "A KPI return's period starts no earlier than the contract and ends no earlier than it starts.");
    public static readonly Rule KpiReturnedAfterThePeriod = new("kpi-returned-after-the-period", Invalid,
        "A KPI return is submitted once its period has ended.");
    public static readonly Rule KpiReturnedOnce = new("kpi-returned-once", Once,
        "A KPI is returned once for a period.");
    public static readonly Rule ReviewJudgesMonitoredOutcomes = new("review-judges-monitored-outcomes", Invalid,
        "A review judges only the statutory outcomes the contract is monitored on, each once.", "W:738-743");
    public static readonly Rule AnnualReviewOnceAYear = new("annual-review-once-a-year", Once,
        "A contract has one annual review per contract year.");
    public static readonly Rule AnnualReviewJudgesEveryOutcome = new("annual-review-judges-every-outcome", Invalid,
        "An annual review judges every statutory outcome the contract is monitored on.", "W:738-743");
    public static readonly Rule ResponseDueOnALaterWorkingDay = new("issue-response-due-a-later-working-day", Invalid,
        "The provider's response to a performance issue is due on a working day in England and Wales after the "
        + "issue is raised.");
    public static readonly Rule IssueResolvedOnce = new("issue-resolved-once", State,
        "A performance issue is resolved once.");
    public static readonly Rule ComplaintResolvedOnce = new("complaint-resolved-once", State,
        "A complaint is resolved once.");
    public static readonly Rule ResolvedAfterItArose = new("resolved-after-it-arose", Invalid,
        "A performance issue or complaint is resolved no earlier than it was raised or received.");
}
