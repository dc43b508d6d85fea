using Commissioning.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Workforce.Tests.Api;

/// <summary>
/// The workforce service on real Kestrel and SQLite (or the settings' PostgreSQL) whose one clock the test
/// moves, so a transfer project runs through the documents' own dates (A: 1 April 2018).
/// </summary>
public sealed class ClockedService : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("workforce-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ClockedService(DateOnly today, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock.Today = today;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
        StartServer();
    }

    public MovableClock Clock { get; } = new();

    public HttpClient ClientFor(string organisation, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", WirralWorkforce.Token(organisation, roles));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Identity:SigningKey", DevelopmentTokens.SigningKey);
        builder.UseSetting("Store:DataDirectory", _data);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    /// <summary>Noon in London on <see cref="Today"/>, whatever the season.</summary>
    public sealed class MovableClock : TimeProvider
    {
        public DateOnly Today { get; set; }

        public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
    }
}
