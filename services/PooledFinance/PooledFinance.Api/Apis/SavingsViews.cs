using PooledFinance.Domain.Savings;

namespace PooledFinance.Api.Apis;

/// <param name="StatedPercentage">The percentage of the budget as the body's paper states it, if it does.</param>
public sealed record NewSavingsPlan(Guid BodyId, string FinancialYear, SavingsProgramme Programme,
    decimal Requirement, decimal BudgetBase, decimal? StatedPercentage = null);

public sealed record NewSaving(string Description, decimal Amount, bool IsOneOff);

public sealed record SavingDelivery(decimal DeliveredToDate);

public sealed record YetToBeIdentified(decimal Amount);

/// <summary>The year being closed, named so that a plan is never closed for the wrong year by mistake.</summary>
public sealed record SavingsYearEnd(string FinancialYear);

/// <summary>The basis the partners adopted for figures of the plan that disagree.</summary>
public sealed record SavingsDecisionRequest(string Basis, DateOnly DecidedOn);

public sealed record SavingView(Guid Id, string Description, decimal Identified, bool IsOneOff, decimal Delivered);

public sealed record SavingsFindingView(string Field, string Message);

public sealed record SavingsDecisionView(string Basis, DateOnly DecidedOn, Guid RecordedByBodyId);

/// <summary>A body's savings requirement for a year, what is identified and delivered, and what disagrees.</summary>
public sealed record SavingsPlanView(Guid Id, Guid PartnershipId, Guid BodyId, string FinancialYear,
    SavingsProgramme Programme, decimal Requirement, decimal BudgetBase, decimal? StatedPercentage,
    decimal PercentageOfBudget, decimal RecurrentIdentified, decimal RecurrentDelivered, decimal OneOffDelivered,
    decimal? YetToBeIdentified, IReadOnlyList<SavingView> Savings, IReadOnlyList<SavingsFindingView> Findings,
    SavingsDecisionView? Decision, SavingsPlanStatus Status, decimal? Shortfall)
{
    public static SavingsPlanView Of(SavingsPlan p) => new(p.Id, p.PartnershipId, p.BodyId, p.Year.ToString(),
        p.Programme, p.Requirement, p.BudgetBase, p.StatedPercentage, p.PercentageOfBudget, p.RecurrentIdentified,
        p.RecurrentDelivered, p.OneOffDelivered, p.YetToBeIdentified,
        p.Items.Select(i => new SavingView(i.Id, i.Description, i.Identified, i.IsOneOff, i.Delivered)).ToList(),
        p.Findings.Select(f => new SavingsFindingView(f.Field, f.Message)).ToList(),
        p.Decision is { } d ? new SavingsDecisionView(d.Basis, d.DecidedOn, d.RecordedByBodyId) : null,
        p.Status, p.Shortfall);
}
