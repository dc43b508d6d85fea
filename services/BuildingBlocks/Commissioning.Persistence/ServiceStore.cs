using Commissioning.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Commissioning.Persistence;

public static class ServiceStore
{
    /// <summary>
    /// Registers the service's store from the "Store" section, its readiness check, the audit actor
    /// and the 409 answer to a concurrency conflict. <paramref name="extend"/> adds to the options,
    /// e.g. <c>(sp, db) =&gt; db.UseEventing(sp)</c> so a commit wakes the outbox relay.
    /// </summary>
    public static WebApplicationBuilder AddServiceStore<TContext>(this WebApplicationBuilder builder, string serviceName,
        Action<IServiceProvider, DbContextOptionsBuilder>? extend = null)
        where TContext : CommissioningDbContext
    {
        builder.Services.AddScoped<IAuditActor, HttpAuditActor>();
        // The options are built once (a singleton), not for every request's context: binding the configuration and
        // building EF's options each time took an eighth of an event delivery's CPU. So extend sees the host's root
        // services, never a request's.
        builder.Services.AddDbContext<TContext>((services, db) =>
        {
            var options = services.GetRequiredService<IConfiguration>().GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
            Configure(db, options, serviceName, typeof(TContext).Assembly.GetName().Name!);
            extend?.Invoke(services, db);
        }, optionsLifetime: ServiceLifetime.Singleton);
        var readiness = new StoreReadiness<TContext>(serviceName);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(StoreReadiness<TContext>.Name,
            readiness.For, HealthStatus.Unhealthy, [HealthEndpoints.ReadyTag]));
        builder.Services.AddExceptionHandler<ConcurrencyConflictProblems>();
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder db, StoreOptions options, string serviceName, string migrationsAssembly)
    {
        var connection = options.ConnectionStringFor(serviceName);
        if (options.Provider == StoreProvider.Postgres)
            db.UseNpgsql(connection, npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
        else
        {
            Directory.CreateDirectory(options.DataDirectory);
            db.UseSqliteStore(connection, sqlite => sqlite.MigrationsAssembly(migrationsAssembly));
        }
        // Migrations are written by hand (dotnet-ef is not served here), so there is no model snapshot
        // to compare against; the store tests prove the migrations and the model agree instead.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// Brings the schema up to the latest version, keeping every existing row. Runs at start-up, once per store
    /// however many replicas start at once (<see cref="MigrationTurn"/>).
    /// </summary>
    public static async Task MigrateStoreAsync<TContext>(this WebApplication app) where TContext : CommissioningDbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
        await using (await MigrationTurn.TakeAsync(database)) await database.MigrateAsync();
        if (database.IsSqlite()) SqliteStore.UseWriteAheadLog(database);
    }

    /// <summary>
    /// The last line of every service's start-up: migrates, then serves until stopped, or, when Store:MigrateOnly
    /// is set, stops there with exit code 0 so a Job can run the migrations once before any new pod starts.
    /// </summary>
    public static async Task MigrateThenRunAsync<TContext>(this WebApplication app)
        where TContext : CommissioningDbContext
    {
        await app.MigrateStoreAsync<TContext>();
        if (app.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>()?.MigrateOnly == true)
        {
            app.Logger.LogInformation(
                "Store:MigrateOnly is set: the schema is up to date, the service does not start.");
            return;
        }
        await app.RunAsync();
    }
}
