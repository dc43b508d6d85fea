using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Reflection.V1;
using Xunit;

namespace Grpc.Tests;

public sealed class ReflectionTests(SampleServerFixture fixture) : IClassFixture<SampleServerFixture>, IDisposable
{
    private readonly RawGrpc _raw = new(fixture.Server.Address);

    private async Task<IReadOnlyList<ServerReflectionResponse>> Ask(string path, params ServerReflectionRequest[] requests)
    {
        var body = requests.SelectMany(r => RawGrpc.Frame(r)).ToArray();
        var response = await _raw.Post(path, body);
        Assert.Equal(0, response.GrpcStatus);
        return response.Messages().Select(ServerReflectionResponse.Parser.ParseFrom).ToList();
    }

    [Fact]
    public async Task Reflection_lists_every_service_and_answers_each_request_in_order()
    {
        var answers = await Ask("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
            new ServerReflectionRequest { ListServices = "*" },
            new ServerReflectionRequest { FileContainingSymbol = "commissioning.finance.v1.FinanceService.CheckHeadroom" });

        Assert.Equal(2, answers.Count);
        var services = answers[0].ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("commissioning.finance.v1.FinanceService", services);
        Assert.Contains("grpc.health.v1.Health", services);
        Assert.Contains("grpc.reflection.v1.ServerReflection", services);
        var files = answers[1].FileDescriptorResponse.FileDescriptorProto.Select(FileDescriptorProto.Parser.ParseFrom).ToList();
        Assert.Equal("commissioning/finance/v1/finance_service.proto", files[0].Name);
        Assert.Contains(files, f => f.Name == "commissioning/common/v1/money.proto");
    }

    [Fact]
    public async Task The_v1alpha_name_is_served_too_and_unknown_symbols_are_NOT_FOUND_answers()
    {
        var answers = await Ask("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
            new ServerReflectionRequest { FileContainingSymbol = "commissioning.nothing.v1.Nothing" },
            new ServerReflectionRequest { FileByFilename = "commissioning/common/v1/calendar.proto" });

        Assert.Equal(5, answers[0].ErrorResponse.ErrorCode);
        Assert.Equal("commissioning/common/v1/calendar.proto",
            FileDescriptorProto.Parser.ParseFrom(answers[1].FileDescriptorResponse.FileDescriptorProto[0]).Name);
    }

    public void Dispose() => _raw.Dispose();
}
