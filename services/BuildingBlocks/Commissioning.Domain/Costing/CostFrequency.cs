namespace Commissioning.Domain.Costing;

/// <summary>
/// How often a unit cost falls due: CLD's Cost_Frequency_Unit_Type (anchors B.2 L492; the units a week
/// of each, anchors B.2 L524-531 and anchors-refresh §2 L38-40).
/// </summary>
public enum CostFrequency
{
    Hourly,
    PerSession,
    Daily,
    Weekly,
    Fortnightly,
    FourWeekly,
    Monthly,
    Quarterly,
    Annual,
    OneOff,
}
