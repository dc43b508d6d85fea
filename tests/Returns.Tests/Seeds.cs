using Commissioning.Domain;
using Returns.Domain.Cld;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using Returns.Domain.Validation;

namespace Returns.Tests;

/// <summary>
/// Wirral Council (E08000015, A §1.1; Contracts' ProtoMapping) and its CLD quarters. The first mandatory
/// CLD quarter is Apr–Jun 2023 (anchors B.1 L472).
/// </summary>
public static class Seeds
{
    public static readonly CouncilCode Wirral = CouncilCode.Of("E08000015", "council");
    public static readonly DateTimeOffset At = new(2024, 7, 10, 9, 0, 0, TimeSpan.Zero);

    public static readonly ReturnsActor Officer = new("officer-1", ReturnsRole.ReturnsOfficer, "E08000015");
    /// <summary>Staffordshire County Council (E10000028): another council's returns officer.</summary>
    public static readonly ReturnsActor OtherCouncilsOfficer =
        new("officer-2", ReturnsRole.ReturnsOfficer, "E10000028");
    /// <summary>CWP, to which Wirral delegates assessment under s75 (A: £5.19m a year from 1 April 2018).</summary>
    public static readonly ReturnsActor Provider = new("cwp-1", ReturnsRole.ProviderUser, "RXA");
    public static readonly ReturnsActor Auditor = new("audit-1", ReturnsRole.Auditor, "AUDIT");

    public const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public const string OtherSha = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    public static ReturnPeriod Q1Of2024 => ReturnPeriod.CldQuarter(new FinancialYear(2024), 1);
    public static ReturnPeriod Q2Of2024 => ReturnPeriod.CldQuarter(new FinancialYear(2024), 2);

    public static SourceRecord Line(string id) => new("care-packages", "package-cost-line", id);

    public static CldPerson Person(string id = "WIR-0001") => new()
    {
        LaPersonUniqueIdentifier = id, Gender = "Female", Ethnicity = "White: English, Welsh, Scottish, "
            + "Northern Irish or British", Birth = BirthMonth.Of(new DateOnly(1948, 11, 23)),
        ClientType = "Service user", PrimarySupportReason = "Physical Support: Personal care support",
    };

    /// <summary>Home care: £18.50 an hour for 14 hours a week (the care-packages verification figure).</summary>
    public static CldRow HomeCare(ReturnPeriod period, DateOnly start, DateOnly? end = null, decimal rate = 18.50m,
        string person = "WIR-0001") => new(Wirral, period, Person(person), new CldEvent
        {
            EventType = "Service", EventStartDate = start, EventEndDate = end,
            Service = new CldService
            {
                ServiceType = "Long term support: Community", ServiceComponent = "Home care",
                DeliveryMechanism = "CASSR Commissioned Support", UnitCost = rate, CostFrequencyUnitType = "Hourly",
                PlannedUnitsPerWeek = 14m,
            },
        }, Line($"line-{person}"));

    public static CldRow Request(ReturnPeriod period, DateOnly start, string route = "Discharge from Hospital") =>
        new(Wirral, period, Person(), new CldEvent
        {
            EventType = "Request", EventStartDate = start, EventEndDate = start,
            EventOutcome = "Progress to assessment, review or reassessment", RequestRouteOfAccess = route,
        }, new SourceRecord("care-packages", "referral", "ref-1"));

    public static ReturnRow Row(string key, string unitCost) =>
        new(key, new Dictionary<string, string?> { ["Unit_Cost"] = unitCost, ["Event_Type"] = "Service" }, Line(key));

    public static RuleViolation Violation(Action act) => Assert.Throws<RuleViolation>(act);
}
