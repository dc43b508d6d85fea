using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
using Xunit;
using static Commissioning.Testing.PartnerClients;

namespace Grpc.Tests;

/// <summary>Deadlines (the caller's, and the default our clients add) and server streams.</summary>
public sealed class DeadlineAndStreamingTests(SampleServerFixture fixture) : IClassFixture<SampleServerFixture>, IDisposable
{
    private readonly PartnerClients _clients = new(fixture.Server.Address);
    private static readonly string Token = GrpcTestServer.Token();

    [Fact]
    public async Task The_deadline_cancels_the_handler_and_the_caller_gets_DEADLINE_EXCEEDED()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "slow", Amount = SampleServices.Pence(1) };

        // A second, not milliseconds: a deadline that expires before the handler starts (a busy
        // two-core CI machine) never shows the handler its cancellation.
        var error = await RpcRefusals.Refused(() =>
            _clients.Finance.CheckHeadroomAsync(request, Bearer(Token, TimeSpan.FromSeconds(1))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        await fixture.Server.Sample.CancellationSeen("CheckHeadroom").WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_handler_that_ignores_cancellation_still_ends_at_the_deadline()
    {
        var request = new CheckHeadroomRequest { BudgetLineId = "stuck", Amount = SampleServices.Pence(1) };

        var error = await RpcRefusals.Refused(() =>
            _clients.Finance.CheckHeadroomAsync(request, Bearer(Token, TimeSpan.FromMilliseconds(100))));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task A_call_that_names_no_deadline_gets_the_clients_default()
    {
        using var clients = new PartnerClients(fixture.Server.Address, o => o.DefaultDeadline = TimeSpan.FromMilliseconds(200));
        var request = new CheckHeadroomRequest { BudgetLineId = "stuck", Amount = SampleServices.Pence(1) };

        var error = await RpcRefusals.Refused(() => clients.Finance.CheckHeadroomAsync(request, Bearer(Token)));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task A_server_stream_delivers_every_message_then_OK()
    {
        var request = new ListEligibleProvidersRequest { ServiceType = "home-care", Locality = "wallasey" };

        using var call = _clients.Contracts.ListEligibleProviders(request, Bearer(Token, TimeSpan.FromSeconds(10)));
        var providers = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(["1-101", "1-102", "1-103"], providers.Select(p => p.Provider.Code));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task A_stream_past_its_deadline_ends_with_DEADLINE_EXCEEDED_after_the_messages_sent()
    {
        var received = new List<ListEligibleProvidersResponse>();
        using var call = _clients.Contracts.ListEligibleProviders(new ListEligibleProvidersRequest { Locality = "slow" },
            Bearer(Token, TimeSpan.FromMilliseconds(300)));

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var provider in call.ResponseStream.ReadAllAsync()) received.Add(provider);
        });

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Single(received);
    }

    public void Dispose() => _clients.Dispose();
}
