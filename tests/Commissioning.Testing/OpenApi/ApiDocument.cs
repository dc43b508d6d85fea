using System.Text.Json.Nodes;

namespace Commissioning.Testing.OpenApi;

/// <summary>One parameter of an operation, as the merged OpenAPI document declares it.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonNode? Schema);

/// <summary>One operation of the merged document: its method, path template, parameters and body schema.</summary>
public sealed record ApiOperation(string Method, string Template, IReadOnlyList<ApiParameter> Parameters,
    JsonNode? Body)
{
    public bool IsWrite => Method != "GET";
    public IEnumerable<ApiParameter> InPath => Parameters.Where(p => p.In == "path");
    public IEnumerable<ApiParameter> InQuery => Parameters.Where(p => p.In == "query");
    public string[] Segments => Template.Trim('/').Split('/');
    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// An OpenAPI document (a service's, or the gateway's merged one), read as the fuzz suite and the authorisation matrix
/// need it.
/// </summary>
public sealed class ApiDocument(JsonObject document)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public IReadOnlyList<ApiOperation> Operations { get; } = Read(document);

    /// <summary>The schema a <c>$ref</c> names, or the schema itself.</summary>
    public JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; schema?["$ref"]?.GetValue<string>() is { } reference && hops < 10; hops++)
            schema = document["components"]?["schemas"]?[reference.Split('/')[^1]];
        return schema;
    }

    private static List<ApiOperation> Read(JsonObject document) =>
    [
        .. from path in document["paths"]!.AsObject()
           from method in Methods
           let operation = path.Value?[method]
           where operation is not null
           orderby path.Key, method
           select new ApiOperation(method.ToUpperInvariant(), path.Key, Parameters(operation),
               operation["requestBody"]?["content"]?["application/json"]?["schema"]),
    ];

    private static List<ApiParameter> Parameters(JsonNode operation) =>
    [
        .. (operation["parameters"]?.AsArray() ?? []).Select(p => new ApiParameter(
            p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
            p["required"]?.GetValue<bool>() ?? false, p["schema"])),
    ];
}
