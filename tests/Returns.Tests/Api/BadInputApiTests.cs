using System.Net;
using System.Net.Http.Json;
using static Commissioning.Testing.Answers;
using static Returns.Tests.Api.CarePackageEvents;

namespace Returns.Tests.Api;

/// <summary>
/// Bad input is an RFC 9457 problem naming the field or rule and writes nothing (issue 18 "Must show"): a
/// period that does not exist, a kind the service does not make, a second return for the same period, signing
/// an unvalidated return, resubmitting without a reason.
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class BadInputApiTests(CarePackagesPartner carePackages) : ReturnsServiceTest(carePackages)
{
    [Theory]
    [InlineData("cld", "2024/25 Q5", "period")] // a financial year has four quarters
    [InlineData("cld", "2022/23 Q4", "period")] // CLD begins with 2023/24 Q1 (refresh §2 L24-25)
    [InlineData("cld", "2024/25 M07", "period")] // CLD is quarterly
    [InlineData("salt", "2024/25 Q1", "kind")]
    public async Task A_return_for_a_period_or_kind_that_does_not_exist_is_refused_naming_it(string kind,
        string period, string field)
    {
        await Refused(Officer.PostAsJsonAsync("/api/v1/returns", new { kind, council = Wirral, period }),
            HttpStatusCode.BadRequest, field);

        Assert.Empty((await Ok(Officer.GetAsync("/api/v1/returns"))).EnumerateArray());
    }

    [Fact]
    public async Task A_second_return_for_the_same_period_is_a_conflict_naming_the_period()
    {
        await Open();

        await Refused(Officer.PostAsJsonAsync("/api/v1/returns", new { kind = "cld", council = Wirral,
            period = "2024/25 Q1" }), HttpStatusCode.Conflict, "period");
        Assert.Single((await Ok(Officer.GetAsync("/api/v1/returns"))).EnumerateArray());
    }

    [Fact]
    public async Task Signing_an_unvalidated_return_is_refused_naming_its_status_and_changes_nothing()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());
        await Step(id, "collections", People);

        await Refused(Officer.PostAsJsonAsync($"/api/v1/returns/{id}/sign-off", new { }),
            HttpStatusCode.UnprocessableEntity, "status");
        await Refused(Officer.PostAsJsonAsync($"/api/v1/returns/{id}/submissions", new { }),
            HttpStatusCode.UnprocessableEntity, "status");

        var unchanged = await Ok(Officer.GetAsync($"/api/v1/returns/{id}"));
        Assert.Equal("collecting", unchanged.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, Current(unchanged).GetProperty("signedOffBy").ValueKind);
    }

    [Fact]
    public async Task A_resubmission_without_a_reason_is_refused_naming_it_and_starts_no_version()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());
        await Submitted(id);

        await Refused(Officer.PostAsJsonAsync($"/api/v1/returns/{id}/resubmissions", new { reason = " " }),
            HttpStatusCode.BadRequest, "reason");

        var unchanged = await Ok(Officer.GetAsync($"/api/v1/returns/{id}"));
        Assert.Equal(("submitted", 1), (unchanged.GetProperty("status").GetString(),
            unchanged.GetProperty("versions").GetArrayLength()));
    }

    [Fact]
    public async Task Person_fields_naming_no_person_are_refused_naming_the_reference()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());

        await Refused(Officer.PostAsJsonAsync($"/api/v1/returns/{id}/collections", new
        {
            people = new[] { new { personReference = Person, gender = "Female" }, new { personReference = " ",
                gender = "Male" } },
        }), HttpStatusCode.BadRequest, "people[1].personReference");

        var unchanged = await Ok(Officer.GetAsync($"/api/v1/returns/{id}"));
        Assert.Equal(("open", 0), (unchanged.GetProperty("status").GetString(), Current(unchanged).GetProperty("rows")
            .GetInt32()));
    }
}
