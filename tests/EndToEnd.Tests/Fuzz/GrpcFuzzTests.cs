using System.Diagnostics;
using System.Net;
using System.Text;
using Commissioning.Identity;
using Commissioning.Testing;
using Google.Protobuf.Reflection;
using Xunit;
using Xunit.Abstractions;
using StatusCode = Grpc.Core.StatusCode;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// Every gRPC method the protos declare (<see cref="ProtoDescriptors"/>), called through the gateway's gRPC port
/// with a Wirral Council token holding every council role, so that each body reaches the method: malformed and
/// truncated protobuf and frames, and messages with every field out of range (<see cref="GrpcVariants"/>). Every
/// answer is a gRPC status, none INTERNAL or UNKNOWN (what a server says when it did not expect the input), and
/// neither its message nor its details name our types or the framework's. Prints calls and answers by status.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class GrpcFuzzTests(FuzzPlatform platform, ITestOutputHelper output)
{
    private static readonly string Token = DevelopmentTokens.Mint(new DevelopmentTokenRequest("fuzz-grpc",
        "E08000015", [.. Roles.All.Where(r => r is not (Roles.ProviderUser or Roles.PlatformAdmin))], ["wirral"]));

    [Fact]
    public async Task Every_grpc_method_answers_hostile_messages_with_a_status_that_is_not_internal_nor_unknown()
    {
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = new Uri(platform.GatewayGrpc) };
        var methods = ProtoDescriptors.EveryMethod();
        var (byStatus, findings) = (new SortedDictionary<string, int>(StringComparer.Ordinal), new List<string>());
        foreach (var method in methods)
        foreach (var (kind, body) in GrpcVariants.For(method))
        {
            var (status, finding) = await Call(http, method, body);
            byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
            if (finding is not null) findings.Add($"{method.FullName} [{kind}]: {finding}");
        }
        var report = $"gRPC: {methods.Count} methods, {byStatus.Values.Sum():N0} calls; answers by status: "
            + string.Join(", ", byStatus.Select(s => $"{s.Key}: {s.Value:N0}"))
            + $"\nfindings: {findings.Count}\n{string.Join('\n', findings.Take(60))}";
        output.WriteLine($"{report}\n{clock.Elapsed.TotalSeconds:N0} s");
        Assert.True(findings.Count == 0, report);
    }

    /// <summary>The status the call ended with, and what is wrong with the answer if anything is.</summary>
    private static async Task<(string Status, string? Finding)> Call(HttpClient http, MethodDescriptor method,
        byte[] body)
    {
        try
        {
            return Judged(await RawGrpc.Call(http, $"/{method.Service.FullName}/{method.Name}", body, Token));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return ("no answer", $"no answer: {e.GetType().Name}: {e.Message}");
        }
    }

    private static (string, string?) Judged(RawGrpc.Answer answer)
    {
        if (answer.Http != HttpStatusCode.OK || answer.Status is null)
            return ($"HTTP {(int)answer.Http}", $"HTTP {(int)answer.Http} without a gRPC status");
        var status = Enum.TryParse<StatusCode>(answer.Status, out var code) ? code.ToString() : answer.Status;
        var said = answer.Message + Encoding.UTF8.GetString(answer.Details);
        if (code is StatusCode.Internal or StatusCode.Unknown) return (status, $"{status}: {said}");
        return (status, FuzzTally.OurNameIn(said) is { } name ? $"{status} names '{name}': {said}" : null);
    }
}
