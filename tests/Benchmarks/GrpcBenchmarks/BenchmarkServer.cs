using System.Buffers;
using System.Net;
using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrpcBenchmarks;

/// <summary>
/// One Kestrel process-local server with two HTTP/2 ports: our gRPC layer serving
/// FinanceService/CheckHeadroom, and a raw endpoint that echoes the request body back with the
/// same gRPC headers and trailers: the floor our layer is measured against.
/// </summary>
internal sealed class BenchmarkServer(WebApplication app, Uri address) : IAsyncDisposable
{
    public Uri Address { get; } = address;

    public const string EchoPath = "/echo";

    public static async Task<BenchmarkServer> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddCommissioningGrpc();
        var app = builder.Build();
        var answer = new CheckHeadroomResponse { Headroom = new() { Pence = 20_200_000_00, CurrencyCode = "GBP" }, Sufficient = true, Pot = Pot.A };
        // Anonymous, as the echo is: the comparison is of the protocol layer, not of JWT validation.
        app.MapGrpcService(CommissioningServices.Finance, finance =>
            finance.Unary<CheckHeadroomRequest, CheckHeadroomResponse>("CheckHeadroom", (_, _) => Task.FromResult(answer)).AllowAnonymous());
        app.MapPost(EchoPath, Echo);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BenchmarkServer(app, new Uri(address));
    }

    /// <summary>As lean as Kestrel allows: read the whole body from the pipe, write it back, one trailer.</summary>
    private static async Task Echo(HttpContext http)
    {
        var reader = http.Request.BodyReader;
        var read = await reader.ReadAsync();
        while (!read.IsCompleted)
        {
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await reader.ReadAsync();
        }
        http.Response.ContentType = "application/grpc";
        foreach (var segment in read.Buffer) http.Response.BodyWriter.Write(segment.Span);
        reader.AdvanceTo(read.Buffer.End);
        http.Response.AppendTrailer("grpc-status", "0");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
