using Commissioning.Grpc;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Grpc.Health.V1;
using Xunit;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Grpc.Tests;

public sealed class DeadlineAndStreamingTests(SampleServerFixture fixture) : IClassFixture<SampleServerFixture>, IDisposable
{
    private readonly GrpcTransport _transport = new();
    private readonly RawGrpc _raw = new(fixture.Server.Address);
    private static readonly string Token = GrpcTestServer.Token();

    private GrpcChannel Channel() => _transport.Channel(new GrpcClientOptions { Address = fixture.Server.Address });

    private static GrpcCallOptions Within(TimeSpan deadline) =>
        new(deadline, new Dictionary<string, string> { ["authorization"] = "Bearer " + Token });

    [Fact]
    public async Task The_grpc_timeout_cancels_the_handler_and_the_caller_gets_DEADLINE_EXCEEDED()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "slow", Amount = SampleServices.Pence(1) };

        var response = await _raw.Post("/commissioning.finance.v1.FinanceService/CheckHeadroom", RawGrpc.Frame(request),
            headers: new Dictionary<string, string> { ["authorization"] = "Bearer " + Token, ["grpc-timeout"] = "50m" });

        Assert.Equal(4, response.GrpcStatus);
        await fixture.Server.Sample.CancellationSeen("CheckHeadroom").WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_handler_that_ignores_cancellation_still_ends_at_the_deadline()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "stuck", Amount = SampleServices.Pence(1) };

        var response = await _raw.Post("/commissioning.finance.v1.FinanceService/CheckHeadroom", RawGrpc.Frame(request),
            headers: new Dictionary<string, string> { ["authorization"] = "Bearer " + Token, ["grpc-timeout"] = "50m" });

        Assert.Equal(4, response.GrpcStatus);
    }

    [Fact]
    public async Task An_already_expired_deadline_is_DEADLINE_EXCEEDED()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "stuck", Amount = SampleServices.Pence(1) };

        var response = await _raw.Post("/commissioning.finance.v1.FinanceService/CheckHeadroom", RawGrpc.Frame(request),
            headers: new Dictionary<string, string> { ["authorization"] = "Bearer " + Token, ["grpc-timeout"] = "0n" });

        Assert.Equal(4, response.GrpcStatus);
    }

    [Fact]
    public async Task Our_client_enforces_its_own_deadline()
    {
        var client = new FinanceClient(Channel());
        var request = new CheckHeadroomRequest { BudgetLineId = "stuck", Amount = SampleServices.Pence(1) };

        var error = await Assert.ThrowsAsync<GrpcCallException>(() => client.CheckHeadroom(request, Within(TimeSpan.FromMilliseconds(100))));

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task A_server_stream_delivers_every_message_then_OK()
    {
        var client = new ContractsClient(Channel());
        var request = new ListEligibleProvidersRequest { ServiceType = "home-care", Locality = "wallasey" };

        var providers = await client.ListEligibleProviders(request, Within(TimeSpan.FromSeconds(10))).ToListAsync();

        Assert.Equal(["1-101", "1-102", "1-103"], providers.Select(p => p.Provider.Code));
    }

    [Fact]
    public async Task A_stream_past_its_deadline_ends_with_DEADLINE_EXCEEDED_after_the_messages_sent()
    {
        var client = new ContractsClient(Channel());
        var received = new List<ListEligibleProvidersResponse>();

        var error = await Assert.ThrowsAsync<GrpcCallException>(async () =>
        {
            await foreach (var provider in client.ListEligibleProviders(new ListEligibleProvidersRequest { Locality = "slow" },
                               Within(TimeSpan.FromMilliseconds(300))))
                received.Add(provider);
        });

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Single(received);
    }

    [Fact]
    public async Task Health_Check_answers_per_service_and_NOT_FOUND_for_unknown_ones()
    {
        var health = new HealthClient(Channel());

        var overall = await health.Check(new HealthCheckRequest());
        var finance = await health.Check(new HealthCheckRequest { Service = "commissioning.finance.v1.FinanceService" });
        var unknown = await Assert.ThrowsAsync<GrpcCallException>(() => health.Check(new HealthCheckRequest { Service = "nope" }));

        Assert.Equal(ServingStatus.Serving, overall.Status);
        Assert.Equal(ServingStatus.Serving, finance.Status);
        Assert.Equal(GrpcStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Health_Watch_streams_each_change_of_status()
    {
        var health = new HealthClient(Channel());
        const string service = "commissioning.workforce.v1.WorkforceService";
        using var stop = new CancellationTokenSource();
        var seen = new List<ServingStatus>();
        var firstSeen = new TaskCompletionSource();

        var watching = Task.Run(async () =>
        {
            await foreach (var status in health.Watch(new HealthCheckRequest { Service = service },
                               new GrpcCallOptions(TimeSpan.FromSeconds(30), CancellationToken: stop.Token)))
            {
                seen.Add(status.Status);
                firstSeen.TrySetResult();
                if (seen.Count == 3) return;
            }
        });
        await firstSeen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        fixture.Server.Health.SetStatus(service, ServingStatus.NotServing);
        fixture.Server.Health.SetStatus(service, ServingStatus.Serving);
        await watching.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([ServingStatus.Serving, ServingStatus.NotServing, ServingStatus.Serving], seen);
    }

    [Fact]
    public async Task Health_Watch_of_an_unknown_service_says_SERVICE_UNKNOWN_and_stays_open()
    {
        var health = new HealthClient(Channel());

        await using var stream = health.Watch(new HealthCheckRequest { Service = "later" }, new GrpcCallOptions(TimeSpan.FromSeconds(30)))
            .GetAsyncEnumerator();
        Assert.True(await stream.MoveNextAsync());
        var first = stream.Current.Status;
        fixture.Server.Health.SetStatus("later", ServingStatus.Serving);
        Assert.True(await stream.MoveNextAsync());

        Assert.Equal(ServingStatus.ServiceUnknown, first);
        Assert.Equal(ServingStatus.Serving, stream.Current.Status);
    }

    public void Dispose()
    {
        _raw.Dispose();
        _transport.Dispose();
    }
}
