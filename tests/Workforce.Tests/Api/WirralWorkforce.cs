using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Eventing.Outbox;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workforce.Api.Infrastructure;

namespace Workforce.Tests.Api;

/// <summary>
/// A's employers set up through the API (A §1.1 L165): Wirral Council (E08000015), the transferor, and
/// Cheshire and Wirral Partnership NHS FT (CWP, RXA), the transferee, each registered by its own HR
/// officer; with a client for each body's roles and the readings a test asserts on.
/// </summary>
public sealed record WirralWorkforce(Func<string, string[], HttpClient> ClientFor, IServiceProvider Services,
    Guid WirralId, Guid CwpId)
{
    public const string Wirral = "E08000015";
    public const string Cwp = "RXA";

    /// <summary>A's three in-scope teams and the document's total row, as the demo states them.</summary>
    public static object[] ATeams => DemoData.WorkforceDemo.ATeams;

    public static object ATotal(int headcount = 123) => DemoData.WorkforceDemo.ATotal(headcount);

    public static Task<WirralWorkforce> Create(ServiceUnderTest<Program> service) =>
        Create(service.ClientFor, service.Services);

    public static Task<WirralWorkforce> Create(ClockedService service) => Create(service.ClientFor, service.Services);

    /// <summary>On a service with its gRPC port too: REST clients of its HTTP address.</summary>
    public static Task<WirralWorkforce> Create(ServiceHost<Program> service) =>
        Create((organisation, roles) => Client(service.HttpAddress, organisation, roles), service.Services);

    public static HttpClient Client(Uri address, string organisation, params string[] roles) => new()
    {
        BaseAddress = address,
        DefaultRequestHeaders = { Authorization = new("Bearer", Token(organisation, roles)) },
    };

    public static string Token(string organisation, params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, roles));

    private static async Task<WirralWorkforce> Create(Func<string, string[], HttpClient> clientFor,
        IServiceProvider services)
    {
        using var wirralHr = clientFor(Wirral, [Roles.HrOfficer]);
        using var cwpHr = clientFor(Cwp, [Roles.HrOfficer]);
        var wirral = await Ok(wirralHr.PostAsJsonAsync("/api/v1/employers",
            new { name = "Wirral Council", kind = "council", code = Wirral }));
        var cwp = await Ok(cwpHr.PostAsJsonAsync("/api/v1/employers",
            new { name = "Cheshire and Wirral Partnership NHS Foundation Trust", kind = "nhs-body", code = Cwp }));
        return new WirralWorkforce(clientFor, services, Id(wirral), Id(cwp));
    }

    public HttpClient WirralAs(params string[] roles) => ClientFor(Wirral, roles);

    public HttpClient CwpAs(params string[] roles) => ClientFor(Cwp, roles);

    public string Establishment(string path = "") => $"/api/v1/employers/{WirralId}/establishment{path}";

    /// <summary>States A's table as Wirral's HR officer.</summary>
    public async Task<JsonElement> StateATable()
    {
        using var hr = WirralAs(Roles.HrOfficer);
        return await Ok(hr.PutAsJsonAsync(Establishment(), new { teams = ATeams, totals = new[] { ATotal() } }));
    }

    /// <summary>Opens a record in the named team of A's table as Wirral's HR officer (A's staff are on council
    /// terms, LGPS).</summary>
    public async Task<JsonElement> OpenRecord(string team, string familyName, decimal fte = 1m,
        string continuousServiceStart = "2009-09-01")
    {
        using var hr = WirralAs(Roles.HrOfficer);
        var establishment = await Ok(hr.GetAsync(Establishment()));
        var teamId = establishment.GetProperty("teams").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == team).GetProperty("id").GetGuid();
        return await Ok(hr.PostAsJsonAsync($"/api/v1/employers/{WirralId}/staff-records",
            DemoData.WorkforceDemo.StaffRecordBody(teamId, familyName, fte, continuousServiceStart)));
    }

    /// <summary>The integration events of one type written to the outbox, as proto-JSON.</summary>
    public async Task<IReadOnlyList<JsonElement>> Events(string type)
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkforceStore>();
        var messages = await store.Set<OutboxMessage>().Where(m => m.Type == $"commissioning.workforce.{type}.v1")
            .ToListAsync();
        return messages.Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone()).ToList();
    }

    /// <summary>The tenancy of each record's ELI particulars, in the order asked.</summary>
    public async Task<string[]> ParticularsTenancies(IReadOnlyList<Guid> records)
    {
        await using var scope = Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<WorkforceStore>().Set<StaffParticulars>()
            .Where(p => records.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Tenancy ?? "");
        return records.Select(r => rows[r]).ToArray();
    }

    /// <summary>How many rows the store's audit trail holds: a refused request adds none.</summary>
    public async Task<int> AuditCount()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkforceStore>().Set<AuditRecord>().CountAsync();
    }

    public static Task<JsonElement> Ok(Task<HttpResponseMessage> sending) => Answers.Ok(sending);

    /// <summary>Asserts the refusal's status and, when given, that its problem names <paramref
    /// name="field"/>.</summary>
    public static Task<JsonElement> Refused(Task<HttpResponseMessage> sending, HttpStatusCode status,
        string? field = null) => Answers.Refused(sending, status, field);

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
