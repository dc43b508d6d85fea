using System.Net;
using System.Net.Http.Json;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.People;
using Commissioning.Identity;
using Commissioning.Testing;
using static Commissioning.Testing.CareJourney;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>People: identity stays here and only council staff read it (ARCHITECTURE "Personal data").</summary>
[Collection(PartnersCollection.Name)]
public sealed class PeopleApiTests(Partners partners) : CareServiceTest(partners)
{

    [Fact]
    public async Task An_nhs_number_failing_its_modulus_11_check_is_refused_naming_it()
    {
        // 943 476 5919 is valid; changing the last digit breaks the check.
        var response = await Journey.Commissioner.PostAsJsonAsync("/api/v1/people",
            new { nhsNumber = "943 476 5918", givenName = "Sam", familyName = "Jones", dateOfBirth = "1980-05-17" });
        await AssertProblemNames(response, HttpStatusCode.BadRequest, "nhsNumber", PeopleRules.NhsNumberChecks);
    }

    [Fact]
    public async Task A_person_refused_for_a_missing_name_is_not_written()
    {
        var response = await Journey.Commissioner.PostAsJsonAsync("/api/v1/people",
            new { nhsNumber = "943 476 5919", givenName = " ", familyName = "Jones", dateOfBirth = "1980-05-17" });
        await AssertProblemNames(response, HttpStatusCode.BadRequest, "givenName", PeopleRules.PersonStated);
        Assert.Empty((await Read(await Journey.Commissioner.GetAsync("/api/v1/people?nhsNumber=9434765919"))).EnumerateArray());
    }

    [Fact]
    public async Task One_nhs_number_is_registered_once_and_found_by_it_with_its_pseudonymous_reference()
    {
        var person = await Journey.Register();
        Assert.Matches("^pr_[0-9a-f]{32}$", person.GetProperty("reference").GetString());
        var again = await Journey.Commissioner.PostAsJsonAsync("/api/v1/people",
            new { nhsNumber = "9434765919", givenName = "Samuel", familyName = "Jones", dateOfBirth = "1980-05-17" });
        await AssertProblemNames(again, HttpStatusCode.Conflict, "nhsNumber", PeopleRules.PersonNhsNumberOnce);
        var found = Assert.Single((await Read(await Journey.Commissioner.GetAsync("/api/v1/people?nhsNumber=943-476-5919"))).EnumerateArray());
        Assert.Equal(Id(person), Id(found));
    }

    [Fact]
    public async Task A_provider_user_cannot_read_identity_and_an_anonymous_caller_is_401()
    {
        var person = await Journey.Register();
        Assert.Equal(HttpStatusCode.Forbidden, (await Journey.Practitioner.GetAsync($"/api/v1/people/{Id(person)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Journey.Practitioner.PostAsJsonAsync("/api/v1/people",
            new { nhsNumber = "4000000004", givenName = "Alex", familyName = "Smith", dateOfBirth = "1970-01-01" })).StatusCode);
        using var anonymous = Service.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/people/{Id(person)}")).StatusCode);
    }

    [Fact]
    public async Task A_provider_assessment_response_names_the_person_only_by_reference()
    {
        var person = await Journey.Register();
        var assessment = await Journey.EligibleAssessment(person);
        var text = assessment.GetRawText();
        Assert.Equal(person.GetProperty("reference").GetString(), assessment.GetProperty("personReference").GetString());
        Assert.DoesNotContain("9434765919", text);
        Assert.DoesNotContain("Jones", text);
        Assert.DoesNotContain("1980-05-17", text);
    }

    [Fact]
    public async Task A_provider_whose_delegation_does_not_cover_assessment_cannot_assess()
    {
        // Wirral delegates only support planning to 1-201: it is party to Wirral's records, not an assessor.
        await using var service = new ServiceUnderTest<Program>(new Dictionary<string, string?>(Partners.Settings)
        {
            [$"Section75:Delegations:{Council}:1-201:0"] = "SupportPlanning",
        });
        var journey = new CareJourney(service.CreateClient, Partners.WirralFund, Partners.CouncilLine);
        var person = await journey.Register();
        var referral = await Read(await journey.Commissioner.PostAsJsonAsync("/api/v1/referrals",
            new { personId = Id(person), routeOfAccess = "community-or-other", receivedOn = "2018-04-03" }));
        using var undelegated = Client(service.CreateClient, "agency-worker", "1-201", Roles.ProviderUser);
        var response = await undelegated.PostAsJsonAsync($"/api/v1/referrals/{Id(referral)}/assessments", new { startedOn = "2018-04-03" });
        await AssertProblemNames(response, HttpStatusCode.Forbidden, "assessorOrganisationId",
            AssessmentRules.DelegatedUnderSection75);
    }

    [Fact]
    public async Task A_provider_no_council_delegates_to_or_names_finds_no_referral()
    {
        var person = await Journey.Register();
        var referral = await Read(await Journey.Commissioner.PostAsJsonAsync("/api/v1/referrals",
            new { personId = Id(person), routeOfAccess = "community-or-other", receivedOn = "2018-04-03" }));
        using var stranger = Client(Service.CreateClient, "agency-worker", "1-201", Roles.ProviderUser);
        var path = $"/api/v1/referrals/{Id(referral)}";
        await AssertProblemNames(await stranger.GetAsync(path), HttpStatusCode.NotFound, "id");
        var response = await stranger.PostAsJsonAsync($"{path}/assessments", new { startedOn = "2018-04-03" });
        await AssertProblemNames(response, HttpStatusCode.NotFound, "id");
    }
}
