using System.Net.Http.Headers;
using Commissioning.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Testing;

/// <summary>
/// A real service (its own Program) on real Kestrel on a loopback port, with its SQLite store in a
/// temporary folder, the development signing key, and any settings and services (a clock) a test adds.
/// </summary>
public sealed class ServiceUnderTest<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly string _data = Directory.CreateTempSubdirectory("service-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces services of the service's own (after its Program registered them).</param>
    public ServiceUnderTest(IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        UseKestrel(0);
        HostStarts.One.Wait();
        try { StartServer(); }
        finally { HostStarts.One.Release(); }
    }

    /// <summary>A client whose token says it acts for <paramref name="organisation"/> in <paramref name="roles"/>.
    /// </summary>
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
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
