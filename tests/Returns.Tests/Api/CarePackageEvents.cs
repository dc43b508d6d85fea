namespace Returns.Tests.Api;

/// <summary>
/// Care packages' events as its outbox writes them (proto-JSON of proto/commissioning/events/v1): Wirral's home
/// care at £18.50 an hour for 14 hours a week, the shape of A's demo journey (PackagesApiTests), started on
/// Monday 8 April 2024 so that it falls in the CLD quarter 2024/25 Q1 (1 July 2023 to 30 June 2024).
/// </summary>
public static class CarePackageEvents
{
    /// <summary>Care packages' reference of Wirral's resident (<see cref="CarePackagesPartner"/>).</summary>
    public const string Person = "pr_d85a336e23f45b376b9452a122002e40";
    public const string Package = "5a1d7c2e-0000-4000-8000-000000000001";
    public const string Line = "5a1d7c2e-0000-4000-8000-0000000000a1";

    /// <summary>
    /// The person fields the returns officer gives at extract time, those care packages records none of: no name,
    /// no NHS number, no date of birth (care packages gives the year and month).
    /// </summary>
    public static readonly object People = new
    {
        people = new[]
        {
            new
            {
                personReference = Person, clientType = "Service user", gender = "Female", ethnicity = "White British",
                primarySupportReason = "Physical Support: Personal care support",
            },
        },
    };

    public static object Started(string council = ReturnsServiceTest.Wirral) => new
    {
        packageId = Package, person = new { pseudonym = Person }, startDate = Date(2024, 4, 8),
        council = new { code = council, kind = "ORGANISATION_KIND_COUNCIL" }, routeOfAccess = "community-or-other",
        serviceLines = new[] { HomeCare(1850, Date(2024, 4, 8)) },
    };

    /// <summary>A back-dated price rise to £19.00 an hour from the start, recorded on 23 April 2024.</summary>
    public static object Changed() => new
    {
        packageId = Package, person = new { pseudonym = Person }, effectiveFrom = Date(2024, 4, 8),
        recordedOn = Date(2024, 4, 23), council = new { code = ReturnsServiceTest.Wirral },
        serviceLine = HomeCare(1900, Date(2024, 4, 8)),
    };

    public static object Ended() => new
    {
        packageId = Package, person = new { pseudonym = Person }, reason = "support-ended-as-planned",
        endDate = Date(2024, 6, 28), council = new { code = ReturnsServiceTest.Wirral },
    };

    private static object HomeCare(long unitCostPence, object priceFrom) => new
    {
        lineId = Line, serviceType = "home-care", serviceComponent = "home-care",
        deliveryMechanism = "council-commissioned-support", provider = new { code = "1-201" },
        unitCost = new { pence = unitCostPence.ToString(), currencyCode = "GBP" }, costFrequency = "hourly",
        plannedUnitsPerWeekHundredths = "1400", fundingStatus = "la-social-care", startDate = Date(2024, 4, 8),
        priceEffectiveFrom = priceFrom,
    };

    private static object Date(int year, int month, int day) => new { year, month, day };
}
