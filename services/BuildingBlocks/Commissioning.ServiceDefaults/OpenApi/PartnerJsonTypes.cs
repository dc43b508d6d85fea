using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Commissioning.ServiceDefaults.OpenApi;

/// <summary>
/// Text and money are read through the bounded converters of the service defaults, which hides
/// their JSON type from the schema generator (it writes <c>{}</c>); this says what they are on the wire.
/// </summary>
public static class PartnerJsonTypes
{
    public static Task Declare(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        if (schema.Type is null && WireType(context.JsonTypeInfo.Type) is { } type)
            schema.Type = Nullable(context.JsonPropertyInfo) ? type | JsonSchemaType.Null : type;
        // A list of text loses its items altogether: the generator drops the empty item schema.
        if (schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is null
            && context.JsonTypeInfo.ElementType is { } element && WireType(element) is { } itemType)
            schema.Items = new OpenApiSchema { Type = itemType };
        return Task.CompletedTask;
    }

    private static JsonSchemaType? WireType(Type type) =>
        type == typeof(string) ? JsonSchemaType.String
        : type == typeof(decimal) || type == typeof(decimal?) ? JsonSchemaType.Number
        : null;

    private static bool Nullable(JsonPropertyInfo? property) =>
        property is not null && (property.IsGetNullable || property.IsSetNullable);
}
