using Commissioning.Domain;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Tests.SampleService;

public sealed record NewFund(string Name, decimal Budget);
public sealed record RenameFund(string Name, Guid Version);

/// <summary>
/// A body with each kind of collection a partner's body has: of records, nested, text, ids, amounts, a map.
/// </summary>
public sealed record NewFundPlan(string Title, IReadOnlyList<PlanYear> Years, IReadOnlyList<string> Aims,
    IReadOnlyList<Guid> BodyIds, IReadOnlyList<decimal> Amounts, IReadOnlyDictionary<string, PlanLine> ByScheme,
    IReadOnlyList<string?> Notes);
public sealed record PlanYear(string FinancialYear, IReadOnlyList<PlanLine> Lines);
public sealed record PlanLine(string Name, decimal Amount);

/// <summary>A body whose field is one of several kinds, named by its discriminator.</summary>
public sealed record NewFundShare(FundShare Share);
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "rule")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(FixedShare), "fixed")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(ProportionalShare), "proportional")]
public abstract record FundShare;
public sealed record FixedShare(decimal Percent) : FundShare;
public sealed record ProportionalShare : FundShare;

/// <summary>A service built the way every real one is, on real Kestrel on a loopback port.</summary>
public sealed class SampleApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SampleApp(WebApplication app) => _app = app;

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    public IServiceProvider Services => _app.Services;

    public static async Task<SampleApp> Start(StoreOptions store, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = Build(store, settings);
        await app.MigrateStoreAsync<SampleStore>();
        await app.StartAsync();
        return new SampleApp(app);
    }

    /// <summary>Runs the app the way a service's Program.cs ends, which returns only when it stops serving.</summary>
    public static async Task MigrateThenRun(StoreOptions store, IReadOnlyDictionary<string, string?> settings)
    {
        await using var app = Build(store, settings);
        await app.MigrateThenRunAsync<SampleStore>();
    }

    private static WebApplication Build(StoreOptions store, IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Identity:SigningKey"] = Commissioning.Identity.DevelopmentTokens.SigningKey;
        builder.Configuration["Limits:MaxRequestBodyBytes"] = "65536";
        builder.Configuration["Store:Provider"] = store.Provider.ToString();
        builder.Configuration["Store:ConnectionString"] = store.ConnectionString;
        builder.Configuration["Store:DataDirectory"] = store.DataDirectory;
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults("sample");
        builder.AddServiceStore<SampleStore>("sample");

        var app = builder.Build();
        app.MapServiceDefaults();
        MapFunds(app);
        return app;
    }

    private static void MapFunds(WebApplication app)
    {
        var funds = app.MapGroup("/api/v1/funds").RequireAuthorization("finance-officer");
        funds.MapPost("/", async (NewFund body, SampleStore store) =>
        {
            RuleViolation.Require(!string.IsNullOrWhiteSpace(body.Name), "name", "A fund needs a name.");
            RuleViolation.Require(body.Budget >= 0, "budget", "A budget cannot be negative.");
            var fund = new SampleFund { Name = body.Name, Budget = body.Budget };
            store.Funds.Add(fund);
            await store.SaveChangesAsync();
            return Results.Created($"/api/v1/funds/{fund.Id}", fund);
        });
        app.MapPost("/api/v1/fund-plans", async (NewFundPlan body, SampleStore store) =>
        {
            // Reads every element as a rule would: a null that got through would be a 500 here.
            var total = body.Years.Sum(y => y.Lines.Sum(l => l.Amount)) + body.ByScheme.Values.Sum(l => l.Amount);
            store.Funds.Add(new SampleFund { Name = $"{body.Title} ({body.Aims.Sum(a => a.Length)})", Budget = total });
            await store.SaveChangesAsync();
            return Results.Created();
        }).RequireAuthorization("finance-officer");
        app.MapPost("/api/v1/fund-shares", (NewFundShare body) => Results.Ok(body.Share is FixedShare))
            .RequireAuthorization("finance-officer");
        funds.MapGet("/", async (int? limit, SampleStore store) => await store.Funds.Take(limit ?? 100).ToListAsync());
        funds.MapGet("/{id:guid}", async (Guid id, SampleStore store) =>
            await store.Funds.FindAsync(id) ?? throw RuleViolation.NotFound("id", $"No fund {id}."));
        funds.MapPut("/{id:guid}/name", async (Guid id, RenameFund body, SampleStore store) =>
        {
            var fund = await store.Funds.FindAsync(id) ?? throw RuleViolation.NotFound("id", $"No fund {id}.");
            store.Entry(fund).Property(f => f.Version).OriginalValue = body.Version;
            fund.Name = body.Name;
            await store.SaveChangesAsync();
            return fund;
        });
        app.MapGet("/boom", (HttpContext _) => throw new InvalidOperationException("secret internals at Foo.Bar() line 42"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
