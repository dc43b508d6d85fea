using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Eventing.Outbox;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PooledFinance.Api.Infrastructure;

namespace PooledFinance.Tests.Api;

/// <summary>
/// A seed partnership set up through the API with a pooled fund hosted by its council, and a client
/// for each partner body's roles: W (Wirral Council E08000015, NHS Wirral CCG 12F, from 1 April 2017)
/// or P (Plymouth City Council E06000026, NEW Devon CCG 99P, from 1 April 2015).
/// </summary>
public sealed record PartnerPool(ServiceUnderTest<Program> Service, string CouncilCode, string CcgCode,
    Guid CouncilId, Guid CcgId, Guid AgreementId, Guid FundId)
{
    public static Task<PartnerPool> Wirral(ServiceUnderTest<Program> service) => Create(service, "Wirral Integrated Commissioning Hub",
        ("Wirral Council", "E08000015"), ("NHS Wirral CCG", "12F"), "2017-04-01");

    public static Task<PartnerPool> Plymouth(ServiceUnderTest<Program> service) => Create(service, "Plymouth One System One Budget",
        ("Plymouth City Council", "E06000026"), ("NHS Northern, Eastern and Western Devon CCG", "99P"), "2015-04-01");

    public HttpClient Council(params string[] roles) => Service.ClientFor(CouncilCode, roles);

    public HttpClient Ccg(params string[] roles) => Service.ClientFor(CcgCode, roles);

    public string Fund(string path = "") => $"/api/v1/funds/{FundId}{path}";

    private readonly Dictionary<Guid, Guid> _owners = [];

    private HttpClient FinanceOf(Guid body) => body == CcgId ? Ccg(Roles.FinanceOfficer) : Council(Roles.FinanceOfficer);

    /// <summary>Adds a Pot A line to the pool as its owner's finance officer (its budget is posted to the ledger on the year's first day).</summary>
    public async Task<Guid> Line(string code, string name, Guid owner, string year, decimal amount)
    {
        using var finance = FinanceOf(owner);
        var line = Id(await Ok(finance.PostAsJsonAsync(Fund("/budget-lines"), new
        {
            ownerBodyId = owner, financialYear = year, code, name, pot = "a", amount,
            riskAssessment = new { reference = "RA-1", assessedBy = "Joint Finance Group", assessedOn = $"{year[..4]}-03-15" },
        })));
        _owners[line] = owner;
        return line;
    }

    /// <summary>Posts the forecast outturn for a line, as its owner's finance officer.</summary>
    public async Task Forecast(Guid line, decimal outturn, string postingDate)
    {
        using var finance = FinanceOf(_owners[line]);
        await Ok(finance.PostAsJsonAsync(Fund("/ledger"), new { budgetLineId = line, kind = "forecast", amount = outturn, postingDate, reference = $"forecast:{line}:{postingDate}" }));
    }

    /// <summary>The integration events of one type written to the outbox, as proto-JSON.</summary>
    public async Task<IReadOnlyList<JsonElement>> Events(string type)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PooledFinanceStore>();
        var messages = await store.Set<OutboxMessage>().Where(m => m.Type == $"commissioning.pooled-finance.{type}.v1").ToListAsync();
        return messages.Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone()).ToList();
    }

    private static async Task<PartnerPool> Create(ServiceUnderTest<Program> service, string name, (string Name, string Code) council,
        (string Name, string Code) ccg, string termStart)
    {
        using var commissioner = service.ClientFor(council.Code, Roles.Commissioner);
        var partnership = await Ok(commissioner.PostAsJsonAsync("/api/v1/partnerships", new
        {
            name,
            bodies = new[] { new { name = council.Name, kind = "council", code = council.Code }, new { name = ccg.Name, kind = "clinical-commissioning-group", code = ccg.Code } },
        }));
        var bodies = partnership.GetProperty("bodies").EnumerateArray().Select(Id).ToArray();
        var agreement = await Ok(commissioner.PostAsJsonAsync($"/api/v1/partnerships/{Id(partnership)}/agreements", new
        {
            title = $"{name} s75", aims = new[] { "One budget" }, functions = new[] { "Adult social care" },
            termStart, termEnd = (string?)null, firstAnnualReview = DateOnly.Parse(termStart).AddYears(1).AddDays(-1), noticePeriodMonths = 3,
        }));
        foreach (var body in bodies)
            await Ok(commissioner.PostAsJsonAsync($"/api/v1/agreements/{Id(agreement)}/approvals", new
            {
                partnerBodyId = body, approvingBody = "Cabinet", delegationReference = "Minute 12", approvedOn = DateOnly.Parse(termStart).AddMonths(-1),
            }));
        await Ok(commissioner.PostAsJsonAsync($"/api/v1/agreements/{Id(agreement)}/in-force", new { from = termStart }));
        using var finance = service.ClientFor(council.Code, Roles.FinanceOfficer);
        var fund = await Ok(finance.PostAsJsonAsync($"/api/v1/agreements/{Id(agreement)}/funds", new
        {
            name = $"{name} pooled fund", kind = "pooled", hostBodyId = bodies[0], poolManager = "Director of Finance", vatModel = "lead-commissioner",
        }));
        return new PartnerPool(service, council.Code, ccg.Code, bodies[0], bodies[1], Id(agreement), Id(fund));
    }

    public static async Task<JsonElement> Ok(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// Asserts the refusal's status and that its problem names <paramref name="field"/>, and the rule when given.
    /// </summary>
    public static async Task Refused(Task<HttpResponseMessage> sending, HttpStatusCode status, string field,
        Commissioning.Domain.Rule? rule = null)
    {
        using var response = await sending;
        await CareJourney.AssertProblemNames(response, status, field, rule);
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
