using Commissioning.Domain;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.Agreements;

/// <summary>
/// A contract the partners let to a provider: an NHS Standard Contract, a council contract or a
/// Section 75 delegation. It exists only once awarded, so every award rule is checked before it does.
/// Value is an annual figure with effective-dated changes; what it commits falls by financial year.
/// </summary>
public sealed partial class CommissioningContract : AggregateRoot
{
    private readonly List<string> _commissioners = [];
    private readonly List<ValuePeriod> _valuePeriods = [];
    private readonly List<ExtensionOption> _extensionOptions = [];
    private readonly List<ContractPhase> _phases = [];
    private readonly List<StatutoryFunction> _delegatedFunctions = [];
    private readonly List<QippTarget> _qippTargets = [];
    private readonly List<ContractVariation> _variations = [];
    private readonly List<Novation> _novations = [];
    private readonly List<Approval> _awardApprovals = [];

    private CommissioningContract() { }

    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public ContractType Type { get; private set; }
    public bool PrescribedNhsService { get; private set; }
    public Guid ProviderId { get; private set; }
    public string ProviderOdsCode { get; private set; } = "";
    public IReadOnlyList<string> Commissioners => _commissioners;
    public string LeadCommissioner { get; private set; } = "";
    public ContractFunding Funding { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    /// <summary>The last day of the term as varied and extended, before any notice.</summary>
    public DateOnly EndsOn { get; private set; }
    public int NoticeMonths { get; private set; }
    public VatStatus VatStatus { get; private set; }
    public ProcurementRoute Route { get; private set; }
    public string? ProcurementExemption { get; private set; }
    public ProviderRiskShare? ProviderRiskShare { get; private set; }
    public Guid DueDiligenceId { get; private set; }
    public DateOnly AwardedOn { get; private set; }
    public IReadOnlyList<Approval> AwardApprovals => _awardApprovals;
    public IReadOnlyList<ValuePeriod> ValuePeriods => _valuePeriods;
    public IReadOnlyList<ExtensionOption> ExtensionOptions => _extensionOptions;
    public IReadOnlyList<ContractPhase> Phases => _phases;
    public IReadOnlyList<StatutoryFunction> DelegatedFunctions => _delegatedFunctions;
    public IReadOnlyList<QippTarget> QippTargets => _qippTargets;
    public IReadOnlyList<ContractVariation> Variations => _variations;
    public IReadOnlyList<Novation> Novations => _novations;
    public TerminationNotice? Notice { get; private set; }

    /// <summary>
    /// Counts the changes to what the contract commits: 0 at award, the variation's number after each
    /// variation, one more once notice is served (nothing is varied after notice). Pooled finance keeps
    /// the list with the highest revision, whatever order the events reach it in.
    /// </summary>
    public int CommitmentRevision => _variations.Count + (Notice is null ? 0 : 1);

    /// <summary>The day the contract actually ends: the term's end, or earlier when notice runs out first.</summary>
    public DateOnly LastDay => Notice?.TerminatesOn ?? EndsOn;

    public ContractStatus StatusOn(DateOnly date) => date switch
    {
        _ when date < StartsOn => ContractStatus.Mobilising,
        _ when date > LastDay => ContractStatus.Ended,
        _ when Notice is not null && date >= Notice.ServedOn => ContractStatus.UnderNotice,
        _ => ContractStatus.Live,
    };

    /// <summary>The phase in force on the date, or null outside the contract's life or when it has no phases.</summary>
    public ContractPhase? PhaseOn(DateOnly date) =>
        date < StartsOn || date > LastDay ? null : _phases.LastOrDefault(p => p.StartsOn <= date);

    public decimal AnnualValueOn(DateOnly date) => _valuePeriods.Last(p => p.From <= Max(date, StartsOn)).AnnualValue;

    /// <summary>
    /// The value falling in a financial year: each annual value pro rata to the days it is in force
    /// in that year (a leap year has 366), rounded to the penny once.
    /// </summary>
    public decimal ValueIn(FinancialYear year)
    {
        var from = Max(year.Start, StartsOn);
        var to = Min(year.End, LastDay);
        if (to < from) return 0m;
        decimal daysInYear = year.End.DayNumber - year.Start.DayNumber + 1;
        var total = 0m;
        for (var i = 0; i < _valuePeriods.Count; i++)
        {
            var periodEnd = i + 1 < _valuePeriods.Count ? _valuePeriods[i + 1].From.AddDays(-1) : DateOnly.MaxValue;
            var days = Min(to, periodEnd).DayNumber - Max(from, _valuePeriods[i].From).DayNumber + 1;
            if (days > 0) total += _valuePeriods[i].AnnualValue * days / daysInYear;
        }
        return Money.RoundPence(total);
    }

    /// <summary>The contract's commitment in each financial year it touches, for pooled finance.</summary>
    public IReadOnlyList<FinancialYearCommitment> Commitments()
    {
        var first = FinancialYear.Containing(StartsOn).StartYear;
        var last = FinancialYear.Containing(LastDay).StartYear;
        return Enumerable.Range(first, last - first + 1)
            .Select(y => new FinancialYearCommitment(new FinancialYear(y), ValueIn(new FinancialYear(y))))
            .ToList();
    }

    public decimal TotalValue => Commitments().Sum(c => c.Amount);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
