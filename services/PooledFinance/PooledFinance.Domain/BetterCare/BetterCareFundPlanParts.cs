namespace PooledFinance.Domain.BetterCare;

/// <summary>
/// When the CCG's 3% moves into the fund (S:28, BR-S03): upfront, so the CCG carries a deficit if the savings
/// that fund it fail; or only as the savings are generated, so the council, having invested in alternative
/// schemes, carries it.
/// </summary>
public enum TransferTiming { Upfront, AsSavingsRealised }

/// <summary>
/// A partner's contribution to the plan, from a named source (W:398: the council's £22.5m includes iBCF).
/// </summary>
public sealed record BetterCareContribution(Guid BodyId, string Source, decimal Amount);

/// <summary>A national condition of the BCF as the plan's checklist states it, met or not, with its evidence.</summary>
public sealed record NationalCondition(string Name, bool Met, string? Evidence);

/// <summary>
/// A partner's formal sign-off of the plan (S:30, S:33: "formal sign off as required from each of the partners").
/// </summary>
public sealed record PartnerSignOff(Guid BodyId, DateOnly SignedOn, string SignedBy);

/// <summary>Figures of the plan that disagree, reported where they are, never silently corrected.</summary>
public sealed record BetterCareFinding(string Field, string Message);
