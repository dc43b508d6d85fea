using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Agreements;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Issue 16 item 12 through the service: P's final s75 (P:L423, C FIN-35 line 327 and the lifecycle at line 562)
/// taken through the stages of S:114-118 (A BR-S17 line 751) by Plymouth City Council's Cabinet (11/11/14, P:L54)
/// and the CCG's Governing Body (3/12/14, P:L57): refused out of order naming the field, shadow operation after
/// both heads of terms, the formal s75 only after its legal scrutiny, signatures pointing at the decisions.
/// </summary>
public sealed class DecisionsApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _p = null!;
    private Guid _draft;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _p = await PartnerPool.Plymouth(_service);
        using var commissioner = _p.Council(Roles.Commissioner);
        var partnership = (await Ok(commissioner.GetAsync($"/api/v1/agreements/{_p.AgreementId}")))
            .GetProperty("partnershipId").GetGuid();
        _draft = Id(await Ok(commissioner.PostAsJsonAsync($"/api/v1/partnerships/{partnership}/agreements", new
        {
            title = "Plymouth integrated commissioning s75 2015", aims = new[] { "One System One Budget" },
            functions = new[] { "Adult social care commissioning" }, termStart = "2015-04-01", termEnd = (string?)null,
            firstAnnualReview = "2016-03-31", noticePeriodMonths = 3,
        })));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private object Decision(Guid body, string stage, string decidedOn, Guid? agreementBody = null) => new
    {
        partnerBodyId = body, body = body == _p.CcgId ? "Governing Body" : "Cabinet",
        subject = $"{stage} of the s75", decidedOn, stage,
        delegations = new[] { new { partnerBodyId = agreementBody ?? body, reference = "Scheme of delegation" } },
    };

    private Task<HttpResponseMessage> Record(Guid agreement, object decision)
    {
        var commissioner = _p.Council(Roles.Commissioner);
        return commissioner.PostAsJsonAsync($"/api/v1/agreements/{agreement}/decisions", decision);
    }

    private async Task<Guid> Decide(Guid body, string stage, string decidedOn) =>
        Id(await Ok(Record(_draft, Decision(body, stage, decidedOn))));

    [Fact]
    public async Task The_s75_goes_through_every_partners_stages_in_order_and_is_signed_under_its_decisions()
    {
        await Decide(_p.CouncilId, "approval-in-principle", "2014-11-11");
        // The CCG's heads of terms before its own approval in principle: refused, naming the stage.
        await Refused(Record(_draft, Decision(_p.CcgId, "heads-of-terms", "2015-01-14")),
            HttpStatusCode.UnprocessableEntity, "stage");
        await Decide(_p.CcgId, "approval-in-principle", "2014-12-03");
        await Decide(_p.CouncilId, "heads-of-terms", "2015-01-13");
        using var reader = _p.Ccg(Roles.FinanceOfficer);
        Assert.Equal(JsonValueKind.Null, (await Ok(reader.GetAsync($"/api/v1/agreements/{_draft}")))
            .GetProperty("shadowOperationFrom").ValueKind);
        await Decide(_p.CcgId, "heads-of-terms", "2015-01-14");

        // P:L423: not to the governing bodies before the independent legal scrutiny.
        await Refused(Record(_draft, Decision(_p.CouncilId, "formal-agreement", "2015-02-10")),
            HttpStatusCode.UnprocessableEntity, "legalScrutiny");
        using var commissioner = _p.Council(Roles.Commissioner);
        await Ok(commissioner.PostAsJsonAsync($"/api/v1/agreements/{_draft}/legal-scrutiny",
            new { scrutinisedBy = "Independent solicitors", reference = "LS/2015/02", completedOn = "2015-02-02" }));
        // Without a decision the signature would pass round the stages: refused, naming decisionId.
        await Refused(commissioner.PostAsJsonAsync($"/api/v1/agreements/{_draft}/approvals", new
        {
            partnerBodyId = _p.CouncilId, approvingBody = "Cabinet", delegationReference = "Scheme of delegation",
            approvedOn = "2015-02-27",
        }), HttpStatusCode.UnprocessableEntity, "decisionId");
        var council = await Decide(_p.CouncilId, "formal-agreement", "2015-02-10");
        var ccg = await Decide(_p.CcgId, "formal-agreement", "2015-02-11");

        // A signature pointing at the other body's decision is refused; each signs under its own.
        await Refused(commissioner.PostAsJsonAsync($"/api/v1/agreements/{_draft}/approvals", Signature(_p.CouncilId,
            ccg)), HttpStatusCode.BadRequest, "decisionId");
        await Ok(commissioner.PostAsJsonAsync($"/api/v1/agreements/{_draft}/approvals", Signature(_p.CouncilId,
            council)));
        var signed = await Ok(commissioner.PostAsJsonAsync($"/api/v1/agreements/{_draft}/approvals",
            Signature(_p.CcgId, ccg)));

        Assert.Equal(("approved", "formal-agreement", "2015-01-14"), (signed.GetProperty("status").GetString(),
            signed.GetProperty("stageReached").GetString(), signed.GetProperty("shadowOperationFrom").GetString()));
        Assert.Equal([council, ccg], signed.GetProperty("approvals").EnumerateArray()
            .Select(a => a.GetProperty("decisionId").GetGuid()));
        Assert.Equal("LS/2015/02", signed.GetProperty("legalScrutiny").GetProperty("reference").GetString());
        Assert.Equal(6, signed.GetProperty("stageApprovals").GetArrayLength());
        var events = await _p.Events("governance-decision-recorded");
        Assert.Equal(6, events.Count);
        Assert.Equal(2, events.Count(e => e.GetProperty("stage").GetString() == "formal-agreement"
            && e.GetProperty("agreementId").GetString() == _draft.ToString()));
    }

    private static object Signature(Guid body, Guid decision) => new
    {
        partnerBodyId = body, approvingBody = "Cabinet", delegationReference = "Scheme of delegation",
        approvedOn = "2015-02-27", decisionId = decision, // P: "Sign off Section 75 — February 2015"
    };

    [Fact]
    public async Task Bad_input_is_refused_with_a_problem_naming_the_field()
    {
        var noBody = new
        {
            partnerBodyId = _p.CouncilId, body = " ", subject = "AIP", decidedOn = "2014-11-11",
            stage = "approval-in-principle",
            delegations = new[] { new { partnerBodyId = _p.CouncilId, reference = "Cabinet" } },
        };
        await Refused(Record(_draft, noBody), HttpStatusCode.BadRequest, "body");
        await Refused(Record(_draft, Decision(_p.CouncilId, "approval-in-principle", "2014-11-11", _p.CcgId)),
            HttpStatusCode.BadRequest, "delegations");
        await Refused(Record(_draft, Decision(Guid.NewGuid(), "approval-in-principle", "2014-11-11")),
            HttpStatusCode.NotFound, "delegations");
        using var reader = _p.Council(Roles.Commissioner);
        await Refused(reader.GetAsync($"/api/v1/agreements/{_draft}/decisions?pageToken=not-ours"),
            HttpStatusCode.BadRequest, "pageToken");
        await Refused(reader.GetAsync($"/api/v1/agreements/{_draft}/decisions?limit=0"),
            HttpStatusCode.BadRequest, "limit", PooledFinanceApiRules.DecisionPageSize);
    }

    [Fact]
    public async Task The_same_decision_sent_again_is_answered_with_the_first_and_a_different_one_is_refused()
    {
        var first = await Ok(Record(_draft, Decision(_p.CouncilId, "approval-in-principle", "2014-11-11")));
        // A retry, its subject's case and spacing changed by the client: the Cabinet's one decision of 11/11/14.
        var retry = new
        {
            partnerBodyId = _p.CouncilId, body = "CABINET ", subject = "Approval-in-principle  of the S75",
            decidedOn = "2014-11-11", stage = "approval-in-principle",
            delegations = new[] { new { partnerBodyId = _p.CouncilId, reference = "Scheme of delegation" } },
        };
        var again = await Record(_draft, retry);
        var otherDay = await Record(_draft, Decision(_p.CouncilId, "approval-in-principle", "2014-11-18"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(Id(first), Id(await Ok(Task.FromResult(again))));
        await Refused(Task.FromResult(otherDay), HttpStatusCode.Conflict, "stage"); // the Cabinet decided it once
        using var reader = _p.Ccg(Roles.FinanceOfficer);
        Assert.Single((await Ok(reader.GetAsync($"/api/v1/agreements/{_draft}/decisions")))
            .GetProperty("decisions").EnumerateArray());
    }

    [Fact]
    public async Task Decisions_are_listed_a_page_at_a_time_and_only_to_the_partnership()
    {
        await Decide(_p.CouncilId, "approval-in-principle", "2014-11-11");
        await Decide(_p.CcgId, "approval-in-principle", "2014-12-03");
        await Decide(_p.CouncilId, "heads-of-terms", "2015-01-13");
        using var ccg = _p.Ccg(Roles.FinanceOfficer);

        var first = await Ok(ccg.GetAsync($"/api/v1/agreements/{_draft}/decisions?limit=2"));
        var token = first.GetProperty("nextPageToken").GetString();
        var second = await Ok(ccg.GetAsync($"/api/v1/agreements/{_draft}/decisions?limit=2&pageToken={token}"));

        Assert.Equal(["approval-in-principle", "approval-in-principle", "heads-of-terms"],
            first.GetProperty("decisions").EnumerateArray().Concat(second.GetProperty("decisions").EnumerateArray())
                .Select(d => d.GetProperty("stage").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextPageToken").ValueKind);
        var one = second.GetProperty("decisions")[0];
        Assert.Equal("heads-of-terms",
            (await Ok(ccg.GetAsync($"/api/v1/agreements/{_draft}/decisions/{Id(one)}"))).GetProperty("stage")
            .GetString());

        var wirral = await PartnerPool.Wirral(_service);
        using var outsider = wirral.Council(Roles.Commissioner);
        await Refused(outsider.GetAsync($"/api/v1/agreements/{_draft}/decisions"), HttpStatusCode.NotFound, "id");
        // Wirral's signature cannot point at Plymouth's decision: it is not in Wirral's partnership.
        await Refused(outsider.PostAsJsonAsync($"/api/v1/agreements/{wirral.AgreementId}/variations", new
        {
            description = "Borrowed decision", effectiveFrom = "2017-06-01", decisionId = Id(one),
        }), HttpStatusCode.NotFound, "decisionId");
    }

    [Fact]
    public async Task A_variation_points_at_the_joint_boards_recorded_decision_and_not_at_a_settlement_one()
    {
        object Joint(string stage) => new
        {
            body = "Joint Commissioning Board", subject = "Vary the risk share", decidedOn = "2015-09-01", stage,
            delegations = new[]
            {
                new { partnerBodyId = _p.CouncilId, reference = "Cabinet delegation" },
                new { partnerBodyId = _p.CcgId, reference = "Governing Body delegation" },
            },
        };
        var variation = Id(await Ok(Record(_p.AgreementId, Joint("variation"))));
        var settlement = Id(await Ok(Record(_p.AgreementId, Joint("settlement"))));
        using var commissioner = _p.Council(Roles.Commissioner);
        string Path() => $"/api/v1/agreements/{_p.AgreementId}/variations";

        await Refused(commissioner.PostAsJsonAsync(Path(), new
        {
            description = "Risk share 50:50", effectiveFrom = "2015-10-01", decisionId = settlement,
        }), HttpStatusCode.BadRequest, "decisionId");
        await Refused(commissioner.PostAsJsonAsync(Path(), new
        {
            description = "Risk share 50:50", effectiveFrom = "2015-10-01",
        }), HttpStatusCode.BadRequest, "decision");
        var varied = await Ok(commissioner.PostAsJsonAsync(Path(), new
        {
            description = "Risk share 50:50", effectiveFrom = "2015-10-01", decisionId = variation,
        }));

        var kept = varied.GetProperty("variations")[0];
        Assert.Equal((variation, "Joint Commissioning Board"), (kept.GetProperty("decisionId").GetGuid(),
            kept.GetProperty("decision").GetProperty("body").GetString()));
        await Refused(Record(_p.AgreementId, new
        {
            body = "Joint Commissioning Board", subject = "Vary", decidedOn = "2015-09-01", stage = "variation",
            delegations = new[] { new { partnerBodyId = _p.CouncilId, reference = "Cabinet delegation" } },
        }), HttpStatusCode.Forbidden, "delegations");
    }

    /// <summary>
    /// Plymouth's Cabinet (11/11/14, P:L54) approves in principle subject to a condition; the CCG's Governing Body
    /// (3/12/14, P:L57) first defers. Heads of terms wait for both; the condition met, the stage is complete.
    /// </summary>
    [Fact]
    public async Task Outcomes_are_recorded_and_a_stage_waits_for_an_approvals_conditions_to_be_met()
    {
        var conditional = await Ok(Record(_draft, With(Decision(_p.CouncilId, "approval-in-principle", "2014-11-11"),
            "approved-with-conditions", ["The CCG confirms its 2015/16 allocation"])));
        var deferred = await Ok(Record(_draft, With(Decision(_p.CcgId, "approval-in-principle", "2014-11-26"),
            "deferred", null)));
        await Decide(_p.CcgId, "approval-in-principle", "2014-12-03");
        var plain = await Ok(Record(_draft, Decision(_p.CouncilId, "variation", "2014-12-04")));
        await Refused(Record(_draft, Decision(_p.CcgId, "heads-of-terms", "2015-01-14")),
            HttpStatusCode.UnprocessableEntity, "stage");
        await Refused(Record(_draft, With(Decision(_p.CcgId, "heads-of-terms", "2015-01-14"),
            "approved-with-conditions", null)), HttpStatusCode.BadRequest, "conditions");

        using var commissioner = _p.Council(Roles.Commissioner);
        string Met(JsonElement decision) => $"/api/v1/agreements/{_draft}/decisions/{Id(decision)}/conditions-met";
        await Refused(commissioner.PostAsJsonAsync(Met(conditional), new { condition = 1, metOn = "2014-11-10" }),
            HttpStatusCode.BadRequest, "metOn");
        await Refused(commissioner.PostAsJsonAsync(Met(conditional), new { condition = 2, metOn = "2014-12-10" }),
            HttpStatusCode.NotFound, "condition");
        var met = await Ok(commissioner.PostAsJsonAsync(Met(conditional), new { condition = 1, metOn = "2014-12-10" }));
        await Refused(commissioner.PostAsJsonAsync(Met(conditional), new { condition = 1, metOn = "2014-12-11" }),
            HttpStatusCode.Conflict, "condition");
        await Decide(_p.CcgId, "heads-of-terms", "2015-01-14");

        Assert.Equal(("approved-with-conditions", JsonValueKind.Null), (conditional.GetProperty("outcome").GetString(),
            conditional.GetProperty("authorisesFrom").ValueKind));
        Assert.Equal(("deferred", "approved"), (deferred.GetProperty("outcome").GetString(),
            plain.GetProperty("outcome").GetString()));
        var condition = met.GetProperty("conditions")[0];
        Assert.Equal(("2014-12-10", "2014-12-10", 1), (met.GetProperty("authorisesFrom").GetString(),
            condition.GetProperty("metOn").GetString(), condition.GetProperty("number").GetInt32()));
        Assert.False(string.IsNullOrEmpty(condition.GetProperty("metRecordedBy").GetString()));
        using var reader = _p.Ccg(Roles.FinanceOfficer);
        var agreement = await Ok(reader.GetAsync($"/api/v1/agreements/{_draft}"));
        Assert.Equal("approval-in-principle", agreement.GetProperty("stageReached").GetString());
        Assert.Equal(3, agreement.GetProperty("stageApprovals").GetArrayLength()); // the deferral is not among them
        var events = await _p.Events("governance-decision-recorded");
        Assert.Contains(events, e => e.GetProperty("outcome").GetString() == "deferred");
    }

    /// <summary>
    /// Plymouth's Cabinet (11/11/14, P:L54) approves in principle on two conditions; the second is met first, on
    /// 1/12/14, the first on 24/11/14 but recorded after it. The event is published once, when the last is recorded,
    /// authorising from the later day; recording a condition again is refused and publishes nothing.
    /// </summary>
    [Fact]
    public async Task The_last_condition_met_publishes_one_conditions_met_event()
    {
        var conditional = await Ok(Record(_draft, With(Decision(_p.CouncilId, "approval-in-principle", "2014-11-11"),
            "approved-with-conditions", ["The CCG confirms its 2015/16 allocation", "Scope agreed with providers"])));
        using var commissioner = _p.Council(Roles.Commissioner);
        var met = $"/api/v1/agreements/{_draft}/decisions/{Id(conditional)}/conditions-met";

        await Ok(commissioner.PostAsJsonAsync(met, new { condition = 2, metOn = "2014-12-01" }));
        Assert.Empty(await _p.Events("governance-decision-conditions-met"));
        await Ok(commissioner.PostAsJsonAsync(met, new { condition = 1, metOn = "2014-11-24" }));
        await Refused(commissioner.PostAsJsonAsync(met, new { condition = 1, metOn = "2014-11-25" }),
            HttpStatusCode.Conflict, "condition");

        var e = Assert.Single(await _p.Events("governance-decision-conditions-met"));
        Assert.Equal((Id(conditional).ToString(), _draft.ToString(), _p.CouncilId.ToString(), "approval-in-principle"),
            (e.GetProperty("decisionId").GetString(), e.GetProperty("agreementId").GetString(),
                e.GetProperty("partnerBodyId").GetString(), e.GetProperty("stage").GetString()));
        Assert.False(string.IsNullOrEmpty(e.GetProperty("partnershipId").GetString()));
        Assert.Equal(((2014, 11, 24), (2014, 12, 1)), (Day(e.GetProperty("conditionsMetOn")),
            Day(e.GetProperty("authorisesFrom"))));
    }

    /// <summary>
    /// The council's Cabinet defers P's heads of terms: before the CCG's Governing Body approved in principle
    /// (3/12/14, P:L57) it is refused naming stage, dated before that day naming decidedOn; in January it is kept.
    /// </summary>
    [Fact]
    public async Task A_deferred_stage_is_refused_until_every_partner_has_approved_the_stage_before()
    {
        await Decide(_p.CouncilId, "approval-in-principle", "2014-11-11");
        await Refused(Record(_draft, With(Decision(_p.CouncilId, "heads-of-terms", "2014-11-25"), "deferred", null)),
            HttpStatusCode.UnprocessableEntity, "stage", GovernanceRules.DeferredOrRefusedAtItsStage);
        await Decide(_p.CcgId, "approval-in-principle", "2014-12-03");
        await Refused(Record(_draft, With(Decision(_p.CouncilId, "heads-of-terms", "2014-12-02"), "refused", null)),
            HttpStatusCode.UnprocessableEntity, "decidedOn", GovernanceRules.DeferredOrRefusedAtItsStage);

        var kept = await Record(_draft, With(Decision(_p.CouncilId, "heads-of-terms", "2015-01-06"), "deferred", null));

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        using var reader = _p.Ccg(Roles.FinanceOfficer);
        Assert.Equal("approval-in-principle", (await Ok(reader.GetAsync($"/api/v1/agreements/{_draft}")))
            .GetProperty("stageReached").GetString());
    }

    private static (int, int, int) Day(JsonElement date) => (date.GetProperty("year").GetInt32(),
        date.GetProperty("month").GetInt32(), date.GetProperty("day").GetInt32());

    private static Dictionary<string, object?> With(object decision, string outcome, string[]? conditions)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(decision))!;
        body["outcome"] = outcome;
        body["conditions"] = conditions;
        return body;
    }
}
