using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Xunit;
using FinancialYear = Commissioning.Protos.Common.V1.FinancialYear;

namespace Grpc.Tests;

/// <summary>Authentication, roles, domain errors and failures, as our client sees them.</summary>
public sealed class CallOutcomeTests(SampleServerFixture fixture) : IClassFixture<SampleServerFixture>, IDisposable
{
    private readonly GrpcTransport _transport = new();

    private FinanceClient Finance() => new(Channel());
    private ContractsClient Contracts() => new(Channel());

    private GrpcChannel Channel() => _transport.Channel(new GrpcClientOptions { Address = fixture.Server.Address });

    private static GrpcCallOptions As(string? token) =>
        new(Headers: token is null ? null : new Dictionary<string, string> { ["authorization"] = "Bearer " + token });

    private static CheckHeadroomRequest Headroom(string line, long pence = 250_000_00) =>
        new() { BudgetLineId = line, Amount = SampleServices.Pence(pence) };

    [Fact]
    public async Task No_token_is_UNAUTHENTICATED()
    {
        var error = await Assert.ThrowsAsync<GrpcCallException>(() => Finance().CheckHeadroom(Headroom("ccg-a-01"), As(null)));

        Assert.Equal(GrpcStatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    public async Task A_bad_token_is_UNAUTHENTICATED(string token)
    {
        var error = await Assert.ThrowsAsync<GrpcCallException>(() => Finance().CheckHeadroom(Headroom("ccg-a-01"), As(token)));

        Assert.Equal(GrpcStatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_UNAUTHENTICATED()
    {
        var forged = DevelopmentTokens.Mint(new DevelopmentTokenRequest("mallory", "E08000015", [Roles.FinanceOfficer]),
            Convert.ToBase64String(new byte[32]));

        var error = await Assert.ThrowsAsync<GrpcCallException>(() => Finance().CheckHeadroom(Headroom("ccg-a-01"), As(forged)));

        Assert.Equal(GrpcStatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_caller_without_the_method_role_is_PERMISSION_DENIED()
    {
        var request = new RecordCommitmentRequest { CommitmentId = "c-1", Amount = SampleServices.Pence(100_00) };

        var error = await Assert.ThrowsAsync<GrpcCallException>(() =>
            Finance().RecordCommitment(request, As(GrpcTestServer.Token(Roles.Broker))));

        Assert.Equal(GrpcStatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task A_caller_with_the_method_role_gets_the_answer()
    {
        var request = new RecordCommitmentRequest { CommitmentId = "c-1", Amount = SampleServices.Pence(100_00) };

        var answer = await Finance().RecordCommitment(request, As(GrpcTestServer.Token(Roles.FinanceOfficer)));

        Assert.Equal("c-1", answer.CommitmentId);
    }

    [Fact]
    public async Task An_invalid_field_is_INVALID_ARGUMENT_with_a_BadRequest_field_violation()
    {
        var error = await Assert.ThrowsAsync<GrpcCallException>(() =>
            Finance().CheckHeadroom(Headroom("ccg-a-01", -1), As(GrpcTestServer.Token())));

        Assert.Equal(GrpcStatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(3, error.Details!.Code);
        var violation = Assert.Single(error.FieldViolations);
        Assert.Equal("amount", violation.Field);
        Assert.Contains("negative", violation.Description);
    }

    [Fact]
    public async Task Domain_rule_kinds_map_to_their_status_codes()
    {
        var token = GrpcTestServer.Token(Roles.FinanceOfficer);
        var finance = Finance();

        var notFound = await Assert.ThrowsAsync<GrpcCallException>(() => finance.CheckHeadroom(Headroom("missing"), As(token)));
        var exists = await Assert.ThrowsAsync<GrpcCallException>(() =>
            finance.RecordCommitment(new RecordCommitmentRequest { CommitmentId = "exists", Amount = SampleServices.Pence(1) }, As(token)));
        var closed = await Assert.ThrowsAsync<GrpcCallException>(() => finance.RecordCommitment(new RecordCommitmentRequest
        {
            CommitmentId = "c-2", Amount = SampleServices.Pence(1), FinancialYear = new FinancialYear { StartYear = 2016 },
        }, As(token)));
        var forbidden = await Assert.ThrowsAsync<GrpcCallException>(() =>
            Contracts().GetContract(new GetContractRequest { ContractId = "other-org" }, As(token)));

        Assert.Equal(GrpcStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(GrpcStatusCode.AlreadyExists, exists.StatusCode);
        Assert.Equal(GrpcStatusCode.FailedPrecondition, closed.StatusCode);
        Assert.Contains("2016/17", closed.Detail);
        Assert.Equal(GrpcStatusCode.PermissionDenied, forbidden.StatusCode);
        Assert.Empty(notFound.FieldViolations);
    }

    [Fact]
    public async Task An_unexpected_exception_is_INTERNAL_and_tells_nothing_of_the_exception()
    {
        var error = await Assert.ThrowsAsync<GrpcCallException>(() => Finance().CheckHeadroom(Headroom("crash"), As(GrpcTestServer.Token())));

        Assert.Equal(GrpcStatusCode.Internal, error.StatusCode);
        Assert.DoesNotContain("hunter2", error.Detail);
        Assert.DoesNotContain("InvalidOperationException", error.Detail);
        Assert.Null(error.Details);
    }

    [Fact]
    public async Task A_handler_sees_the_callers_metadata()
    {
        const string traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var token = GrpcTestServer.Token();
        var options = new GrpcCallOptions(Headers: new Dictionary<string, string>
        {
            ["authorization"] = "Bearer " + token, ["traceparent"] = traceParent,
        });

        await Finance().CheckHeadroom(Headroom("ccg-a-01"), options);

        var call = fixture.Server.Sample.LastCall!;
        Assert.Equal(traceParent, call.TraceParent);
        Assert.Equal("Bearer " + token, call.Authorization);
        Assert.Equal("test-user", call.Subject);
    }

    public void Dispose() => _transport.Dispose();
}
