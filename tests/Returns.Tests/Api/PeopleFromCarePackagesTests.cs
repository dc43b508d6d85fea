using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.Extensions.DependencyInjection;
using Returns.Api.Extracts;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;
using Returns.Domain.Cld;
using static Commissioning.Testing.Answers;
using static Returns.Tests.Api.CarePackageEvents;

namespace Returns.Tests.Api;

/// <summary>
/// The CLD person fields fetched from the real care packages at extract time with the returns officer's token
/// (issue 18 cap. 2): the year and month of birth care packages holds, never the day (anchors-refresh §2 L37), in
/// the rows of the version collected, asked for in batches under care packages' cap; another council's returns
/// officer gets none of Wirral's people.
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class PeopleFromCarePackagesTests(CarePackagesPartner carePackages) : ReturnsServiceTest(carePackages)
{
    [Fact]
    public async Task The_rows_carry_the_year_and_month_of_birth_care_packages_holds_and_never_the_day()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());

        await Submitted(id);

        var lines = Encoding.UTF8.GetString(await Officer.GetByteArrayAsync($"/api/v1/returns/{id}/artefact"))
            .Split("\r\n");
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        // Born 27 March 1941 in care packages; the request gave no birth at all.
        Assert.Equal(("1941", "03"), (row[Array.IndexOf(header, CldHeaders.YearOfBirth)],
            row[Array.IndexOf(header, CldHeaders.MonthOfBirth)]));
        Assert.DoesNotContain(header, h => h.Contains("Date_of_Birth", StringComparison.Ordinal));
        Assert.DoesNotContain("27", row);
        Assert.DoesNotContain("1941-03-27", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_officers_fields_only_what_care_packages_does_not_record_is_found_missing()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());
        await Step(id, "collections");

        var findings = Current(await Step(id, "validations")).GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("field").GetString()).ToList();

        Assert.Equal([CldHeaders.Gender, CldHeaders.Ethnicity, CldHeaders.PrimarySupportReason], findings);
    }

    [Fact]
    public async Task More_people_than_care_packages_answers_in_one_call_are_asked_for_in_batches()
    {
        // 1,000 people care packages does not know, then Wirral's resident, whom only a second call can ask about.
        await using (var scope = Service.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ReturnsStore>();
            store.CldServices.AddRange(Enumerable.Range(0, CarePackagesPeople.Batch + 1).Select(i => new CldServiceRow
            {
                PackageId = $"package-{i:D4}", LineId = $"line-{i:D4}", Council = Wirral,
                PersonReference = i < CarePackagesPeople.Batch ? $"pr_{i:x32}" : Person, ServiceType = "home-care",
                DeliveryMechanism = "council-commissioned-support", CostFrequency = "hourly", UnitCostPence = 1850,
                PlannedUnitsHundredths = 1400, StartDate = new DateOnly(2024, 4, 8),
            }));
            await store.SaveChangesAsync();
        }
        var id = Id(await Open());
        await Step(id, "collections");

        var births = Current(await Step(id, "validations")).GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("field").GetString() == CldHeaders.YearOfBirth)
            .Select(f => f.GetProperty("record").GetString()).ToList();

        Assert.Equal(CarePackagesPeople.Batch, births.Count);
        Assert.DoesNotContain("care-packages/package-cost-line/line-1000", births);
    }

    [Fact]
    public async Task Another_councils_returns_officer_gets_none_of_this_councils_people()
    {
        // Liverpool's events naming Wirral's resident: care packages holds the person as Wirral's only.
        await Deliver("package-started", Started(Liverpool));
        using var liverpool = Service.ClientFor(Liverpool, Roles.ReturnsOfficer);
        var opened = await Ok(liverpool.PostAsJsonAsync("/api/v1/returns",
            new { kind = "cld", council = Liverpool, period = "2024/25 Q1" }));
        await Ok(liverpool.PostAsJsonAsync($"/api/v1/returns/{Id(opened)}/collections", People));

        var validated = Current(await Ok(liverpool.PostAsJsonAsync($"/api/v1/returns/{Id(opened)}/validations",
            new { })));

        Assert.Equal([CldHeaders.YearOfBirth, CldHeaders.MonthOfBirth], validated.GetProperty("findings")
            .EnumerateArray().Select(f => f.GetProperty("field").GetString()));
    }
}

/// <summary>Care packages unreachable: collecting is refused as a 503 naming it, and nothing is collected.</summary>
[Collection(CarePackagesCollection.Name)]
public sealed class CarePackagesUnreachableTests(CarePackagesPartner carePackages) : ReturnsServiceTest(carePackages)
{
    protected override Dictionary<string, string?> Settings() =>
        new() { ["Services:CarePackages"] = $"http://127.0.0.1:{FreePort.Next()}" };

    [Fact]
    public async Task Collecting_is_a_503_naming_care_packages_and_writes_nothing()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());

        using var refused = await Officer.PostAsJsonAsync($"/api/v1/returns/{id}/collections", People);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("Care packages could not be asked", problem.GetProperty("detail").GetString());
        var unchanged = await Ok(Officer.GetAsync($"/api/v1/returns/{id}"));
        Assert.Equal(("open", 0), (unchanged.GetProperty("status").GetString(),
            Current(unchanged).GetProperty("rows").GetInt32()));
    }
}
