using System.Diagnostics;
using Commissioning.Grpc;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Xunit;
using static Commissioning.Testing.PartnerClients;

namespace Grpc.Tests;

/// <summary>Retry only for methods the contract marks idempotent, only on UNAVAILABLE; a breaker per target; the caller's token.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private GrpcTestServer _server = null!;
    private readonly List<PartnerClients> _clients = [];
    private static readonly CallOptions Authorised = Bearer(GrpcTestServer.Token(), TimeSpan.FromSeconds(10));

    public async Task InitializeAsync() => _server = await GrpcTestServer.StartSample();

    private PartnerClients Clients(int minimumThroughput = 100, Uri? address = null, IHttpContextAccessor? caller = null)
    {
        var clients = new PartnerClients(address ?? _server.Address, o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.BreakerMinimumThroughput = minimumThroughput;
            o.BreakerFailureRatio = 0.5;
            o.BreakerDuration = TimeSpan.FromMinutes(1);
        }, caller);
        _clients.Add(clients);
        return clients;
    }

    [Fact]
    public async Task An_idempotent_method_is_retried_after_UNAVAILABLE_until_it_succeeds()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "flaky:2", Amount = SampleServices.Pence(1) };

        var answer = await Clients().Finance.CheckHeadroomAsync(request, Authorised);

        Assert.True(answer.Sufficient);
        Assert.Equal(3, _server.Sample.Attempts("CheckHeadroom:flaky:2"));
    }

    [Fact]
    public async Task A_method_not_marked_idempotent_is_never_retried()
    {
        var error = await RpcRefusals.Refused(() =>
            Clients().Contracts.RaisePerformanceIssueAsync(new RaisePerformanceIssueRequest { ContractId = "flaky:1" }, Authorised));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, _server.Sample.Attempts("RaisePerformanceIssue:flaky:1"));
    }

    [Fact]
    public async Task Statuses_other_than_UNAVAILABLE_are_not_retried()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "internal", Amount = SampleServices.Pence(1) };

        var error = await RpcRefusals.Refused(() => Clients().Finance.CheckHeadroomAsync(request, Authorised));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal(1, _server.Sample.Attempts("CheckHeadroom:internal"));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "down", Amount = SampleServices.Pence(1) };

        var error = await RpcRefusals.Refused(() => Clients().Finance.CheckHeadroomAsync(request, Authorised));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1 + new GrpcClientOptions().MaxRetryAttempts, _server.Sample.Attempts("CheckHeadroom:down"));
    }

    [Fact]
    public async Task The_breaker_opens_after_repeated_failures_and_then_fails_fast_without_calling_the_target()
    {
        var contracts = Clients(minimumThroughput: 4).Contracts;
        for (var i = 0; i < 4; i++)
            await RpcRefusals.Refused(() => contracts.RaisePerformanceIssueAsync(new RaisePerformanceIssueRequest { ContractId = "down" }, Authorised));

        var error = await RpcRefusals.Refused(() =>
            contracts.RaisePerformanceIssueAsync(new RaisePerformanceIssueRequest { ContractId = "c-1" }, Authorised));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Contains("circuit", error.Status.Detail);
        Assert.Equal(0, _server.Sample.Attempts("RaisePerformanceIssue:c-1"));
    }

    [Fact]
    public async Task Refusals_that_say_nothing_of_the_targets_health_leave_the_breaker_closed()
    {
        var finance = Clients(minimumThroughput: 4).Finance;
        for (var i = 0; i < 6; i++)
            await RpcRefusals.Refused(() => finance.CheckHeadroomAsync(new CheckHeadroomRequest { BudgetLineId = "missing" }, Authorised));

        var answer = await finance.CheckHeadroomAsync(new CheckHeadroomRequest { BudgetLineId = "ccg-a-01", Amount = SampleServices.Pence(1) },
            Authorised);

        Assert.True(answer.Sufficient);
    }

    [Fact]
    public async Task A_target_nobody_listens_on_is_UNAVAILABLE()
    {
        var nobody = new Uri($"http://127.0.0.1:{FreePort.Next()}");

        var error = await RpcRefusals.Refused(() =>
            Clients(address: nobody).Finance.CheckHeadroomAsync(new CheckHeadroomRequest { BudgetLineId = "x" }, Authorised));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    [Fact]
    public async Task The_callers_token_and_trace_context_are_forwarded_from_the_request_being_handled()
    {
        var token = GrpcTestServer.Token();
        var incoming = new DefaultHttpContext();
        incoming.Request.Headers.Authorization = "Bearer " + token;
        using var handling = new Activity("handling a request").SetIdFormat(ActivityIdFormat.W3C).Start();
        var finance = Clients(caller: new HttpContextAccessor { HttpContext = incoming }).Finance;

        await finance.CheckHeadroomAsync(new CheckHeadroomRequest { BudgetLineId = "ccg-a-01", Amount = SampleServices.Pence(1) });

        Assert.Equal("Bearer " + token, _server.Sample.LastCall!.Authorization);
        Assert.Contains(handling.TraceId.ToString(), _server.Sample.LastCall.TraceParent);
    }

    [Fact]
    public async Task A_call_that_names_its_own_token_keeps_it()
    {
        var incoming = new DefaultHttpContext();
        incoming.Request.Headers.Authorization = "Bearer not-this-one";
        var own = GrpcTestServer.Token();
        var finance = Clients(caller: new HttpContextAccessor { HttpContext = incoming }).Finance;

        await finance.CheckHeadroomAsync(new CheckHeadroomRequest { BudgetLineId = "ccg-a-01", Amount = SampleServices.Pence(1) }, Bearer(own));

        Assert.Equal("Bearer " + own, _server.Sample.LastCall!.Authorization);
    }

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _server.DisposeAsync();
    }
}
