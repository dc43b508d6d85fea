using Commissioning.Protos.Contracts.V1;
using Commissioning.Testing;
using Grpc.Core;
using Xunit;

namespace Interop.Tests.Grpc;

/// <summary>Our client (generated, registered as a service registers it) calling a real @grpc/grpc-js server (node/grpc/server.js).</summary>
public sealed class GrpcJsServerTests : IAsyncLifetime
{
    private readonly int _port = FreePort.Next();
    private ServerProcess _node = null!;
    private PartnerClients _clients = null!;
    private ContractsService.ContractsServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _node = ServerProcess.Start("node", [NodePeers.Script("server.js"), _port.ToString()], NodePeers.NodeDirectory);
        await FreePort.WaitUntilListening(_port, TimeSpan.FromSeconds(30), () => _node.Output);
        _clients = new PartnerClients(new Uri($"http://127.0.0.1:{_port}"));
        _client = _clients.Contracts;
    }

    [Fact]
    public async Task A_unary_call_gets_its_answer_and_the_server_sees_our_metadata()
    {
        var options = new CallOptions(new Metadata { { "authorization", "Bearer abc" } });

        var answer = await _client.GetContractAsync(new GetContractRequest { ContractId = "A-S75" }, options);

        Assert.Equal("A-S75", answer.Contract.ContractId);
        Assert.Equal(5_190_000_00, answer.Contract.AnnualValue.Pence);
        Assert.Equal("Bearer abc", answer.Contract.Reference);
    }

    [Fact]
    public async Task A_server_stream_delivers_every_message()
    {
        using var call = _client.ListEligibleProviders(new ListEligibleProvidersRequest { ServiceType = "home-care" });
        var providers = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(["2-201", "2-202", "2-203", "2-204"], providers.Select(p => p.Provider.Code));
    }

    [Fact]
    public async Task Error_status_and_details_are_decoded()
    {
        var error = await RpcRefusals.Refused(() => _client.CheckProviderEligibilityAsync(new CheckProviderEligibilityRequest()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Say which provider.", error.Status.Detail);
        Assert.Equal("providerCode", Assert.Single(error.FieldViolations()).Field);
    }

    [Fact]
    public async Task A_server_that_never_answers_ends_at_our_deadline()
    {
        var error = await RpcRefusals.Refused(() => _client.GetRateInForceAsync(new GetRateInForceRequest { Unit = RateUnit.Week },
            deadline: DateTime.UtcNow.AddMilliseconds(300)));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    public Task DisposeAsync()
    {
        _clients.Dispose();
        _node.Dispose();
        return Task.CompletedTask;
    }
}
