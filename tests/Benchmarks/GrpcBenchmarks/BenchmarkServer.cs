using System.Buffers;
using System.Net;
using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;
using Grpc.Core;
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
/// One Kestrel process-local HTTP/2 server: Grpc.AspNetCore as a service sets it up (AddCommissioningGrpc,
/// with its interceptor) serving FinanceService/CheckHeadroom, and a raw endpoint that echoes the
/// request body back with the same gRPC headers and trailers: the floor the stack is measured against.
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
        builder.Services.AddCommissioningGrpc(CommissioningServices.Finance);
        var app = builder.Build();
        // Anonymous, as the echo is: the comparison is of the protocol stack, not of JWT validation.
        app.MapGrpcService<Headroom>();
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

    private sealed class Headroom : FinanceService.FinanceServiceBase
    {
        private static readonly CheckHeadroomResponse Answer =
            new() { Headroom = new() { Pence = 20_200_000_00, CurrencyCode = "GBP" }, Sufficient = true, Pot = Pot.A };

        public override Task<CheckHeadroomResponse> CheckHeadroom(CheckHeadroomRequest request, ServerCallContext context) =>
            Task.FromResult(Answer);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
