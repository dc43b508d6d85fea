using System.Net;
using System.Net.Http.Json;
using Commissioning.Testing;
using static Commissioning.Testing.CareJourney;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>Child protection stays with the council whoever raises it (A R-SG-01..03, §1.16.5 L416).</summary>
[Collection(PartnersCollection.Name)]
public sealed class SafeguardingApiTests(Partners partners) : CareServiceTest(partners)
{

    [Fact]
    public async Task A_concern_about_a_child_raised_by_the_provider_goes_to_the_council_worklist_not_the_providers()
    {
        var child = await Journey.Register("4000000004", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-15).ToString("yyyy-MM-dd"));
        var concern = await Read(await Journey.Practitioner.PostAsJsonAsync("/api/v1/safeguarding-concerns", new
        {
            personId = Id(child), summary = "Unexplained bruising seen at the short break.", raisedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            deliveringProviderCode = Cwp, investigationDelegated = true,
        }));

        Assert.Equal("child-protection", concern.GetProperty("kind").GetString());
        Assert.Equal("council-child-protection", concern.GetProperty("worklist").GetString());
        Assert.Empty((await Read(await Journey.Practitioner.GetAsync("/api/v1/safeguarding-concerns"))).EnumerateArray());
        var council = Assert.Single((await Read(await Journey.Commissioner.GetAsync("/api/v1/safeguarding-concerns"))).EnumerateArray());
        Assert.Equal(Id(concern), Id(council));
    }

    [Fact]
    public async Task The_worklist_is_paged_in_the_store_and_a_page_out_of_range_is_refused_naming_it()
    {
        var person = await Journey.Register();
        await Read(await Journey.Commissioner.PostAsJsonAsync("/api/v1/safeguarding-concerns", new
        {
            personId = Id(person), summary = "Missed visits reported by a neighbour.", raisedOn = "2018-05-01",
        }));
        const string worklist = "/api/v1/safeguarding-concerns";
        Assert.Single((await Read(await Journey.Commissioner.GetAsync($"{worklist}?limit=1"))).EnumerateArray());
        Assert.Empty((await Read(await Journey.Commissioner.GetAsync($"{worklist}?offset=1"))).EnumerateArray());
        await AssertProblemNames(await Journey.Commissioner.GetAsync($"{worklist}?limit=0"),
            HttpStatusCode.BadRequest, "limit");
    }
}
