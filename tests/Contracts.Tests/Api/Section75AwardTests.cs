extern alias FinanceService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
using static Contracts.Tests.Api.WirralMarket;

namespace Contracts.Tests.Api;

/// <summary>
/// Issue 16, defect 3, over HTTP with pooled finance real on its own gRPC port: an award under a Section 75
/// agreement asks pooled finance where the agreement stands. S:118: "Signatures will be required by 31 March,
/// in order for contracts to be in place for 2015/16"; A's s75 delegation starts on 1 April 2018 (A §3.8 L768).
/// </summary>
public sealed class Section75AwardTests : IAsyncLifetime
{
    private ServiceHost<FinanceService::Program> _finance = null!;
    private ServiceUnderTest<Program> _service = null!;
    private HttpClient _council = null!;
    private HttpClient _poolCommissioner = null!;
    private WirralMarket _market = null!;
    private Guid _partnership;
    private List<Guid> _bodies = [];

    public async Task InitializeAsync()
    {
        _finance = new ServiceHost<FinanceService::Program>();
        _poolCommissioner = new HttpClient { BaseAddress = _finance.HttpAddress };
        var token = DevelopmentTokens.Mint(
            new DevelopmentTokenRequest("pool-commissioner", WirralCouncil, [Roles.Commissioner]));
        _poolCommissioner.DefaultRequestHeaders.Authorization = new("Bearer", token);
        _service = new ServiceUnderTest<Program>(new Dictionary<string, string?>
        {
            ["Services:PooledFinance"] = _finance.GrpcAddress.ToString(),
        });
        _council = _service.ClientFor(WirralCouncil, Roles.Commissioner);
        _market = await WirralMarket.Create(_council);
    }

    public async Task DisposeAsync()
    {
        _poolCommissioner.Dispose();
        await _service.DisposeAsync();
        await _finance.DisposeAsync();
    }

    [Fact]
    public async Task An_s75_signed_by_31_March_2018_and_in_force_on_1_April_carries_the_delegation_unflagged()
    {
        var agreement = await Agreement(approvedOn: "2018-03-20", inForceFrom: "2018-04-01");

        var contract = await Read(await _council.PostAsJsonAsync("/api/v1/contracts", Under(agreement, "2018-04-01")));

        Assert.Equal((agreement, "2018-03-20"), (contract.GetProperty("section75AgreementId").GetGuid(),
            contract.GetProperty("section75SignedOn").GetString()));
        Assert.False(contract.GetProperty("section75SignedLate").GetBoolean());
    }

    [Fact]
    public async Task Signed_after_31_March_the_contract_cannot_start_before_the_s75_is_in_force_and_is_flagged_late()
    {
        var agreement = await Agreement(approvedOn: "2018-04-10", inForceFrom: "2018-05-01");

        var early = await _council.PostAsJsonAsync("/api/v1/contracts", Under(agreement, "2018-04-01"));
        var contract = await Read(await _council.PostAsJsonAsync("/api/v1/contracts", Under(agreement, "2018-05-01")));

        Assert.Equal((422, "startsOn"), await Problem(early));
        Assert.True(contract.GetProperty("section75SignedLate").GetBoolean());
    }

    [Fact]
    public async Task An_s75_not_yet_in_force_is_refused_naming_it()
    {
        var agreement = await Agreement(approvedOn: "2018-03-20", inForceFrom: null);

        var refused = await _council.PostAsJsonAsync("/api/v1/contracts", Under(agreement, "2018-04-01"));

        Assert.Equal((422, "section75AgreementId"), await Problem(refused));
    }

