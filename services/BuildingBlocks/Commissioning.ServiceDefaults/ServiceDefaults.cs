using Commissioning.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commissioning.ServiceDefaults;

/// <summary>The one call each Program.cs makes on its builder, and the one it makes on its app.</summary>
public static class ServiceDefaults
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.AddStructuredLogging();
        builder.AddTelemetry(serviceName);
        builder.ConfigureKestrelPorts();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(RehearsalClock.From(builder.Configuration, builder.Environment));
        builder.Services.AddProblems();
        builder.Services.AddStrictJson();
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenApi();
        builder.Services.AddCommissioningIdentity();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    /// <param name="mapOpenApi">False for the gateway, which serves the merged document of all services at the same path.</param>
    public static WebApplication MapServiceDefaults(this WebApplication app, bool mapOpenApi = true)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnexpectedErrorProblems.Handle });
        app.UseStatusCodePages();
        app.UseRequestTargetLimit();
        app.UseRequestBodyLimit();
        app.UseCorrelationId();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        if (mapOpenApi) app.MapOpenApi().AllowAnonymous();
        return app;
    }
}

/// <summary>The service's name as telemetry, logs and CloudEvent sources spell it (e.g. "pooled-finance").</summary>
public sealed record ServiceIdentity(string Name);
