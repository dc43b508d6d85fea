using Commissioning.Domain;

namespace Workforce.Domain.Staff;

/// <summary>Secondment: working for another body for a time; assignment: a post hosted by another body.</summary>
public enum AssignmentKind
{
    Secondment,
    Assignment,
}

public enum RechargeBasis
{
    /// <summary>The employer bears the cost (W:856's co-located staff stay with their employers).</summary>
    NoRecharge,
    /// <summary>The host repays the employer's full employment cost.</summary>
    FullCost,
    /// <summary>The host repays a percentage of the employment cost.</summary>
    Percentage,
    /// <summary>The host repays a fixed sum a year.</summary>
    FixedAnnualAmount,
}

/// <summary>What the host repays the employer, and from which fund where one is named (S:59 "the existing JCU
/// pooled fund").</summary>
public sealed record Recharge(RechargeBasis Basis, decimal? Percentage = null, decimal? AnnualAmount = null,
    string? FundedFrom = null)
{
    public static Recharge None => new(RechargeBasis.NoRecharge);

    internal Recharge Checked()
    {
        StaffRules.RechargeStatesItsBasis.Require(
            Basis == RechargeBasis.Percentage ? Percentage is > 0 and <= 100 : Percentage is null,
            "recharge.percentage",
                "A percentage recharge states a percentage above 0 and at most 100; others state none.");
        StaffRules.RechargeStatesItsBasis.Require(Basis == RechargeBasis.FixedAnnualAmount
                ? AnnualAmount is > 0 && Money.RoundPence(AnnualAmount.Value) == AnnualAmount
                : AnnualAmount is null,
            "recharge.annualAmount",
                "A fixed recharge states a yearly amount in whole pence above zero; others state none.");
        return this with { FundedFrom = string.IsNullOrWhiteSpace(FundedFrom) ? null : FundedFrom.Trim() };
    }
}

/// <summary>
/// A spell working for a host body other than the employer. The employment itself (employer, sector,
/// pension scheme, continuous service) does not change (S:59: "avoid the need for individuals to
/// transfer to a different sector and hence lose continuity of employment").
/// </summary>
public sealed record Assignment(Guid Id, AssignmentKind Kind, Guid HostEmployerId, string HostCode, Guid? PostId,
    DateOnly Start, DateOnly? End, Recharge Recharge)
{
    public bool IsActiveOn(DateOnly date) => date >= Start && (End is not { } end || date <= end);

    internal bool Overlaps(DateOnly start, DateOnly? end) =>
        start <= (End ?? DateOnly.MaxValue) && (end ?? DateOnly.MaxValue) >= Start;
}
