using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Commissioning.Testing.Answers;

namespace Returns.Tests.Api;

/// <summary>
/// The statutory returns service on a real Kestrel and a real store (SQLite unless a derived class gives
/// PostgreSQL settings), its events delivered as the sidecar delivers them: structured CloudEvents on the
/// subscription routes with the app token, as daprd sends it when APP_API_TOKEN is configured. Wirral Council
/// (E08000015) makes the returns; Liverpool (E08000012) is another council. It asks the real care packages of
/// the collection (<see cref="CarePackagesPartner"/>) for the people of the rows it collects.
/// </summary>
public abstract class ReturnsServiceTest(CarePackagesPartner carePackages) : IAsyncLifetime
{
    public const string Wirral = "E08000015";
    public const string Liverpool = "E08000012";
    private const string AppToken = "sidecar-of-statutory-returns";

    protected ServiceUnderTest<Program> Service { get; private set; } = null!;
    protected HttpClient Sidecar { get; private set; } = null!;
    protected HttpClient Officer { get; private set; } = null!;

    /// <summary>Settings of a derived class, over the base's (the app token, care packages' address).</summary>
    protected virtual Dictionary<string, string?> Settings() => [];

    /// <summary>Services a test puts in place of the service's own (its clock).</summary>
    protected virtual void Replace(IServiceCollection services) { }

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["APP_API_TOKEN"] = AppToken, ["Services:CarePackages"] = carePackages.GrpcAddress.ToString(),
        };
        foreach (var (key, value) in Settings()) settings[key] = value;
        Service = new ServiceUnderTest<Program>(settings, Replace);
        Sidecar = Service.CreateClient();
        Sidecar.DefaultRequestHeaders.Add("dapr-api-token", AppToken);
        Officer = Service.ClientFor(Wirral, Roles.ReturnsOfficer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Sidecar.Dispose();
        Officer.Dispose();
        await Service.DisposeAsync();
    }

    protected Task<string> Deliver(string name, object data, string? eventId = null) =>
        SidecarDelivery.Deliver(Sidecar, "care-packages", name, data, eventId);

    protected Task<JsonElement> Open(string period = "2024/25 Q1", string council = Wirral) =>
        Ok(Officer.PostAsJsonAsync("/api/v1/returns", new { kind = "cld", council, period }));

    protected Task<JsonElement> Step(Guid id, string step, object? body = null) =>
        Ok(Officer.PostAsJsonAsync($"/api/v1/returns/{id}/{step}", body ?? new { }));

    /// <summary>Collects, validates, signs off and submits the return's current version.</summary>
    protected async Task<JsonElement> Submitted(Guid id)
    {
        await Step(id, "collections", CarePackageEvents.People);
        var validated = await Step(id, "validations");
        Assert.Equal("validated", validated.GetProperty("status").GetString());
        await Step(id, "sign-off");
        return await Step(id, "submissions");
    }

    protected static Guid Id(JsonElement record) => record.GetProperty("id").GetGuid();

    protected static JsonElement Current(JsonElement statutoryReturn) =>
        statutoryReturn.GetProperty("versions").EnumerateArray().Last();
}
