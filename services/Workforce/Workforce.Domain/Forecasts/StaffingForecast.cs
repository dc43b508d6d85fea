using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;

namespace Workforce.Domain.Forecasts;

/// <summary>
/// A staffing cost forecast per team and year (A Table 1, §4.9 L840-862): team bases, pay award, vacancy
/// factor and unpaid-leave saving rounded as the table rounds; one-off costs held against their
/// approval; recurrent costs with an amount or "to be confirmed"; the pension cost share.
/// </summary>
public sealed partial class StaffingForecast : AggregateRoot
{
    /// <summary>A's unit: every figure in Table 1 is in £m to two places (A R-FIN-06).</summary>
    public const decimal TenThousandPounds = 10_000m;

    private readonly List<ForecastYear> _years = [];

    private StaffingForecast() { }

    public Guid EmployerId { get; private set; }
    public string EmployerCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Guid? TransferProjectId { get; private set; }
    public FundingLine? FundingLine { get; private set; }
    public decimal RoundingUnit { get; private set; }
    public IReadOnlyList<ForecastYear> Years => _years;

    public static StaffingForecast Prepare(Employer owner, string title, Guid? transferProjectId,
        FundingLine? fundingLine, decimal roundingUnit = TenThousandPounds)
    {
        ForecastRules.TitleGiven.Require(!string.IsNullOrWhiteSpace(title), "title", "A forecast needs a title.");
        ForecastRules.TablesUnit.Require(roundingUnit is 0.01m or 1m or 1_000m or TenThousandPounds or 100_000m,
            "roundingUnit",
            "Round to a penny, a pound, £1,000, £0.01m or £0.1m.");
        RequireLine(fundingLine);
        return new StaffingForecast
        {
            EmployerId = owner.Id,
            EmployerCode = owner.Code,
            Title = title.Trim(),
            TransferProjectId = transferProjectId,
            FundingLine = fundingLine,
            RoundingUnit = roundingUnit,
        };
    }

    /// <summary>States a year's team bases and percentages; a year stated again replaces the earlier one.</summary>
    public ForecastYearFigures SetYear(FinancialYear year, IReadOnlyList<TeamBase> bases,
        ForecastAssumptions assumptions)
    {
        ForecastRules.TeamBasesStated.Require(bases.Count > 0, "bases", "A forecast year has at least one team.");
        for (var i = 0; i < bases.Count; i++)
        {
            ForecastRules.TeamBasesStated.Require(!string.IsNullOrWhiteSpace(bases[i].TeamName), $"bases[{i}].teamName",
                "Name the team.");
            var amount = bases[i].Amount;
            ForecastRules.TeamBasesStated.Require(amount >= 0 && Money.RoundPence(amount) == amount,
                $"bases[{i}].amount", "A team base is a non-negative amount in whole pence.");
        }
        var teams = bases.Select(b => b.TeamName.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        ForecastRules.TeamBasesStated.Require(teams == bases.Count, "bases", "Each team is stated once a year.");
        var entry = new ForecastYear(year, bases.Select(b => b with { TeamName = b.TeamName.Trim() }).ToList(),
            assumptions.Checked());
        _years.RemoveAll(y => y.Year == year);
        _years.Add(entry);
        _years.Sort((a, b) => a.Year.StartYear.CompareTo(b.Year.StartYear));
        var figures = FiguresFor(year);
        Raise(new StaffingForecastChanged(Id, year, figures.Subtotal, FundingLine));
        return figures;
    }

    /// <summary>
    /// Rule BasesUpliftedAndRounded (A R-FIN-05): a year's bases are the previous year's, uplifted by
    /// the percentage and rounded to the unit (1.06 → 1.07, 1.04 → 1.05, 3.09 → 3.12 at 1%).
    /// </summary>
    public ForecastYearFigures UpliftYear(FinancialYear year, decimal upliftPercent, ForecastAssumptions assumptions)
    {
        ForecastRules.AssumptionIsAPercentage.Require(upliftPercent is >= -100 and <= 100, "upliftPercent",
            "The uplift is a percentage.");
        var previous = FiguresFor(new FinancialYear(year.StartYear - 1));
        var bases = previous.Teams.Select(t => t with
        {
            Amount = ForecastYearFigures.Round(t.Amount * (100 + upliftPercent) / 100, RoundingUnit),
        }).ToList();
        return SetYear(year, bases, assumptions);
    }

    /// <summary>An establishment's team staff budgets as a year's bases (A: 3.09, 1.04, 1.06 of L375-377).</summary>
    public static IReadOnlyList<TeamBase> BasesOf(Establishment establishment) =>
        establishment.Teams.Select(t => new TeamBase(t.Name, t.Figures.StaffBudget)).ToList();

    public ForecastYearFigures FiguresFor(FinancialYear year) =>
        ForecastYearFigures.Of(_years.FirstOrDefault(y => y.Year == year)
            ?? throw RuleViolation.NotFound("financialYear", $"The forecast has no figures for {year}."),
                RoundingUnit);

    /// <summary>Names the pooled-fund line the staffing cost is committed on; each year is told again.</summary>
    public void CommitAgainst(FundingLine fundingLine)
    {
        RequireLine(fundingLine);
        FundingLine = fundingLine;
        foreach (var year in _years) Raise(new StaffingForecastChanged(Id, year.Year, FiguresFor(year.Year).Subtotal,
            fundingLine));
    }

    private static void RequireLine(FundingLine? line) =>
        ForecastRules.CommittedOnABudgetLine.Require(line is null || !string.IsNullOrWhiteSpace(line.BudgetLineCode),
            "budgetLineCode",
            "Name the budget line the staffing cost is committed on.");
}
