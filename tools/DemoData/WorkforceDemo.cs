using Commissioning.Identity;

namespace DemoData;

/// <summary>
/// The workforce of A's Section 75 delegation (A §1.1 L165, §1.15 L374-379): Wirral Council, the transferor,
/// and CWP, the transferee, each registered by its own HR officer, and Wirral's three in-scope teams with the
/// document's total row (128 FTE in scope: 110 in post and 18 vacant; headcount 123; £5.19m).
/// </summary>
public static class WorkforceDemo
{
    public const string Wirral = "E08000015";
    public const string Cwp = "RXA";

    /// <summary>A's three in-scope teams (A §1.15 L374-377); the tests state the same table.</summary>
    public static object[] ATeams =>
    [
        new { name = "Community Mental Health Team", staffBudget = 3_090_000m, headcount = 70, fteInPost = 63m,
            vacantFte = 9m },
        new { name = "Integrated Disability Service", staffBudget = 1_040_000m, headcount = 25, fteInPost = 23m,
            vacantFte = 4m },
        new { name = "Children with Disability", staffBudget = 1_060_000m, headcount = 28, fteInPost = 24m,
            vacantFte = 5m },
    ];

    /// <summary>A's total row (A §1.15 L379), which must equal the sum of its teams.</summary>
    public static object ATotal(int headcount = 123) => new
    {
        label = "Total", staffBudget = 5_190_000m, headcount, fteInPost = 110m, vacantFte = 18m, inScopeFte = 128m,
    };

    public static async Task Load(DemoClient api)
    {
        var wirralHr = DemoClient.Token("demo-wirral-hr", Wirral, "council", Roles.HrOfficer);
        var cwpHr = DemoClient.Token("demo-cwp-hr", Cwp, "nhs", Roles.HrOfficer);
        var wirral = DemoClient.Id(await api.Post("/api/v1/employers",
            new { name = "Wirral Council", kind = "council", code = Wirral }, wirralHr));
        await api.Post("/api/v1/employers",
            new { name = "Cheshire and Wirral Partnership NHS Foundation Trust", kind = "nhs-body", code = Cwp },
                cwpHr);
        await api.Put($"/api/v1/employers/{wirral}/establishment", new { teams = ATeams, totals = new[] { ATotal() } },
            wirralHr);
        Console.WriteLine($"""
            Workforce (A's s75 delegation to CWP), with this Wirral Council HR officer's token (8 hours):
                GET /api/v1/employers/{wirral}/establishment
            {wirralHr}
            """);
    }
}
