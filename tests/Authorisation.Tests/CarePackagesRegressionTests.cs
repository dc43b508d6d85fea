using System.Net;
using System.Net.Http.Json;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Testing;
using Commissioning.Identity;
using Grpc.Core;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Issue 15's examples in care packages, each tried as Plymouth City Council (or the caller the issue names)
/// against one Wirral resident's records: each is refused as if the record did not exist, and Wirral's records
/// read back by Wirral's own staff are unchanged.
/// </summary>
[Collection(WirralCareCollection.Name)]
public sealed class CarePackagesRegressionTests(WirralCare w)
{
    private HttpClient Plymouth(params string[] roles) => w.As(Callers.PlymouthCouncil, roles);

    [Fact]
    public async Task Plymouth_looking_up_Wirrals_person_by_nhs_number_finds_nobody_and_reads_nothing_by_id()
    {
        using var plymouth = Plymouth(Commissioner, Verifier);
        var found = await WirralCare.Get(plymouth, $"/api/v1/people?nhsNumber={WirralCare.NhsNumber}");
        Assert.Empty(found.EnumerateArray());
        await NotFound(plymouth.GetAsync($"/api/v1/people/{w.Person}"), "id");
    }

    [Fact]
    public async Task Plymouth_registering_the_same_nhs_number_registers_its_own_resident_without_learning_of_Wirrals()
    {
        using var plymouth = Plymouth(Commissioner);
        await Unchanged($"/api/v1/people/{w.Person}", async () =>
        {
            using var registered = await plymouth.PostAsJsonAsync("/api/v1/people", new
            {
                nhsNumber = WirralCare.NhsNumber, givenName = "Pat", familyName = "Jones", dateOfBirth = "1980-05-17",
            });
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            Assert.NotEqual(w.Person, (await registered.Content.ReadFromJsonAsync<IdOnly>())!.Id);
        });
    }

    [Fact]
    public async Task Plymouth_reads_none_of_Wirrals_referral_assessment_support_plan_or_verification()
    {
        using var plymouth = Plymouth(Commissioner, Verifier, Broker);
        await NotFound(plymouth.GetAsync($"/api/v1/referrals/{w.Referral}"), "id");
        await NotFound(plymouth.GetAsync($"/api/v1/assessments/{w.Assessment}"), "id");
        await NotFound(plymouth.GetAsync($"/api/v1/support-plans/{w.Plan}"), "id");
        await NotFound(plymouth.GetAsync($"/api/v1/support-plans/{w.Plan}/verification"), "supportPlanId");
        await NotFound(plymouth.GetAsync($"/api/v1/verifications/{w.Verification}"), "id");
    }

    [Fact]
    public async Task Plymouth_closing_and_rebrokering_Wirrals_placement_request_is_not_found_and_leaves_it_open()
    {
        using var plymouth = Plymouth(Broker);
        await Unchanged($"/api/v1/placement-requests/{w.Request}", async () =>
        {
            await NotFound(plymouth.PostAsync($"/api/v1/placement-requests/{w.Request}/closure", null), "id");
            await NotFound(plymouth.PostAsJsonAsync(
                $"/api/v1/placement-requests/{w.Request}/rebroker", new { }), "id");
        });
        var listed = await (await plymouth.GetAsync("/api/v1/placement-requests")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(w.Request.ToString(), listed);
    }

    [Fact]
    public async Task Plymouth_declining_the_offer_on_Wirrals_placement_request_is_not_found_and_leaves_it_standing()
    {
        using var plymouth = Plymouth(Broker);
        await Unchanged($"/api/v1/placement-requests/{w.Request}", () => NotFound(plymouth.PostAsJsonAsync(
            $"/api/v1/placement-requests/{w.Request}/offers/{w.Offer}/decline", new { reason = "Plymouth" }), "id"));
    }

    [Fact]
    public async Task A_provider_party_to_nothing_reads_no_persons_referral()
    {
        using var stranger = w.As(Callers.Stranger, ProviderUser);
        await NotFound(stranger.GetAsync($"/api/v1/referrals/{w.Referral}"), "id");
    }

    [Fact]
    public async Task A_provider_of_Wirrals_market_that_does_not_assess_for_it_is_refused_the_referral()
    {
        using var oakLodge = w.As(Callers.OakLodge, ProviderUser);
        using var refused = await oakLodge.GetAsync($"/api/v1/referrals/{w.Referral}");
        await CareJourney.AssertProblemNames(refused, HttpStatusCode.Forbidden, "referralId");
        using var cwp = w.As(Callers.Cwp, ProviderUser);
        var read = await WirralCare.Get(cwp, $"/api/v1/referrals/{w.Referral}");
        Assert.Equal(w.Referral, read.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_broker_reads_a_verification_by_its_id_as_by_its_plan()
    {
        using var broker = w.As(Callers.WirralCouncil, Broker);
        var byId = await WirralCare.Get(broker, $"/api/v1/verifications/{w.Verification}");
        var byPlan = await WirralCare.Get(broker, $"/api/v1/support-plans/{w.Plan}/verification");
        Assert.Equal(byPlan.GetRawText(), byId.GetRawText());
    }

    [Fact]
    public async Task Plymouth_over_grpc_reads_no_summary_of_Wirrals_package()
    {
        using var clients = new PartnerClients(w.Care.GrpcAddress);
        var token = PartnerClients.Bearer(DevelopmentTokens.Mint(new DevelopmentTokenRequest(
            "user-of-plymouth", Callers.PlymouthCouncil, [FinanceOfficer, Commissioner])));
        var refused = await Assert.ThrowsAsync<RpcException>(() => clients.CarePackages.GetPackageSummaryAsync(
            new GetPackageSummaryRequest { PackageId = w.Plan.ToString() }, token).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    private sealed record IdOnly(Guid Id);

    /// <summary>Runs <paramref name="attempt"/>; Wirral's staff must read <paramref name="path"/> as before.</summary>
    private async Task Unchanged(string path, Func<Task> attempt)
    {
        using var owner = w.As(Callers.WirralCouncil, Commissioner, Verifier, Broker);
        var before = await (await owner.GetAsync(path)).Content.ReadAsStringAsync();
        await attempt();
        Assert.Equal(before, await (await owner.GetAsync(path)).Content.ReadAsStringAsync());
    }

    private static async Task NotFound(Task<HttpResponseMessage> sending, string field)
    {
        using var response = await sending;
        await CareJourney.AssertProblemNames(response, HttpStatusCode.NotFound, field);
    }
}
