using Commissioning.Domain;

namespace PooledFinance.Domain.Savings;

/// <summary>
/// A council's efficiency requirement, or an NHS body's QIPP (W:427-428: "Programme type: Efficiency or QIPP").
/// </summary>
public enum SavingsProgramme { Efficiency, Qipp }

/// <summary>
/// WF-7: a target set, savings identified and delivered in year, then the year closed as met or missed.
/// </summary>
public enum SavingsPlanStatus { InDelivery, Met, Missed }

/// <summary>
/// A saving the body has found towards its requirement, and what of it has been delivered. A one-off saving
/// is kept apart: it "cannot count towards recurrent targets" (W:427, BR-27).
/// </summary>
public sealed record SavingsItem(Guid Id, string Description, decimal Identified, bool IsOneOff, decimal Delivered);

/// <summary>
/// Figures of the plan that do not agree with each other, flagged for the partners' decision rather than
/// summed as if they did (W §8 items 6 and 7: the requirement against identified + yet to be identified,
/// and the base the stated percentage is of). <paramref name="Field"/> names the figure.
/// </summary>
public sealed record SavingsFinding(string Field, string Message);

/// <summary>What the partners decided about the plan's findings: the basis they adopted, who and when.</summary>
public sealed record SavingsDecision(string Basis, DateOnly DecidedOn, Guid RecordedByBodyId);

public sealed record EfficiencyTargetSet(Guid PlanId, Guid PartnershipId, Guid BodyId, FinancialYear Year,
    SavingsProgramme Programme, decimal Requirement) : IDomainEvent;

/// <summary>W:428 (BR-29): the year closed with recurrent savings delivered short of the requirement.</summary>
public sealed record SavingsShortfallDetected(Guid PlanId, Guid PartnershipId, Guid BodyId, FinancialYear Year,
    SavingsProgramme Programme, decimal Requirement, decimal Delivered, decimal Shortfall) : IDomainEvent;
