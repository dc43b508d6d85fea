using Commissioning.Identity;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
using Xunit;
using FinancialYear = Commissioning.Protos.Common.V1.FinancialYear;
using static Commissioning.Testing.PartnerClients;

namespace Grpc.Tests;

/// <summary>Authentication, roles, domain errors and failures, as a generated client sees them.</summary>
public sealed class CallOutcomeTests(SampleServerFixture fixture) : IClassFixture<SampleServerFixture>, IDisposable
{
    private readonly PartnerClients _clients = new(fixture.Server.Address);

    private FinanceService.FinanceServiceClient Finance => _clients.Finance;

    private static CheckHeadroomRequest Headroom(string line, long pence = 250_000_00) =>
        new() { BudgetLineId = line, Amount = SampleServices.Pence(pence) };

    /// <summary>
    /// Bodies that are not one whole CheckHeadroomRequest, sent as raw frames over h2c (the generated client
    /// cannot send them): each is INVALID_ARGUMENT saying what is wrong, never INTERNAL or UNKNOWN; the same
    /// message framed whole reaches the method.
    /// </summary>
    [Theory]
    [InlineData("", "no whole message")]
    [InlineData("000000", "no whole message")]
    [InlineData("0000000003FFFFFF", "not a valid encoding")]
    [InlineData("000000000A0A08636367", "cut short")]
    [InlineData("00000000020A0100000000020A01", "more than one message")]
    [InlineData("0100000002AAAA", "compressed")]
    public async Task A_body_that_is_not_one_whole_request_message_is_INVALID_ARGUMENT(string hex, string said)
    {
        var answer = await RawCall(Convert.FromHexString(hex));

        Assert.Equal(((int)StatusCode.InvalidArgument).ToString(), answer.Status);
        Assert.Contains(said, answer.Message);
    }

