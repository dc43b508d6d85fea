using System.Text.Json;
using Grpc.Tests;
using Xunit;

namespace Interop.Tests.Grpc;

/// <summary>A real @grpc/grpc-js client (node/grpc/client.js) calling our server.</summary>
public sealed class GrpcJsClientTests(InteropServerFixture fixture) : IClassFixture<InteropServerFixture>
{
    private async Task<JsonElement> Call(string scenario, string? token = null)
    {
        var result = await NodePeers.Run("node", NodePeers.Script("client.js"), fixture.HostPort, scenario, token ?? GrpcTestServer.Token());
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout.Trim().Split('\n')[^1]).RootElement;
    }

    [Fact]
    public async Task A_unary_call_gets_its_answer()
    {
        var answer = await Call("unary");

        Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
        var headroom = answer.GetProperty("messages")[0].GetProperty("headroom").GetProperty("pence").GetString();
        Assert.Equal((SampleServices.CcgPotABudgetPence - SampleServices.CommittedPence).ToString(), headroom);
    }

    [Fact]
    public async Task A_server_stream_delivers_every_message()
    {
        var answer = await Call("stream");

        Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
        var codes = answer.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("provider").GetProperty("code").GetString());
        Assert.Equal(["1-101", "1-102", "1-103"], codes);
    }

    [Fact]
    public async Task A_call_past_its_deadline_is_DEADLINE_EXCEEDED()
    {
        var answer = await Call("deadline");

        Assert.Equal(4, answer.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Error_details_are_decoded_as_a_BadRequest_field_violation()
    {
        var answer = await Call("invalid");

        Assert.Equal(3, answer.GetProperty("code").GetInt32());
        var details = answer.GetProperty("details");
        Assert.Equal(3, details.GetProperty("code").GetInt32());
        var violation = details.GetProperty("fieldViolations")[0];
        Assert.Equal("amount", violation.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_bad_token_is_UNAUTHENTICATED()
    {
        var answer = await Call("unary", token: "not-a-token");

        Assert.Equal(16, answer.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_declared_method_without_a_handler_is_UNIMPLEMENTED()
    {
        var answer = await Call("unimplemented");

        Assert.Equal(12, answer.GetProperty("code").GetInt32());
    }
}
