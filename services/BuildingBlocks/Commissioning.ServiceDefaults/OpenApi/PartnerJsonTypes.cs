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
    public static async Task Declare(OpenApiSchema schema, OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken)
    {
        // A list of objects inside a derived type of a polymorphic schema comes out as {}: the
        // generator loses it, so it is described again from its element type.
        if (schema.Type is null && schema.Properties is null or { Count: 0 }
            && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Enumerable
            && context.JsonTypeInfo.ElementType is { } objects && WireType(objects) is null)
        {
            schema.Type = JsonSchemaType.Array;
            schema.Items = await context.GetOrCreateSchemaAsync(objects, null, cancellationToken);
        }
        if (schema.Type is null && WireType(context.JsonTypeInfo.Type) is { } type)
            schema.Type = Nullable(context.JsonPropertyInfo) ? type | JsonSchemaType.Null : type;
        // A list of text loses its items altogether: the generator drops the empty item schema.
        if (schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is null
            && context.JsonTypeInfo.ElementType is { } element && WireType(element) is { } itemType)
            schema.Items = new OpenApiSchema { Type = itemType };
    }

    private static JsonSchemaType? WireType(Type type) =>
        type == typeof(string) ? JsonSchemaType.String
        : type == typeof(decimal) || type == typeof(decimal?) ? JsonSchemaType.Number
        : null;

    private static bool Nullable(JsonPropertyInfo? property) =>
        property is not null && (property.IsGetNullable || property.IsSetNullable);
}
