namespace Contracts.Domain.RateCards;

/// <summary>The units rates are quoted in; the same set CLD normalises cost lines from (anchors B.2).</summary>
public enum RateUnit
{
    PerHour,
    PerDay,
    PerWeek,
    PerFourWeeks,
    PerMonth,
    PerYear,
    OneOff,
}
