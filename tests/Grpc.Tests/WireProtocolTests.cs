using System.IO.Compression;
using System.Net;
using Commissioning.Protos.Finance.V1;
using Google.Protobuf;
using Xunit;

namespace Grpc.Tests;

/// <summary>What a peer can get wrong on the wire, and the status it gets back (PROTOCOL-HTTP2.md).</summary>
public sealed class WireProtocolTests(SampleServerFixture fixture) : IClassFixture<SampleServerFixture>, IDisposable
{
    private const string CheckHeadroom = "/commissioning.finance.v1.FinanceService/CheckHeadroom";
    private readonly RawGrpc _raw = new(fixture.Server.Address);
    private readonly Dictionary<string, string> _auth = new() { ["authorization"] = "Bearer " + GrpcTestServer.Token() };

    private static CheckHeadroomRequest Request(string line = "ccg-a-01") =>
        new() { BudgetLineId = line, Amount = SampleServices.Pence(250_000_00) };

    [Fact]
    public async Task A_well_formed_call_gets_its_message_and_status_OK_in_the_trailers()
    {
        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(Request()), headers: _auth);

        Assert.Equal(HttpStatusCode.OK, response.HttpStatus);
        Assert.Equal("0", response.Trailers["grpc-status"]);
        var answer = CheckHeadroomResponse.Parser.ParseFrom(Assert.Single(response.Messages()));
        Assert.Equal(SampleServices.CcgPotABudgetPence - SampleServices.CommittedPence, answer.Headroom.Pence);
    }

    [Fact]
    public async Task The_proto_subtype_with_parameters_is_accepted()
    {
        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(Request()), "application/grpc+proto; charset=utf-8", _auth);

        Assert.Equal(0, response.GrpcStatus);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/grpc+json")]
    [InlineData("text/plain")]
    public async Task A_content_type_we_do_not_speak_is_HTTP_415(string contentType)
    {
        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(Request()), contentType, _auth);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.HttpStatus);
        Assert.Equal(13, response.GrpcStatus);
    }

    [Fact]
    public async Task A_frame_cut_short_is_INTERNAL()
    {
        var payload = Request().ToByteArray();
        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(payload, declaredLength: payload.Length + 40), headers: _auth);

        Assert.Equal(13, response.GrpcStatus);
        Assert.Contains("Incomplete", response.GrpcMessage);
    }

    [Fact]
    public async Task A_body_shorter_than_a_frame_header_is_INTERNAL()
    {
        var response = await _raw.Post(CheckHeadroom, [0, 0, 0], headers: _auth);

        Assert.Equal(13, response.GrpcStatus);
    }

    [Fact]
    public async Task Bytes_that_are_not_the_request_message_are_INTERNAL()
    {
        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame([0xFF, 0xFF, 0xFF, 0xFF, 0xFF]), headers: _auth);

        Assert.Equal(13, response.GrpcStatus);
        Assert.Empty(response.Messages());
    }

    [Fact]
    public async Task No_request_message_is_INTERNAL()
    {
        var response = await _raw.Post(CheckHeadroom, [], headers: _auth);

        Assert.Equal(13, response.GrpcStatus);
    }

    [Fact]
    public async Task Two_messages_for_a_unary_method_is_INTERNAL()
    {
        var response = await _raw.Post(CheckHeadroom, [.. RawGrpc.Frame(Request()), .. RawGrpc.Frame(Request())], headers: _auth);

        Assert.Equal(13, response.GrpcStatus);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_RESOURCE_EXHAUSTED()
    {
        var request = Request(new string('x', SampleServerFixture.MaxReceiveMessageSize + 1));

        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(request), headers: _auth);

        Assert.Equal(8, response.GrpcStatus);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_the_bytes_arrive()
    {
        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame([1, 2, 3], declaredLength: int.MaxValue), headers: _auth);

        Assert.Equal(8, response.GrpcStatus);
    }

    [Fact]
    public async Task A_compressed_frame_without_grpc_encoding_is_INTERNAL()
    {
        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(Request(), flag: 1), headers: _auth);

        Assert.Equal(13, response.GrpcStatus);
    }

    [Fact]
    public async Task An_encoding_we_do_not_support_is_UNIMPLEMENTED_and_says_what_we_accept()
    {
        var headers = new Dictionary<string, string>(_auth) { ["grpc-encoding"] = "snappy" };

        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(Request(), flag: 1), headers: headers);

        Assert.Equal(12, response.GrpcStatus);
        Assert.Equal("identity,gzip", response.Value("grpc-accept-encoding"));
    }

    [Fact]
    public async Task A_gzip_compressed_request_is_read()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) Request().WriteTo(gzip);
        var headers = new Dictionary<string, string>(_auth) { ["grpc-encoding"] = "gzip" };

        var response = await _raw.Post(CheckHeadroom, RawGrpc.Frame(buffer.ToArray(), flag: 1), headers: headers);

        Assert.Equal(0, response.GrpcStatus);
        Assert.Single(response.Messages());
    }

    [Theory]
    [InlineData("/commissioning.finance.v1.FinanceService/CloseYear")]
    [InlineData("/commissioning.nothing.v1.NoService/Call")]
    [InlineData("/commissioning.contracts.v1.ContractsService/ListContracts")]
    public async Task A_method_nobody_serves_is_UNIMPLEMENTED(string path)
    {
        var response = await _raw.Post(path, RawGrpc.Frame(Request()), headers: _auth);

        Assert.Equal(HttpStatusCode.OK, response.HttpStatus);
        Assert.Equal(12, response.GrpcStatus);
    }

    [Fact]
    public async Task A_non_gRPC_request_to_an_unknown_path_is_a_plain_404()
    {
        var response = await _raw.Post("/api/v1/nothing", [], "application/json");

        Assert.Equal(HttpStatusCode.NotFound, response.HttpStatus);
        Assert.Null(response.GrpcStatus);
    }

    public void Dispose() => _raw.Dispose();
}
