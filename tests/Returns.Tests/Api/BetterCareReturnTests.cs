using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Commissioning.Identity;
using Commissioning.Testing;
using Returns.Api.Extracts;
using Returns.Domain.BetterCare;
using static Commissioning.Testing.Answers;

namespace Returns.Tests.Api;

/// <summary>
/// The BCF quarterly and end-of-year returns (issue 18 cap. 4) collected from the real pooled finance of
/// <see cref="BetterCarePartner"/> with the returns officer's token, the s75 pooling told by pooled finance's
/// governance-decision-recorded events as the sidecar delivers them: W's 2017/18 plan at S's £56m minimum (S:29) with
/// the CCG's £26m over its 3% of £509.3m, £15,279,000 (S:22), validated, signed off and submitted as XLSX; the
/// 2018/19 plan's every shortfall a named finding; without both partners' formal s75 the pooling is not in place;
/// another council gets no fund and a non-council role cannot collect.
/// </summary>
public abstract class BetterCareReturnTests(CarePackagesPartner carePackages, BetterCarePartner pooledFinance)
    : ReturnsServiceTest(carePackages), IClassFixture<BetterCarePartner>
{
    protected override Dictionary<string, string?> Settings() =>
        new() { ["Services:PooledFinance"] = pooledFinance.GrpcAddress.ToString() };

    [Fact]
    public async Task Wirrals_2017_18_q2_meets_the_56m_minimum_and_the_3_percent_and_is_submitted_as_XLSX()
    {
        await FormalS75(pooledFinance.Bodies[0], new DateOnly(2017, 3, 1));
        var last = await FormalS75(pooledFinance.Bodies[1], new DateOnly(2017, 3, 8));
        var id = Id(await OpenBcf("bcf-quarter", "2017/18 Q2"));

        var submitted = await Submitted(id);

        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        // One budget arrangements row, two national conditions, two schemes and the total, the two minimum checks.
        Assert.Equal(8, Current(submitted).GetProperty("rows").GetInt32());
        using var workbook = await Workbook(id);
        Assert.Equal(BcfHeaders.Sections.All, workbook.Worksheets.Select(s => s.Name));
        var arrangements = Sheet(workbook, BcfHeaders.Sections.BudgetArrangements).Single();
        Assert.Equal(("S75 pooling", "Yes", "2017-03-08", $"governance decision {last}"), (arrangements["Item"],
            arrangements["Met"], arrangements["Date"], arrangements["Evidence"]));
        var schemes = Sheet(workbook, BcfHeaders.Sections.IncomeAndExpenditure);
        // Actuals to 30 September 2017 only: November's £1m is the next quarter's.
        Assert.Equal([("BCF-ASC", 30_000_000m, 7_500_000m), ("BCF-COMM", 26_000_000m, 6_500_000m),
            ("TOTAL", 56_000_000m, 14_000_000m)],
            schemes.Select(s => (s["Item"], Pounds(s["Income"]), Pounds(s["Expenditure"]))));
        Assert.Equal(56_000_000m, Pounds(schemes[^1]["Planned"]));
        var minimum = Sheet(workbook, BcfHeaders.Sections.MinimumContribution);
        Assert.Equal([("Local minimum", 56_000_000m, 56_000_000m, 0m, "Yes"),
            ("CCG 3% transfer", 26_000_000m, 15_279_000m, 0m, "Yes")], minimum.Select(m => (m["Item"],
            Pounds(m["Planned"]), Pounds(m["Required"]), Pounds(m["Shortfall"]), m["Met"])));
        Assert.All(Sheet(workbook, BcfHeaders.Sections.NationalConditions), c => Assert.Equal("Yes", c["Met"]));
    }

    [Fact]
    public async Task The_2018_19_year_end_below_the_minimum_and_the_3_percent_is_refused_validation_naming_each()
    {
        await FormalS75(pooledFinance.Bodies[0], new DateOnly(2017, 3, 1));
        await FormalS75(pooledFinance.Bodies[1], new DateOnly(2017, 3, 8));
        var id = Id(await OpenBcf("bcf-year-end", "2018/19"));

        await Step(id, "collections");
        var validated = await Step(id, "validations");

        Assert.NotEqual("validated", validated.GetProperty("status").GetString());
        var findings = Findings(validated);
        Assert.Equal([BcfValidator.NationalConditionUnmet, BcfValidator.BelowTheMinimum, BcfValidator.CcgTransferShort,
            BcfValidator.IncomeTiesToThePlan], findings.Select(f => f.Rule));
        // £56m less £29.9m and £14m is £12.1m; £15,279,000 less £14m is £1,279,000.
        Assert.Contains("12100000.00 below the local minimum of 56000000.00", findings[1].Message);
        Assert.Contains("1279000.00 short of 3% of its budget, 15279000.00", findings[2].Message);
        Assert.Equal("National condition not met: Protection for social care services.", findings[0].Message);
    }

    [Fact]
    public async Task Without_both_partners_approved_formal_s75_the_pooling_is_not_in_place()
    {
        await FormalS75(pooledFinance.Bodies[0], new DateOnly(2017, 3, 1));
        await FormalS75(pooledFinance.Bodies[1], new DateOnly(2017, 3, 8), "approved-with-conditions");
        await FormalS75(pooledFinance.Bodies[1], new DateOnly(2017, 3, 8), stage: "heads-of-terms");
        var id = Id(await OpenBcf("bcf-quarter", "2017/18 Q2"));

        await Step(id, "collections");
        var finding = Assert.Single(Findings(await Step(id, "validations")));

        Assert.Equal((BcfValidator.S75PoolingInPlace, BcfHeaders.Met), (finding.Rule, finding.Field));
    }

    [Fact]
    public async Task A_conditional_formal_s75_puts_the_pooling_in_place_from_the_day_its_conditions_were_met()
    {
        await FormalS75(pooledFinance.Bodies[0], new DateOnly(2017, 3, 1));
        var conditional = await FormalS75(pooledFinance.Bodies[1], new DateOnly(2017, 3, 8),
            "approved-with-conditions");
        // The conditions are recorded as met on 20 March for one met on 15 March: it authorises from the 15th.
        Assert.Equal("SUCCESS", await SidecarDeliveryOf("governance-decision-conditions-met", new
        {
            decisionId = conditional, agreementId = pooledFinance.Agreement.ToString(),
            partnershipId = Guid.NewGuid().ToString(), partnerBodyId = pooledFinance.Bodies[1].ToString(),
            stage = "formal-agreement", conditionsMetOn = new { year = 2017, month = 3, day = 20 },
            authorisesFrom = new { year = 2017, month = 3, day = 15 },
        }));
        var id = Id(await OpenBcf("bcf-quarter", "2017/18 Q2"));

        await Submitted(id);

        Assert.Equal(("Yes", "2017-03-15", $"governance decision {conditional}"), await Arrangements(id));
        Assert.Equal((3, 2), await RebuildS75Decisions());
    }

    [Fact]
    public async Task The_s75_decisions_rebuilt_from_the_archive_give_the_same_pooling()
    {
        await FormalS75(pooledFinance.Bodies[0], new DateOnly(2017, 3, 1));
        var last = await FormalS75(pooledFinance.Bodies[1], new DateOnly(2017, 3, 8));

        Assert.Equal((2, 2), await RebuildS75Decisions());

        var id = Id(await OpenBcf("bcf-quarter", "2017/18 Q2"));
        await Submitted(id);
        Assert.Equal(("Yes", "2017-03-08", $"governance decision {last}"), await Arrangements(id));
        await Refused(Officer.PostAsync("/api/v1/returns/read-models/s75-decisions/rebuild", null),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_council_gets_no_fund_and_a_non_council_role_cannot_collect()
    {
        using var liverpool = Service.ClientFor(Liverpool, Roles.ReturnsOfficer);
        var theirs = Id(await Ok(liverpool.PostAsJsonAsync("/api/v1/returns",
            new { kind = "bcf-quarter", council = Liverpool, period = "2017/18 Q2" })));
        var collected = await Ok(liverpool.PostAsJsonAsync($"/api/v1/returns/{theirs}/collections", new { }));
        var validated = await Ok(liverpool.PostAsJsonAsync($"/api/v1/returns/{theirs}/validations", new { }));
        Assert.Equal(0, Current(collected).GetProperty("rows").GetInt32());
        Assert.Equal(BcfValidator.HostsABetterCareFund, Assert.Single(Findings(validated)).Rule);

        var ours = Id(await OpenBcf("bcf-quarter", "2017/18 Q2"));
        using var finance = Service.ClientFor(Wirral, Roles.FinanceOfficer);
        using var provider = Service.ClientFor(Wirral, Roles.ProviderUser);
        await Refused(finance.PostAsJsonAsync($"/api/v1/returns/{ours}/collections", new { }),
            HttpStatusCode.Forbidden);
        await Refused(provider.PostAsJsonAsync($"/api/v1/returns/{ours}/collections", new { }),
            HttpStatusCode.Forbidden);
        var untouched = await Ok(Officer.GetAsync($"/api/v1/returns/{ours}"));
        Assert.Equal(0, Current(untouched).GetProperty("rows").GetInt32());
    }

    /// <summary>Pooled finance's event of a partner's formal s75 decision, as its outbox writes it.</summary>
    private async Task<string> FormalS75(Guid partner, DateOnly on, string outcome = "approved",
        string stage = "formal-agreement")
    {
        var decision = Guid.NewGuid().ToString();
        Assert.Equal("SUCCESS", await SidecarDeliveryOf("governance-decision-recorded", new
        {
            decisionId = decision, agreementId = pooledFinance.Agreement.ToString(),
            partnershipId = Guid.NewGuid().ToString(), partnerBodyId = partner.ToString(), body = "Cabinet", stage,
            decidedOn = new { year = on.Year, month = on.Month, day = on.Day }, outcome,
        }));
        return decision;
    }

    /// <summary>The budget arrangements row of the submitted workbook: Met, Date, Evidence.</summary>
    private async Task<(string, string, string)> Arrangements(Guid id)
    {
        using var workbook = await Workbook(id);
        var row = Sheet(workbook, BcfHeaders.Sections.BudgetArrangements).Single();
        return (row["Met"], row["Date"], row["Evidence"]);
    }

    /// <summary>The operator's rebuild of the s75 decisions: events replayed, rows held after it.</summary>
    private async Task<(int, int)> RebuildS75Decisions()
    {
        using var operator_ = Service.ClientFor("platform", Roles.PlatformAdmin);
        var rebuilt = await Ok(operator_.PostAsync("/api/v1/returns/read-models/s75-decisions/rebuild", null));
        return (rebuilt.GetProperty("events").GetInt32(), rebuilt.GetProperty("rows").GetInt32());
    }

    private Task<string> SidecarDeliveryOf(string name, object data) =>
        Commissioning.Testing.SidecarDelivery.Deliver(Sidecar, "pooled-finance", name, data);

    private Task<JsonElement> OpenBcf(string kind, string period) =>
        Ok(Officer.PostAsJsonAsync("/api/v1/returns", new { kind, council = Wirral, period }));

    private async Task<XLWorkbook> Workbook(Guid id)
    {
        using var artefact = await Officer.GetAsync($"/api/v1/returns/{id}/artefact");
        Assert.Equal(ReturnWorkbook.MediaType, artefact.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await artefact.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>A section's sheet as its lines, each by header.</summary>
    private static List<Dictionary<string, string>> Sheet(XLWorkbook workbook, string section)
    {
        var sheet = workbook.Worksheet(section);
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        return [.. sheet.RowsUsed().Skip(1).Select(r => headers.Select((h, c) => (h, r.Cell(c + 1).GetString()))
            .ToDictionary(p => p.h, p => p.Item2))];
    }

    private static decimal Pounds(string text) =>
        decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Rule, string Field, int Row, string Message)> Findings(JsonElement statutoryReturn) =>
        [.. Current(statutoryReturn).GetProperty("findings").EnumerateArray().Select(f => (
            f.GetProperty("rule").GetString()!, f.GetProperty("field").GetString()!, f.GetProperty("row").GetInt32(),
            f.GetProperty("message").GetString()!))];
}

[Collection(CarePackagesCollection.Name)]
public sealed class SqliteBetterCareReturnTests(CarePackagesPartner carePackages, BetterCarePartner pooledFinance)
    : BetterCareReturnTests(carePackages, pooledFinance);

/// <summary>The same on PostgreSQL: the s75 decisions' migration and read model on the production store.</summary>
[Collection(CarePackagesCollection.Name)]
public sealed class PostgresBetterCareReturnTests(PostgresServer postgres, CarePackagesPartner carePackages,
    BetterCarePartner pooledFinance) : BetterCareReturnTests(carePackages, pooledFinance), IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        foreach (var (key, value) in StoreSettings.Postgres(postgres, "returns_bcf")) settings[key] = value;
        return settings;
    }
}
