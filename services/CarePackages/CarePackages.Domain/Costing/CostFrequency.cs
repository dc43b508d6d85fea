namespace CarePackages.Domain.Costing;

/// <summary>How often a unit cost falls due: CLD's Cost_Frequency_Unit_Type (anchors B.2).</summary>
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
