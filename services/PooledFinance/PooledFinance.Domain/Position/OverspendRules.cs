using Commissioning.Domain;

namespace PooledFinance.Domain.Position;

/// <summary>
/// The rules of a forecast overspend on a line beyond its headroom and its joint mitigation (B R-FIN-19 L472,
/// A §4.11 L876).
/// </summary>
public static class OverspendRules
{
    public static readonly Rule OnALineOfTheFund = new("overspend-on-a-line-of-the-fund", ViolationKind.Invalid,
        "A forecast overspend is on a line of its fund, in the line's year.", "B R-FIN-19 L472");
    public static readonly Rule BeyondTheHeadroom = new("overspend-beyond-the-headroom", ViolationKind.Invalid,
        "A forecast overspend is the commitment less the line's headroom.", "B R-FIN-19 L472");
    public static readonly Rule MitigatedOnce = new("overspend-mitigated-once", ViolationKind.AlreadyExists,
        "A forecast overspend is closed by one joint mitigation.", "B L670");
    public static readonly Rule AgreedByEveryPartner = new("mitigation-agreed-by-every-partner",
        ViolationKind.Invalid, "A joint mitigation is agreed by every partner of the agreement, and only by them.",
        "A §4.11 L876");
    public static readonly Rule AfterTheForecast = new("mitigation-after-the-forecast", ViolationKind.Invalid,
        "A joint mitigation is agreed on or after the day the overspend was forecast.");
}
