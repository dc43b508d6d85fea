using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using Commissioning.Testing;
using Returns.Api.Extracts;
using Returns.Domain.AscFr;
using Returns.Domain.Cld;
using static Commissioning.Testing.Answers;
using static Returns.Tests.Api.CarePackageEvents;

namespace Returns.Tests.Api;

/// <summary>
/// A CLD return through its lifecycle from care packages' events (issue 18 cap. 7 and "Must show"): opened,
/// collected, validated with no finding, signed off and submitted with the artefact's SHA-256; the artefact read
/// back byte for byte with that hash; a back-dated cost change resubmitted with its reason as version 2, whose
/// diff shows the unit cost changed, while version 1's artefact and hash stay as they were.
/// </summary>
public abstract class ReturnLifecycleApiTests(CarePackagesPartner carePackages)
    : ReturnsServiceTest(carePackages)
{
    [Fact]
    public async Task A_quarter_is_submitted_with_its_hash_and_its_artefact_is_read_back_byte_for_byte()
    {
        Assert.Equal("SUCCESS", await Deliver("package-started", Started()));
        var id = Id(await Open());

        var submitted = Current(await Submitted(id));

        var hash = submitted.GetProperty("submission").GetProperty("artefactSha256").GetString();
        using var artefact = await Officer.GetAsync($"/api/v1/returns/{id}/artefact");
        var bytes = await artefact.Content.ReadAsByteArrayAsync();
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal($"\"{hash}\"", artefact.Headers.ETag?.Tag);
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");
        Assert.Equal(string.Join(',', CldHeaders.All), lines[0]);
        // £18.50 an hour, 14 hours a week, hourly: the row as CLD takes it (B.2 L508 numeric 0.00).
        Assert.Contains($"{Wirral},2023-07-01,2024-06-30,{Person},", lines[1]);
        Assert.Contains(",Long term support: Community,Home care,CASSR Commissioned Support,,la-social-care,18.50,"
            + "Hourly,14.00", lines[1]);
        Assert.Equal(("", 3), (lines[^1], lines.Length));
    }

    [Fact]
    public async Task An_asc_fr_year_is_built_from_the_same_lines_and_submitted_as_its_data_file()
    {
        Assert.Equal("SUCCESS", await Deliver("package-started", Started()));
        var id = Id(await Ok(Officer.PostAsJsonAsync("/api/v1/returns",
            new { kind = "asc-fr", council = Wirral, period = "2024/25" })));

        var submitted = Current(await Submitted(id));

        Assert.Equal(1, submitted.GetProperty("rows").GetInt32());
        using var artefact = await Officer.GetAsync($"/api/v1/returns/{id}/artefact");
        var bytes = await artefact.Content.ReadAsByteArrayAsync();
        Assert.Equal(submitted.GetProperty("submission").GetProperty("artefactSha256").GetString(),
            Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(AscFrWorkbook.MediaType, artefact.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var data = workbook.Worksheet("Data");
        Assert.Equal(AscFrHeaders.All, data.Row(1).CellsUsed().Select(c => c.GetString()));
        // Born March 1941 (care packages): 65 and over on 31 March 2025. 8 April 2024 to 31 March 2025 is 358
        // days, 51 1/7 weeks (anchors B.2 L535): 716 hours at 14 a week, £259 a week = £13,246.00, so £18.50 an
        // hour (B.4 L567).
        Assert.Equal(["2025", Wirral, "Long Term Support", "65 and Over", "Physical Support", "Community: Home Care",
            "Provision by Others"], data.Row(2).Cells(1, 7).Select(c => c.GetString()));
        Assert.Equal([1m, 13246.00m, 716.00m, 18.50m],
            new[] { 8, 9, 11, 12 }.Select(c => data.Cell(2, c).GetValue<decimal>()));
        Assert.Equal(("Hours", "0.00"), (data.Cell(2, 10).GetString(), data.Cell(2, 9).Style.NumberFormat.Format));
        var table = workbook.Worksheet("Long Term Support");
        Assert.Equal(("Expenditure (£), 65 and Over", "Community: Home Care", "Physical Support", 13246.00m),
            (table.Cell(1, 1).GetString(), table.Cell(2, 2).GetString(), table.Cell(3, 1).GetString(),
                table.Cell(3, 2).GetValue<decimal>()));
        Assert.Equal(("Total", 13246.00m), (table.Cell(4, 1).GetString(), table.Cell(4, 3).GetValue<decimal>()));
    }

    [Fact]
    public async Task A_back_dated_cost_change_is_resubmitted_with_its_reason_and_diff_and_version_1_never_changes()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());
        var first = Current(await Submitted(id)).GetProperty("submission").GetProperty("artefactSha256").GetString();
        var firstBytes = await Officer.GetByteArrayAsync($"/api/v1/returns/{id}/artefact");

        Assert.Equal("SUCCESS", await Deliver("package-changed", Changed()));
        await Step(id, "resubmissions", new { reason = "Provider's uplift back-dated to the start" });
        var collected = Current(await Step(id, "collections", People));

        var change = Assert.Single(collected.GetProperty("diff").GetProperty("changed").EnumerateArray());
        Assert.Equal((CldHeaders.UnitCost, "18.50", "19.00"), (change.GetProperty("field").GetString(),
            change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal("Provider's uplift back-dated to the start", collected.GetProperty("reason").GetString());
        var second = Current(await Submitted(id));
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.NotEqual(first, second.GetProperty("submission").GetProperty("artefactSha256").GetString());
        var again = await Ok(Officer.GetAsync($"/api/v1/returns/{id}"));
        Assert.Equal(first, again.GetProperty("versions")[0].GetProperty("submission").GetProperty("artefactSha256")
            .GetString());
        Assert.Equal(firstBytes, await Officer.GetByteArrayAsync($"/api/v1/returns/{id}/artefact?version=1"));
    }

    [Fact]
    public async Task Validation_sign_off_and_submission_are_staged_as_events_in_the_same_transaction()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());
        var hash = Current(await Submitted(id)).GetProperty("submission").GetProperty("artefactSha256").GetString();

        var staged = await ReadModelTests.Outbox(Service);

        Assert.Equal(["return-validated", "return-signed-off", "return-submitted"],
            staged.Select(m => m.Type.Split('.')[2]));
        Assert.All(staged, m => Assert.Equal(id.ToString(), m.Subject));
        var submitted = System.Text.Json.JsonDocument.Parse(staged[^1].Payload).RootElement;
        var named = submitted.GetProperty("return");
        Assert.Equal((hash, Wirral, "2024/25 Q1", "cld"), (submitted.GetProperty("artefactSha256").GetString(),
            named.GetProperty("council").GetProperty("code").GetString(), named.GetProperty("period").GetString(),
            named.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Rows_without_the_person_fields_are_found_wanting_by_row_and_field_and_cannot_be_signed()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());
        await Step(id, "collections");

        var validated = await Step(id, "validations");

        Assert.Equal("collecting", validated.GetProperty("status").GetString());
        var findings = Current(validated).GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("row").GetInt32(), f.GetProperty("field").GetString(),
                f.GetProperty("rule").GetString())).ToList();
        Assert.Contains((1, CldHeaders.Gender, CldRowValidator.MandatoryField), findings);
        Assert.Contains((1, CldHeaders.PrimarySupportReason, CldRowValidator.MandatoryField), findings);
        Assert.Equal($"care-packages/package-cost-line/{Line}",
            Current(validated).GetProperty("findings")[0].GetProperty("record").GetString());
        await Refused(Officer.PostAsJsonAsync($"/api/v1/returns/{id}/sign-off", new { }),
            HttpStatusCode.UnprocessableEntity, "status");
    }

    [Fact]
    public async Task A_redelivered_event_is_archived_once_and_changes_nothing()
    {
        Assert.Equal("SUCCESS", await Deliver("package-started", Started(), eventId: "started-1"));
        Assert.Equal("SUCCESS", await Deliver("package-started", Started(), eventId: "started-1"));
        Assert.Equal("SUCCESS", await Deliver("package-ended", Ended(), eventId: "ended-1"));
        Assert.Equal("SUCCESS", await Deliver("package-ended", Ended(), eventId: "ended-1"));

        var id = Id(await Open());
        Assert.Equal(1, Current(await Step(id, "collections", People)).GetProperty("rows").GetInt32());
        Assert.Equal(2, (await ReadModelTests.Archive(Service)).Count);
    }

    [Fact]
    public async Task A_delivery_without_the_app_token_is_refused_and_keeps_nothing()
    {
        using var anyone = Service.CreateClient();

        var forged = await SidecarDelivery.Post(anyone, "care-packages", "package-started", Started());

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Empty(await ReadModelTests.Archive(Service));
    }
}

[Collection(CarePackagesCollection.Name)]
public sealed class SqliteReturnLifecycleApiTests(CarePackagesPartner carePackages)
    : ReturnLifecycleApiTests(carePackages);

[Collection(CarePackagesCollection.Name)]
public sealed class PostgresReturnLifecycleApiTests(PostgresServer postgres, CarePackagesPartner carePackages)
    : ReturnLifecycleApiTests(carePackages), IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => StoreSettings.Postgres(postgres, "returns_lifecycle");
}