    /// <summary>A malformed call without a valid token is told what a sound one would be: UNAUTHENTICATED.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    public async Task A_malformed_body_without_a_valid_token_is_UNAUTHENTICATED(string token)
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.Address };
        var answer = await RawGrpc.Call(http, "/commissioning.finance.v1.FinanceService/CheckHeadroom",
            Convert.FromHexString("0000000003FFFFFF"), token);

        Assert.Equal(((int)StatusCode.Unauthenticated).ToString(), answer.Status);
    }

    [Fact]
    public async Task A_whole_request_message_framed_by_hand_reaches_the_method()
    {
        var frame = RawGrpc.Frame(Google.Protobuf.MessageExtensions.ToByteArray(Headroom("ccg-a-01")));

        Assert.Equal("0", (await RawCall(frame)).Status);
    }

    /// <summary>
    /// A message larger than the validation only looks at in the pipe, and than HTTP/2's stream window, is read
    /// out whole and reaches the method; one over the message limit (4 MiB) is RESOURCE_EXHAUSTED.
    /// </summary>
    [Theory]
    [InlineData(1024 * 1024, "0")]
    [InlineData(5 * 1024 * 1024, "8")]
    public async Task A_large_request_message_is_read_whole_up_to_the_limit(int padding, string status)
    {
        var message = new MemoryStream();
        var output = new Google.Protobuf.CodedOutputStream(message);
        Headroom("ccg-a-01").WriteTo(output);
        // A field no version of the contract has: the parser keeps it as unknown, the method never sees it.
        output.WriteTag(1000, Google.Protobuf.WireFormat.WireType.LengthDelimited);
        output.WriteBytes(Google.Protobuf.ByteString.CopyFrom(new byte[padding]));
        output.Flush();

        Assert.Equal(status, (await RawCall(RawGrpc.Frame(message.ToArray()))).Status);
    }

    private async Task<RawGrpc.Answer> RawCall(byte[] body)
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.Address };
        return await RawGrpc.Call(http, "/commissioning.finance.v1.FinanceService/CheckHeadroom", body,
            GrpcTestServer.Token(Roles.FinanceOfficer));
    }

    [Fact]
    public async Task No_token_is_UNAUTHENTICATED()
    {
        var error = await RpcRefusals.Refused(() => Finance.CheckHeadroomAsync(Headroom("ccg-a-01"), Bearer(null)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    public async Task A_bad_token_is_UNAUTHENTICATED(string token)
    {
        var error = await RpcRefusals.Refused(() => Finance.CheckHeadroomAsync(Headroom("ccg-a-01"), Bearer(token)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_UNAUTHENTICATED()
    {
        var forged = DevelopmentTokens.Mint(new DevelopmentTokenRequest("mallory", "E08000015", [Roles.FinanceOfficer]),
            Convert.ToBase64String(new byte[32]));

        var error = await RpcRefusals.Refused(() => Finance.CheckHeadroomAsync(Headroom("ccg-a-01"), Bearer(forged)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_caller_without_the_method_role_is_PERMISSION_DENIED()
    {
        var request = new RecordCommitmentRequest { CommitmentId = "c-1", Amount = SampleServices.Pence(100_00) };

        var error = await RpcRefusals.Refused(() => Finance.RecordCommitmentAsync(request, Bearer(GrpcTestServer.Token(Roles.Broker))));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task A_caller_with_the_method_role_gets_the_answer()
    {
        var request = new RecordCommitmentRequest { CommitmentId = "c-1", Amount = SampleServices.Pence(100_00) };

        var answer = await Finance.RecordCommitmentAsync(request, Bearer(GrpcTestServer.Token(Roles.FinanceOfficer)));

        Assert.Equal("c-1", answer.CommitmentId);
    }

    [Fact]
    public async Task An_invalid_field_is_INVALID_ARGUMENT_with_a_BadRequest_field_violation()
    {
        var error = await RpcRefusals.Refused(() => Finance.CheckHeadroomAsync(Headroom("ccg-a-01", -1), Bearer(GrpcTestServer.Token())));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(3, error.GetRpcStatus()!.Code);
        var violation = Assert.Single(error.FieldViolations());
        Assert.Equal("amount", violation.Field);
        Assert.Contains("negative", violation.Description);
        Assert.Equal("amount", error.Field());
    }

    [Fact]
    public async Task Domain_rule_kinds_map_to_their_status_codes()
    {
        var token = Bearer(GrpcTestServer.Token(Roles.FinanceOfficer));

        var notFound = await RpcRefusals.Refused(() => Finance.CheckHeadroomAsync(Headroom("missing"), token));
        var exists = await RpcRefusals.Refused(() =>
            Finance.RecordCommitmentAsync(new RecordCommitmentRequest { CommitmentId = "exists", Amount = SampleServices.Pence(1) }, token));
        var closed = await RpcRefusals.Refused(() => Finance.RecordCommitmentAsync(new RecordCommitmentRequest
        {
            CommitmentId = "c-2", Amount = SampleServices.Pence(1), FinancialYear = new FinancialYear { StartYear = 2016 },
        }, token));
        var forbidden = await RpcRefusals.Refused(() =>
            _clients.Contracts.GetContractAsync(new GetContractRequest { ContractId = "other-org" }, token));

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(StatusCode.AlreadyExists, exists.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, closed.StatusCode);
        Assert.Contains("2016/17", closed.Status.Detail);
        Assert.NotNull(closed.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>());
        Assert.Equal(StatusCode.PermissionDenied, forbidden.StatusCode);
        Assert.Empty(notFound.FieldViolations());
    }

    [Fact]
    public async Task An_unexpected_exception_is_INTERNAL_and_tells_nothing_of_the_exception()
    {
        var error = await RpcRefusals.Refused(() => Finance.CheckHeadroomAsync(Headroom("crash"), Bearer(GrpcTestServer.Token())));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.DoesNotContain("hunter2", error.Status.Detail);
        Assert.DoesNotContain("InvalidOperationException", error.Status.Detail);
        Assert.Null(error.GetRpcStatus());
    }

    [Fact]
    public async Task A_handler_sees_the_callers_metadata()
    {
        const string traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var token = GrpcTestServer.Token();
        var headers = new Metadata { { "authorization", "Bearer " + token }, { "traceparent", traceParent } };

        await Finance.CheckHeadroomAsync(Headroom("ccg-a-01"), headers);

        var call = fixture.Server.Sample.LastCall!;
        Assert.Equal(traceParent, call.TraceParent);
        Assert.Equal("Bearer " + token, call.Authorization);
        Assert.Equal("test-user", call.Subject);
    }

    [Fact]
    public async Task A_declared_method_without_a_handler_is_UNIMPLEMENTED()
    {
        var error = await RpcRefusals.Refused(() =>
            _clients.Contracts.ListContractsAsync(new ListContractsRequest(), Bearer(GrpcTestServer.Token())));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    public void Dispose() => _clients.Dispose();
}
