using System.Net.Http.Headers;
using Commissioning.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commissioning.Testing;

/// <summary>
/// A real service (its own Program) on real Kestrel on a loopback port, with its SQLite store in a
/// temporary folder, the development signing key, and any settings a test adds.
/// </summary>
public sealed class ServiceUnderTest<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly string _data = Directory.CreateTempSubdirectory("service-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ServiceUnderTest(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
        StartServer();
    }

    /// <summary>A client whose token says it acts for <paramref name="organisation"/> in <paramref name="roles"/>.</summary>
    public HttpClient ClientFor(string organisation, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, roles)));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Identity:SigningKey", DevelopmentTokens.SigningKey);
        builder.UseSetting("Store:DataDirectory", _data);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