    [Fact]
    public async Task Pooled_finance_tells_only_the_agreement_s_partners_where_it_stands()
    {
        var agreement = await Agreement(approvedOn: "2018-03-20", inForceFrom: "2018-04-01");
        using var clients = new PartnerClients(_finance.GrpcAddress);
        var request = new GetAgreementStandingRequest { AgreementId = agreement.ToString() };

        var answer = await clients.Finance.GetAgreementStandingAsync(request, Commissioner(WirralCcg));
        var outsider = await Assert.ThrowsAsync<RpcException>(() =>
            clients.Finance.GetAgreementStandingAsync(request, Commissioner("E06000026")).ResponseAsync);

        Assert.Equal((2018, 3, 20), (answer.SignedOn.Year, answer.SignedOn.Month, answer.SignedOn.Day));
        Assert.Equal((2018, 4, 1), (answer.InForceFrom.Year, answer.InForceFrom.Month, answer.InForceFrom.Day));
        // Plymouth's commissioner is no partner of Wirral's agreement: refused, or not found once tenancy hides it.
        Assert.Contains(outsider.StatusCode, new[] { StatusCode.PermissionDenied, StatusCode.NotFound });
    }

    [Fact]
    public async Task An_award_names_the_partners_contract_award_decision_on_its_s75_and_keeps_it()
    {
        var agreement = await Agreement(approvedOn: "2018-03-20", inForceFrom: "2018-04-01");
        var decision = await Decision(agreement, "contract-award", "2018-03-26");

        var contract = await Read(await _council.PostAsJsonAsync("/api/v1/contracts",
            Under(agreement, "2018-04-01", decision)));

        Assert.Equal(decision, contract.GetProperty("authorisingDecisionId").GetGuid());
    }

    [Fact]
    public async Task An_award_naming_an_unknown_decision_one_on_another_s75_or_of_another_kind_is_refused_unwritten()
    {
        var agreement = await Agreement(approvedOn: "2018-03-20", inForceFrom: "2018-04-01");
        var other = await Draft("Wirral s75 2019/20");
        var elsewhere = await Decision(other, "contract-award", "2018-03-26");
        var settlement = await Decision(agreement, "settlement", "2018-03-26");
        var before = (await Read(await _council.GetAsync("/api/v1/contracts"))).GetArrayLength();

        var answers = new List<(int, string)>();
        foreach (var decision in new[] { Guid.NewGuid(), elsewhere, settlement })
            answers.Add(await Problem(await _council.PostAsJsonAsync("/api/v1/contracts",
                Under(agreement, "2018-04-01", decision))));

        Assert.Equal([(404, "authorisingDecisionId"), (400, "authorisingDecisionId"), (400, "authorisingDecisionId")],
            answers);
        Assert.Equal(before, (await Read(await _council.GetAsync("/api/v1/contracts"))).GetArrayLength());
    }

    [Fact]
    public async Task Pooled_finance_reports_the_decision_asked_for_with_its_agreement_and_kind()
    {
        var agreement = await Agreement(approvedOn: "2018-03-20", inForceFrom: "2018-04-01");
        var decision = await Decision(agreement, "contract-award", "2018-03-26");
        using var clients = new PartnerClients(_finance.GrpcAddress);

        var answer = await clients.Finance.GetAgreementStandingAsync(new GetAgreementStandingRequest
        {
            AgreementId = agreement.ToString(), DecisionId = decision.ToString(),
        }, Commissioner(WirralCouncil));
        var unknown = await clients.Finance.GetAgreementStandingAsync(new GetAgreementStandingRequest
        {
            AgreementId = agreement.ToString(), DecisionId = Guid.NewGuid().ToString(),
        }, Commissioner(WirralCouncil));

        Assert.Equal((decision.ToString(), agreement.ToString(), DecisionKind.ContractAward, 26),
            (answer.Decision.DecisionId, answer.Decision.AgreementId, answer.Decision.Kind,
                answer.Decision.DecidedOn.Day));
        Assert.Null(unknown.Decision);
    }

