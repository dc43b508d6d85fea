using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;

namespace Commissioning.ServiceDefaults;

/// <summary>The "Ports" section: one HTTP/1.1+2 port for REST and one HTTP/2-only (h2c) port for gRPC.</summary>
public sealed class PortOptions
{
    public string Address { get; set; } = "0.0.0.0";
    public int? Http { get; set; }
    public int? Grpc { get; set; }
}

/// <summary>The "Limits" section.</summary>
public sealed class LimitOptions
{
    /// <summary>Largest request body a service accepts; larger gets 413. Null means no limit (the gateway streams).</summary>
    public long? MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Largest gRPC message a service receives (Grpc.AspNetCore's MaxReceiveMessageSize, whose default it is)
    /// and the gateway forwards; larger is RESOURCE_EXHAUSTED. One setting, so the two never disagree.
    /// </summary>
    public int MaxGrpcMessageBytes { get; set; } = 4 * 1024 * 1024;

    public static LimitOptions From(IConfiguration configuration) =>
        configuration.GetSection("Limits").Get<LimitOptions>() ?? new LimitOptions();
}

internal static class KestrelPorts
{
    public static void ConfigureKestrelPorts(this WebApplicationBuilder builder)
    {
        // Read when Kestrel starts, not now, so configuration added later (test hosts) is seen.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var ports = context.Configuration.GetSection("Ports").Get<PortOptions>() ?? new PortOptions();
            var limits = LimitOptions.From(context.Configuration);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = RequestTargetLimit.KestrelLineRoom;
            // Before any Listen, so every endpoint (those of ASPNETCORE_URLS too) takes it.
            kestrel.ConfigureEndpointDefaults(l => l.UseKestrelProblems());
            // Without explicit ports Kestrel keeps ASPNETCORE_URLS, which is what test hosts use.
            if (ports.Http is null && ports.Grpc is null) return;
            var address = IPAddress.Parse(ports.Address);
            if (ports.Http is { } http) kestrel.Listen(address, http, l => l.Protocols = HttpProtocols.Http1AndHttp2);
            if (ports.Grpc is { } grpc) kestrel.Listen(address, grpc, l => l.Protocols = HttpProtocols.Http2);
        });
    }
}
