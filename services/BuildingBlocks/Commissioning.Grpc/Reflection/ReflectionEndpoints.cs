using Google.Protobuf;
using Grpc.Reflection.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Grpc;

public static class ReflectionEndpoints
{
    private const string V1AlphaPath = "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo";

    /// <summary>
    /// grpc.reflection.v1.ServerReflection (and the same messages under the older v1alpha name, which
    /// some grpcurl versions still ask for first): lets buf curl and grpcurl discover the services
    /// and their file descriptors. Anonymous: the contracts are published in proto/ anyway.
    /// Map it after the services it should describe.
    /// </summary>
    public static RouteGroupBuilder MapGrpcReflection(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.ServiceProvider.GetRequiredService<GrpcServiceRegistry>();
        GrpcMethod? info = null;
        var group = endpoints.MapGrpcService(ReflectionReflection.Descriptor.Services[0], service =>
            info = service.DuplexStreaming<ServerReflectionRequest, ServerReflectionResponse>("ServerReflectionInfo",
                async (requests, responses, _) =>
                {
                    var index = new DescriptorIndex(registry.Services);
                    await foreach (var request in requests)
                        await responses.WriteAsync(Answer(request, index, registry));
                }).AllowAnonymous());
        group.MapPost(V1AlphaPath, GrpcEndpointRouteBuilderExtensions.Endpoint(endpoints.ServiceProvider, info!).Handle);
        return group;
    }

    private static ServerReflectionResponse Answer(ServerReflectionRequest request, DescriptorIndex index, GrpcServiceRegistry registry)
    {
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                response.ListServicesResponse = new ListServiceResponse
                {
                    Service = { registry.Services.Select(s => new ServiceResponse { Name = s.FullName }) },
                };
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                Files(response, index.FileByName(request.FileByFilename), request.FileByFilename);
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                Files(response, index.FileContaining(request.FileContainingSymbol), request.FileContainingSymbol);
                break;
            default:
                // Our contracts declare no extensions.
                response.ErrorResponse = new ErrorResponse { ErrorCode = (int)GrpcStatusCode.NotFound, ErrorMessage = "No extensions are declared." };
                break;
        }
        return response;
    }

    private static void Files(ServerReflectionResponse response, Google.Protobuf.Reflection.FileDescriptor? file, string asked)
    {
        if (file is null)
        {
            response.ErrorResponse = new ErrorResponse { ErrorCode = (int)GrpcStatusCode.NotFound, ErrorMessage = $"'{asked}' is not known." };
            return;
        }
        response.FileDescriptorResponse = new FileDescriptorResponse
        {
            FileDescriptorProto = { DescriptorIndex.WithDependencies(file).Select(f => f.SerializedData) },
        };
    }
}
