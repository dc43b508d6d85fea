using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Commissioning.ServiceDefaults.OpenApi;

/// <summary>A request a partner may send and the answer it gets, written in the API's own types.</summary>
public sealed record OperationExample(object? Request, object Response);

/// <summary>
/// Puts an operation's <see cref="OperationExample"/> on its JSON request body and its success
/// response, serialised with the options the service answers with, so the example is the wire.
/// </summary>
public static class OperationExamples
{
    public static Task Attach(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<OperationExample>().FirstOrDefault() is not { } example) return Task.CompletedTask;
        var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (example.Request is { } request && Json(operation.RequestBody) is { } body)
            body.Example = Node(request, json);
        var success = operation.Responses?.FirstOrDefault(r => r.Key.StartsWith('2')).Value;
        if (Json(success?.Content) is { } answer) answer.Example = Node(example.Response, json);
        return Task.CompletedTask;
    }

    private static OpenApiMediaType? Json(IOpenApiRequestBody? body) => Json(body?.Content);

    private static OpenApiMediaType? Json(IDictionary<string, OpenApiMediaType>? content) =>
        content is not null && content.TryGetValue("application/json", out var media) ? media : null;

    private static JsonNode? Node(object value, JsonSerializerOptions json) =>
        JsonSerializer.SerializeToNode(value, value.GetType(), json);
}
