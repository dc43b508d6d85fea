using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using DemoData;
using Xunit;
using static DemoData.CarePathway;

namespace EndToEnd.Tests;

/// <summary>
/// Issue 18's end-to-end must-show on the running platform: care journeys walked through the gateway start live
/// packages whose events reach statutory returns through the local sidecars and Redis; Wirral's returns officer
/// builds a CLD quarter from them that validates with no finding and submits it; a back-dated price change in care
/// packages is resubmitted with its reason and the diff shows it; the first artefact keeps its bytes and hash.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StatutoryReturnsAcrossServicesTests(LocalPlatform platform)
{
    /// <summary>Not the demo's quarter (the last ended, which the demo submits): this test opens its own.</summary>
    private const string Quarter = "2024/25 Q1";
    /// <summary>A council line of its own: the commitments other tests assert on their line stay theirs.</summary>
    private const string LineCode = "COUNCIL-ASC-2018-RETURNS";
    private readonly HttpClient _finance = platform.ClientFor(Council, Roles.FinanceOfficer);
    private readonly ReturnsOfficer _officer = new(() => new HttpClient { BaseAddress = platform.Gateway });

    [Fact]
    public async Task A_cld_quarter_of_the_care_journeys_validates_and_a_back_dated_price_is_resubmitted_with_its_diff()
    {
        var (fund, line) = await WirralPool.CouncilLine2018(_finance, LineCode);
        var journey = new CareJourney(() => new HttpClient { BaseAddress = platform.Gateway }, fund, line);
        var id = Id(await _officer.Opened(Quarter));
        var before = Rows(ReturnsOfficer.Current(await _officer.Collected(id, [])));

        var package = await journey.LiveHomeCare("9990000417");
        var submitted = await FirstVersionSubmitted(id, before);
        var hash = submitted.GetProperty("submission").GetProperty("artefactSha256").GetString()!;
        var first = await _officer.ArtefactOf(id, 1);
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(first.Bytes)));
        Assert.Equal(($"\"{hash}\"", $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(hash))}:"),
            (first.ETag, first.ReprDigest));

        var change = await UpliftResubmitted(journey, package, id);
        Assert.Equal(("Unit_Cost", "18.50", "19.00"), (change.GetProperty("field").GetString(),
            change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Contains(package.GetProperty("personReference").GetString()!, change.GetProperty("key").GetString());

        var second = ReturnsOfficer.Current(await _officer.Submitted(id));
        Assert.NotEqual(hash, second.GetProperty("submission").GetProperty("artefactSha256").GetString());
        var again = await _officer.ArtefactOf(id, 1);
        Assert.Equal(first.Bytes, again.Bytes);
        Assert.Equal((first.ETag, first.ReprDigest), (again.ETag, again.ReprDigest));
    }

    /// <summary>
    /// Collected once the new package's row has arrived, with every live package's person fields; validated with no
    /// finding, signed off and submitted: the first version as submitted.
    /// </summary>
    private async Task<JsonElement> FirstVersionSubmitted(Guid id, int rowsBefore)
    {
        var collected = ReturnsOfficer.Current(
            await _officer.CollectedOnce(id, await People(), version => Rows(version) > rowsBefore));
        Assert.True(Rows(collected) > rowsBefore, "the new package's row did not reach statutory returns in a minute");
        var submitted = await _officer.Submitted(id);
        var current = ReturnsOfficer.Current(submitted);
        Assert.Empty(current.GetProperty("findings").EnumerateArray());
        Assert.Equal(("submitted", 1), (submitted.GetProperty("status").GetString(),
            current.GetProperty("number").GetInt32()));
        return current;
    }

    /// <summary>
    /// £18.50 → £19.00 an hour from the package's start on 9 April 2018, recorded a fortnight later, then a
    /// resubmission with its reason collected until its diff shows the change: the one field changed.
    /// </summary>
    private async Task<JsonElement> UpliftResubmitted(CareJourney journey, JsonElement package, Guid id)
    {
        await Read(await journey.Broker.PostAsJsonAsync($"/api/v1/packages/{Id(package)}/cost-changes", new
        {
            lineId = package.GetProperty("lines")[0].GetProperty("id").GetGuid(), unitCost = 19.00m,
            costFrequency = "hourly", plannedUnitsPerWeek = 14m, effectiveFrom = "2018-04-09",
            recordedOn = "2018-04-23", reason = "Annual uplift agreed with the provider",
        }));
        const string reason = "Provider's uplift back-dated to the package's start";
        await _officer.Step(id, "resubmissions", new { reason });
        var collected = ReturnsOfficer.Current(await _officer.CollectedOnce(id, await People(),
            version => Changes(version).Any()));
        Assert.Equal((2, reason), (collected.GetProperty("number").GetInt32(), collected.GetProperty("reason")
            .GetString()));
        return Assert.Single(Changes(collected));
    }

    private Task<IReadOnlyList<string>> People() => ReturnsOfficer.PeopleWithLivePackages(_finance);

    private static int Rows(JsonElement version) => version.GetProperty("rows").GetInt32();

    private static IEnumerable<JsonElement> Changes(JsonElement version) =>
        version.GetProperty("diff") is { ValueKind: JsonValueKind.Object } diff
            ? diff.GetProperty("changed").EnumerateArray() : [];
}
