using System.Net.Http.Json;
using Commissioning.Testing;
using static CarePackages.Tests.Api.CareJourney;

namespace CarePackages.Tests.Api;

/// <summary>Child protection stays with the council whoever raises it (A R-SG-01..03, §1.16.5 L416).</summary>
public sealed class SafeguardingApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private CareJourney _journey = null!;

    public Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _journey = new CareJourney(_service.CreateClient);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_concern_about_a_child_raised_by_the_provider_goes_to_the_council_worklist_not_the_providers()
    {
        var child = await _journey.Register("4000000004", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-15).ToString("yyyy-MM-dd"));
        var concern = await Read(await _journey.Practitioner.PostAsJsonAsync("/api/v1/safeguarding-concerns", new
        {
            personId = Id(child), summary = "Unexplained bruising seen at the short break.", raisedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            deliveringProviderCode = Cwp, investigationDelegated = true,
        }));

        Assert.Equal("child-protection", concern.GetProperty("kind").GetString());
        Assert.Equal("council-child-protection", concern.GetProperty("worklist").GetString());
        Assert.Empty((await Read(await _journey.Practitioner.GetAsync("/api/v1/safeguarding-concerns"))).EnumerateArray());
        var council = Assert.Single((await Read(await _journey.Commissioner.GetAsync("/api/v1/safeguarding-concerns"))).EnumerateArray());
        Assert.Equal(Id(concern), Id(council));
    }
}
