extern alias ReturnsService;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;

namespace Authorisation.Tests;

/// <summary>
/// Statutory returns on real Kestrel with its gRPC port: Wirral Council's CLD return for 2024/25 Q1, worked by its
/// returns officer to submitted (no care-package events reached this service, so it has no rows and collecting asks
/// care packages nothing), and Plymouth's return of the same quarter, opened, so that Plymouth's own lists are not
/// empty. The ids are what the returns matrix calls routes with.
/// </summary>
public sealed class ReturnsWorld : IAsyncLifetime
{
    public const string Period = "2024/25 Q1";

    public ServiceHost<ReturnsService::Program> Returns { get; } = new();
    public Guid Return { get; private set; }
    public Guid PlymouthReturn { get; private set; }

    public async Task InitializeAsync()
    {
        using var wirral = Officer(Callers.WirralCouncil);
        Return = await Opened(wirral, Callers.WirralCouncil);
        foreach (var step in new[] { "collections", "validations", "sign-off", "submissions" })
            await Answers.Ok(wirral.PostAsJsonAsync($"/api/v1/returns/{Return}/{step}", new { }));
        using var plymouth = Officer(Callers.PlymouthCouncil);
        PlymouthReturn = await Opened(plymouth, Callers.PlymouthCouncil);
    }

    /// <summary>
    /// A client with the token of <paramref name="organisation"/>'s staff holding <paramref name="roles"/>.
    /// </summary>
    public HttpClient Client(string organisation, params string[] roles) =>
        PartnerUser.Client(Returns.HttpAddress, organisation, roles);

    private HttpClient Officer(string council) => Client(council, Roles.ReturnsOfficer);

    private static async Task<Guid> Opened(HttpClient officer, string council)
    {
        var opened = await Answers.Ok(officer.PostAsJsonAsync("/api/v1/returns",
            new { kind = "cld", council, period = Period }));
        return opened.GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync() => await Returns.DisposeAsync();
}
