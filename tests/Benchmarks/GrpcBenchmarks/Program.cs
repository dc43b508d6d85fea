using System.Net;
using System.Net.Http.Headers;
using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;
using Google.Protobuf;
using GrpcBenchmarks;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project tests/Benchmarks/GrpcBenchmarks [seconds-per-side] [concurrency]
var seconds = args.Length > 0 ? double.Parse(args[0]) : 2;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 32;
var duration = TimeSpan.FromSeconds(seconds);
var warmUp = TimeSpan.FromSeconds(1);

await using var server = await BenchmarkServer.Start();
var request = new CheckHeadroomRequest { BudgetLineId = "ccg-a-01", Amount = new() { Pence = 250_000_00, CurrencyCode = "GBP" } };
var frame = new byte[5 + request.CalculateSize()];
System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)(frame.Length - 5));
request.WriteTo(frame.AsSpan(5));

using var http = new HttpMessageInvoker(new SocketsHttpHandler { EnableMultipleHttp2Connections = true });
async Task Raw(string path)
{
    using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, path))
    {
        Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact, Content = new ByteArrayContent(frame),
    };
    message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
    message.Headers.TE.ParseAdd("trailers");
    using var response = await http.SendAsync(message, CancellationToken.None);
    await response.Content.ReadAsByteArrayAsync();
    if (response.TrailingHeaders.GetValues("grpc-status").Single() != "0") throw new InvalidOperationException("call failed");
}

// The generated client on a channel as Grpc.Net.Client's documentation makes one: the stack alone.
using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(server.Address);
var plain = new FinanceService.FinanceServiceClient(channel);
// The generated client as a service registers its partners: token forwarding, default deadline, retries, breaker.
var services = new ServiceCollection();
services.AddPartnerGrpcClient<FinanceService.FinanceServiceClient>(CommissioningServices.Finance, o => o.Address = server.Address);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<FinanceService.FinanceServiceClient>();

Console.WriteLine($"Unary calls, {concurrency} concurrent callers, {seconds:0.#} s per side, HTTP/2 h2c on loopback, payload {frame.Length} bytes");
// Two interleaved rounds, best of each side, so neither side gains from running later (JIT tiers, caches).
var sides = new (string Name, Func<Task> Call)[]
{
    ("raw Kestrel HTTP/2 echo", () => Raw(BenchmarkServer.EchoPath)),
    ("Grpc.AspNetCore, raw HttpClient", () => Raw("/commissioning.finance.v1.FinanceService/CheckHeadroom")),
    ("Grpc.AspNetCore + Grpc.Net.Client", () => plain.CheckHeadroomAsync(request).ResponseAsync),
    ("... + our call policies", () => client.CheckHeadroomAsync(request).ResponseAsync),
};
var rounds = new List<LoadResult>();
for (var round = 0; round < 2; round++)
    foreach (var (name, call) in sides)
        rounds.Add(await LoadRun.Measure(name, call, concurrency, warmUp, duration));
var best = sides.Select(s => rounds.Where(r => r.Name == s.Name).MaxBy(r => r.CallsPerSecond)!).ToArray();
var echo = best[0];

Console.WriteLine($"{"",-34} {"calls/s",10} {"p50 ms",8} {"p99 ms",8} {"vs echo",8}");
foreach (var result in best)
    Console.WriteLine($"{result.Name,-34} {result.CallsPerSecond,10:N0} {result.P50Ms,8:0.00} {result.P99Ms,8:0.00} {result.CallsPerSecond / echo.CallsPerSecond,8:P0}");
foreach (var result in best[2..])
    Console.WriteLine($"Target: {result.Name} >= 70% of the echo's throughput: "
        + (result.CallsPerSecond / echo.CallsPerSecond >= 0.7 ? "met" : "NOT met"));