    [Fact]
    public async Task An_award_naming_a_deferred_decision_or_one_with_conditions_unmet_is_refused_until_they_are()
    {
        var agreement = await Agreement(approvedOn: "2018-03-20", inForceFrom: "2018-04-01");
        var deferred = await Decision(agreement, "contract-award", "2018-03-26", "deferred");
        var conditional = await Decision(agreement, "contract-award", "2018-03-27", "approved-with-conditions",
            ["The provider's mobilisation plan is agreed by both partners"]);

        var answers = new List<(int, string)>();
        foreach (var decision in new[] { deferred, conditional })
            answers.Add(await Problem(await _council.PostAsJsonAsync("/api/v1/contracts",
                Under(agreement, "2018-04-01", decision))));
        await Read(await _poolCommissioner.PostAsJsonAsync(
            $"/api/v1/agreements/{agreement}/decisions/{conditional}/conditions-met",
            new { condition = 1, metOn = "2018-03-29" }));
        var contract = await Read(await _council.PostAsJsonAsync("/api/v1/contracts",
            Under(agreement, "2018-04-01", conditional)));

        Assert.Equal([(400, "authorisingDecisionId"), (400, "authorisingDecisionId")], answers);
        Assert.Equal(conditional, contract.GetProperty("authorisingDecisionId").GetGuid());
    }

    /// <summary>A joint decision of the Wirral partnership board under both partners' delegations (W:714).</summary>
    private async Task<Guid> Decision(Guid agreement, string stage, string decidedOn, string outcome = "approved",
        string[]? conditions = null) =>
        Id(await Read(await _poolCommissioner.PostAsJsonAsync($"/api/v1/agreements/{agreement}/decisions", new
        {
            body = "Joint Strategic Commissioning Board", subject = $"{stage} under the s75", decidedOn, stage,
            delegations = _bodies.Select(b => new { partnerBodyId = b, reference = "Scheme of delegation" }),
            outcome, conditions,
        })));

    private static CallOptions Commissioner(string organisation) => PartnerClients.Bearer(DevelopmentTokens.Mint(
        new DevelopmentTokenRequest($"commissioner-of-{organisation}", organisation, [Roles.Commissioner])));

    private Dictionary<string, object?> Under(Guid agreement, string startsOn, Guid? decision = null)
    {
        var award = _market.S75Award();
        award["section75AgreementId"] = agreement;
        award["authorisingDecisionId"] = decision;
        award["startsOn"] = startsOn;
        award["awardedOn"] = startsOn;
        award["phases"] = new[] { new { name = "Stabilisation", startsOn } };
        return award;
    }

    /// <summary>Wirral's partnership and an s75 both partners approved on <paramref name="approvedOn"/>.</summary>
    private async Task<Guid> Agreement(string approvedOn, string? inForceFrom)
    {
        var partnership = await Read(await _poolCommissioner.PostAsJsonAsync("/api/v1/partnerships", new
        {
            name = "Wirral Integrated Commissioning Hub",
            bodies = new[]
            {
                new { name = "Wirral Council", kind = "council", code = WirralCouncil },
                new { name = "NHS Wirral CCG", kind = "clinical-commissioning-group", code = WirralCcg },
            },
        }));
        _partnership = Id(partnership);
        _bodies = partnership.GetProperty("bodies").EnumerateArray().Select(Id).ToList();
        var agreement = await Draft("Wirral s75 2018/19");
        foreach (var body in partnership.GetProperty("bodies").EnumerateArray())
            await Read(await _poolCommissioner.PostAsJsonAsync($"/api/v1/agreements/{agreement}/approvals", new
            {
                partnerBodyId = Id(body), approvingBody = "Cabinet", delegationReference = "Minute 12", approvedOn,
            }));
        if (inForceFrom is not null)
            await Read(await _poolCommissioner.PostAsJsonAsync($"/api/v1/agreements/{agreement}/in-force",
                new { from = inForceFrom }));
        return agreement;
    }

    private async Task<Guid> Draft(string title) => Id(await Read(await _poolCommissioner.PostAsJsonAsync(
        $"/api/v1/partnerships/{_partnership}/agreements", new
        {
            title, aims = new[] { "One budget" }, functions = new[] { "Adult social care" },
            termStart = "2018-04-01", termEnd = (string?)null, firstAnnualReview = "2019-03-31",
            noticePeriodMonths = 3,
        })));
}
