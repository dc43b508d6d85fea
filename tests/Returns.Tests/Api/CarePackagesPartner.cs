extern alias CarePackagesService;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Commissioning.Testing.Answers;

namespace Returns.Tests.Api;

[CollectionDefinition(Name)]
public sealed class CarePackagesCollection : ICollectionFixture<CarePackagesPartner>
{
    public const string Name = "statutory returns with care packages";
}

/// <summary>
/// Care packages, real, on its own REST and h2c gRPC ports, which statutory returns asks for the CLD person fields
/// at extract time: Wirral's resident of <see cref="CarePackageEvents"/> registered through its REST API by
/// Wirral's intake officer (NHS number 943 476 5919, born 27 March 1941). Started once for the collection.
/// </summary>
public sealed class CarePackagesPartner : IAsyncLifetime
{
    private ServiceHost<CarePackagesService::Program> _service = null!;

    public Uri GrpcAddress => _service.GrpcAddress;

    public async Task InitializeAsync()
    {
        _service = new ServiceHost<CarePackagesService::Program>();
        using var intake = new HttpClient { BaseAddress = _service.HttpAddress };
        intake.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Mint(
            new DevelopmentTokenRequest("intake-1", ReturnsServiceTest.Wirral, [Roles.Commissioner])));
        var person = await Ok(intake.PostAsJsonAsync("/api/v1/people",
            new { nhsNumber = "9434765919", givenName = "Sam", familyName = "Jones", dateOfBirth = "1941-03-27" }));
        // The events here name the person as care packages does, by the reference its development key derives.
        Assert.Equal(CarePackageEvents.Person, person.GetProperty("reference").GetString());
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();
}
