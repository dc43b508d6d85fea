using Commissioning.Domain.Costing;
using Returns.Domain.Cld;

namespace Returns.Domain.AscFr;

/// <summary>
/// Where one CLD service row falls in the ASC-FR tables (anchors B.4 L563-582): care type, age band, primary
/// support reason group, support setting and provision. Decisions (the documents give the keys, not the mapping
/// from CLD): the age band is the age at the year's last day from the year and month of birth, the only birth
/// detail CLD keeps; a PSR is its CLD group (the text before the colon); every package line is provision by
/// others, since care packages commissions from providers and records no in-house service (the council's own
/// provision is entered by the officer, not built); home care's activity is hours, every other setting's weeks.
/// </summary>
public sealed record AscFrCell(string CareType, string AgeBand, string PrimarySupportReason, string SupportSetting,
    string FinanceDescription)
{
    public const string Unknown = "Unknown";
    public const string UnderEighteen = "Under 18";
    public const string EighteenToSixtyFour = "18 to 64";
    public const string SixtyFiveAndOver = "65 and Over";
    public const string ProvisionByOthers = "Provision by Others";
    public const string Weeks = "Weeks";
    public const string Hours = "Hours";

    public const string HomeCare = "Community: Home Care";

    private static readonly Dictionary<string, string> CareTypes = new(StringComparer.Ordinal)
    {
        ["Long term support"] = "Long Term Support",
        ["Short term support"] = "Short Term Support",
        ["Unpaid carer support"] = "Support to Carers",
    };

    /// <summary>Support settings by CLD service type; long-term community support is split further below.</summary>
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["Long term support: Nursing care"] = "Nursing",
        ["Long term support: Residential care"] = "Residential",
        ["Long term support: Prison"] = "Prison",
        ["Short term support: ST-Max"] = "ST-Max",
        ["Short term support: Ongoing low level"] = "Ongoing Low Level",
        ["Short term support: Other short term"] = "Other Short Term",
        ["Unpaid carer support: Direct to unpaid carer"] = "Direct Support",
        ["Unpaid carer support: Support involving the person cared-for"] = "Support Involving the Cared-for",
    };

    public string ActivityUnit => SupportSetting == HomeCare ? Hours : Weeks;

    /// <summary>The row's key across versions: the cell's keys, which are unique in a return.</summary>
    public string Key => string.Join('|', CareType, AgeBand, PrimarySupportReason, SupportSetting, FinanceDescription);

    public static AscFrCell Of(CldRow row, DateOnly yearEnd)
    {
        var service = row.Event.Service!;
        var type = service.ServiceType ?? Unknown;
        var group = type.Split(':')[0].Trim();
        return new AscFrCell(CareTypes.GetValueOrDefault(group, Unknown), AgeBandAt(row.Person.Birth, yearEnd),
            PsrGroup(row.Person.PrimarySupportReason), Setting(type, service), ProvisionByOthers);
    }

    /// <summary>
    /// Rule AgeBandAtYearEnd: the age on the year's last day, counting a birthday in that month as had, since
    /// only the month is known (anchors-refresh §2 L34-37).
    /// </summary>
    public static string AgeBandAt(BirthMonth? birth, DateOnly yearEnd)
    {
        if (birth is not { } born) return Unknown;
        var age = yearEnd.Year - born.Year - (born.Month > yearEnd.Month ? 1 : 0);
        return age < 18 ? UnderEighteen : age < 65 ? EighteenToSixtyFour : SixtyFiveAndOver;
    }

    private static string PsrGroup(string? reason) =>
        reason is null || reason == CldLists.InvalidAndNotMapped ? Unknown : reason.Split(':')[0].Trim();

    /// <summary>
    /// Long-term community support by how it is given (anchors B.4 L582's settings): a direct payment, home care,
    /// supported living as supported accommodation, anything else as other long-term community care.
    /// </summary>
    private static string Setting(string type, CldService service)
    {
        if (Settings.TryGetValue(type, out var setting)) return setting;
        if (type != "Long term support: Community") return Unknown;
        if (service.DeliveryMechanism == "Direct Payment") return "Community: Direct Payments";
        return service.ServiceComponent switch
        {
            "Home care" => HomeCare,
            "Supported living" => "Supported Accommodation",
            _ => "Community: Other Long Term Care",
        };
    }

    /// <summary>Home care's hours in the year: planned hours a week over its weeks, when its cost is hourly.</summary>
    public static decimal HoursOf(CldRow row, CldCost cost) =>
        row.CostFrequency == CostFrequency.Hourly && row.Event.Service?.PlannedUnitsPerWeek is { } hours
            ? hours * cost.WeeksOfService
            : 0m;
}
