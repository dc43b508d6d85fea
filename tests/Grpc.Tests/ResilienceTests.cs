using Commissioning.Grpc;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Grpc.Tests;

/// <summary>Retry only for methods the contract marks idempotent, only on UNAVAILABLE; a breaker per target.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private GrpcTestServer _server = null!;
    private readonly GrpcTransport _transport = new();
    private static readonly GrpcCallOptions Authorised =
        new(TimeSpan.FromSeconds(10), new Dictionary<string, string> { ["authorization"] = "Bearer " + GrpcTestServer.Token() });

    public async Task InitializeAsync() => _server = await GrpcTestServer.StartSample();

    private GrpcChannel Channel(int minimumThroughput = 100) => _transport.Channel(new GrpcClientOptions
    {
        Address = _server.Address,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        BreakerMinimumThroughput = minimumThroughput,
        BreakerFailureRatio = 0.5,
        BreakerDuration = TimeSpan.FromMinutes(1),
    });

    [Fact]
    public async Task An_idempotent_method_is_retried_after_UNAVAILABLE_until_it_succeeds()
    {
        var client = new FinanceClient(Channel());

        var answer = await client.CheckHeadroom(new CheckHeadroomRequest { BudgetLineId = "flaky:2", Amount = SampleServices.Pence(1) }, Authorised);

        Assert.True(answer.Sufficient);
        Assert.Equal(3, _server.Sample.Attempts("CheckHeadroom:flaky:2"));
    }

    [Fact]
    public async Task A_method_not_marked_idempotent_is_never_retried()
    {
        var client = new ContractsClient(Channel());

        var error = await Assert.ThrowsAsync<GrpcCallException>(() =>
            client.RaisePerformanceIssue(new RaisePerformanceIssueRequest { ContractId = "flaky:1" }, Authorised));

        Assert.Equal(GrpcStatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, _server.Sample.Attempts("RaisePerformanceIssue:flaky:1"));
    }

    [Fact]
    public async Task Statuses_other_than_UNAVAILABLE_are_not_retried()
    {
        var client = new FinanceClient(Channel());

        var error = await Assert.ThrowsAsync<GrpcCallException>(() =>
            client.CheckHeadroom(new CheckHeadroomRequest { BudgetLineId = "internal", Amount = SampleServices.Pence(1) }, Authorised));

        Assert.Equal(GrpcStatusCode.Internal, error.StatusCode);
        Assert.Equal(1, _server.Sample.Attempts("CheckHeadroom:internal"));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        var client = new FinanceClient(Channel());

        var error = await Assert.ThrowsAsync<GrpcCallException>(() =>
            client.CheckHeadroom(new CheckHeadroomRequest { BudgetLineId = "down", Amount = SampleServices.Pence(1) }, Authorised));

        Assert.Equal(GrpcStatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1 + new GrpcClientOptions().MaxRetryAttempts, _server.Sample.Attempts("CheckHeadroom:down"));
    }

    [Fact]
    public async Task The_breaker_opens_after_repeated_failures_and_then_fails_fast_without_calling_the_target()
    {
        var client = new ContractsClient(Channel(minimumThroughput: 4));
        for (var i = 0; i < 4; i++)
            await Assert.ThrowsAsync<GrpcCallException>(() =>
                client.RaisePerformanceIssue(new RaisePerformanceIssueRequest { ContractId = "down" }, Authorised));

        var error = await Assert.ThrowsAsync<GrpcCallException>(() =>
            client.RaisePerformanceIssue(new RaisePerformanceIssueRequest { ContractId = "c-1" }, Authorised));

        Assert.Equal(GrpcStatusCode.Unavailable, error.StatusCode);
        Assert.Contains("circuit", error.Detail);
        Assert.Equal(0, _server.Sample.Attempts("RaisePerformanceIssue:c-1"));
    }

    [Fact]
    public async Task A_target_nobody_listens_on_is_UNAVAILABLE()
    {
        var port = Commissioning.Testing.FreePort.Next();
        var client = new FinanceClient(_transport.Channel(new GrpcClientOptions
        {
            Address = new Uri($"http://127.0.0.1:{port}"), MaxRetryAttempts = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        }));

        var error = await Assert.ThrowsAsync<GrpcCallException>(() =>
            client.CheckHeadroom(new CheckHeadroomRequest { BudgetLineId = "x" }, Authorised));

        Assert.Equal(GrpcStatusCode.Unavailable, error.StatusCode);
    }

    [Fact]
    public async Task The_callers_token_and_trace_context_are_forwarded_from_the_request_being_handled()
    {
        var token = GrpcTestServer.Token();
        const string traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var incoming = new DefaultHttpContext();
        incoming.Request.Headers.Authorization = "Bearer " + token;
        incoming.Request.Headers["traceparent"] = traceParent;
        var client = new FinanceClient(_transport.Channel(new GrpcClientOptions { Address = _server.Address },
            new HttpContextAccessor { HttpContext = incoming }));

        await client.CheckHeadroom(new CheckHeadroomRequest { BudgetLineId = "ccg-a-01", Amount = SampleServices.Pence(1) });

        Assert.Equal("Bearer " + token, _server.Sample.LastCall!.Authorization);
        Assert.Equal(traceParent, _server.Sample.LastCall.TraceParent);
    }

    public async Task DisposeAsync()
    {
        _transport.Dispose();
        await _server.DisposeAsync();
    }
}
