using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;
using Notifications.Api.Events;

namespace Notifications.Api.AsyncApi;

/// <summary>
/// The JSON Schema of the data a provider is sent for one event type, derived from the event's proto descriptor
/// and the service's own reading of it: the reading is run on two filled messages (<see cref="SampleMessages"/>)
/// and each property it writes is traced to the proto field it came from, typed from that field as the payload
/// writes it (int64 as a JSON number, a Timestamp as a date-time, a Date as a date, an OrganisationRef as its
/// code, an enum by its name). A property that is no field (the status) must be the same text in both: a
/// constant. Anything else fails the document, so a payload cannot drift from what the document says.
/// </summary>
public static class PayloadSchemas
{
    private const string MarkA = "A";
    private const string MarkB = "B";

    public static JsonObject Data(ProviderEventReading reading)
    {
        var (a, b) = (Written(reading, MarkA, 1), Written(reading, MarkB, 2));
        var schema = Object(reading.Message, a, b);
        schema["description"] = $"The thin payload read from commissioning.events.v1.{reading.Message.Name}: ids, "
            + "status and the provider's amounts; never a person.";
        return schema;
    }

    /// <summary>Which field of the message the service takes the CloudEvent's subject from.</summary>
    public static string SubjectField(ProviderEventReading reading)
    {
        var subject = reading.Read(SampleMessages.Filled(reading.Message, MarkA, 1)).Subject;
        return SampleMessages.PathOf(reading.Message, subject, MarkA) is { } path
            ? $"{reading.Message.Name}.{string.Join('.', path.Select(f => f.Name))}"
            : throw new InvalidOperationException($"The subject of {reading.Type} is no field of its message.");
    }

    private static JsonObject Written(ProviderEventReading reading, string mark, int seed) =>
        JsonSerializer.SerializeToNode(reading.Read(SampleMessages.Filled(reading.Message, mark, seed)).Payload,
            EventIntake.PayloadJson)!.AsObject();

    private static JsonObject Object(MessageDescriptor message, JsonObject a, JsonObject? b)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var (name, value) in a)
        {
            var field = message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);
            properties[name] = field is null ? Constant(message, name, value, b?[name])
                : Described(Field(field, value!), field);
            if (field is null || !field.HasPresence || field.IsRepeated) required.Add(name);
        }
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required };
    }

    private static JsonObject Constant(MessageDescriptor message, string name, JsonNode? a, JsonNode? b) =>
        a is JsonValue value && value.GetValueKind() == JsonValueKind.String && JsonNode.DeepEquals(a, b)
            ? new JsonObject { ["type"] = "string", ["const"] = a.DeepClone() }
            : throw new InvalidOperationException(
                $"'{name}' of the payload read from {message.Name} is neither one of its fields nor a constant.");

    private static JsonObject Field(FieldDescriptor field, JsonNode written) => field.IsRepeated
        ? new JsonObject
        {
            ["type"] = "array",
            ["items"] = Element(field, Kind(field, written, JsonValueKind.Array).AsArray()[0]!),
        }
        : Element(field, written);

    private static JsonObject Element(FieldDescriptor field, JsonNode written) => field.FieldType switch
    {
        FieldType.String => Typed(field, written, JsonValueKind.String, "string"),
        FieldType.Bool => Typed(field, written, JsonValueKind.True, "boolean"),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.UInt32 or FieldType.Fixed32 =>
            Typed(field, written, JsonValueKind.Number, "integer", "int32"),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64 =>
            Typed(field, written, JsonValueKind.Number, "integer", "int64"),
        FieldType.Double or FieldType.Float => Typed(field, written, JsonValueKind.Number, "number"),
        FieldType.Enum => Enumerated(field, written),
        FieldType.Message => Message(field, written),
        _ => throw Unwritable(field, written),
    };

    private static JsonObject Typed(FieldDescriptor field, JsonNode written, JsonValueKind kind, string type,
        string? format = null)
    {
        Kind(field, written, kind);
        var schema = new JsonObject { ["type"] = type };
        if (format is not null) schema["format"] = format;
        return schema;
    }

    /// <summary>An enum is written by its name in the generated code ("Week" of RATE_UNIT_WEEK).</summary>
    private static JsonObject Enumerated(FieldDescriptor field, JsonNode written)
    {
        var schema = Typed(field, written, JsonValueKind.String, "string");
        schema["enum"] = new JsonArray([.. Enum.GetNames(field.EnumType.ClrType).Select(n => JsonValue.Create(n))]);
        return schema;
    }

    /// <summary>
    /// A message field is written whole (an object of its own fields), as a date, a time, or as one of its
    /// string fields (an organisation by its code).
    /// </summary>
    private static JsonObject Message(FieldDescriptor field, JsonNode written)
    {
        if (written.GetValueKind() == JsonValueKind.Object) return Object(field.MessageType, written.AsObject(), null);
        Kind(field, written, JsonValueKind.String);
        return field.MessageType.FullName switch
        {
            "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            "commissioning.common.v1.Date" => new JsonObject { ["type"] = "string", ["format"] = "date" },
            _ => OneOfItsStrings(field, written.GetValue<string>()),
        };
    }

    private static JsonObject OneOfItsStrings(FieldDescriptor field, string written)
    {
        var path = SampleMessages.PathOf(field.ContainingType, written, MarkA)
            ?? SampleMessages.PathOf(field.ContainingType, written, MarkB);
        return path is { Count: 2 } && path[0] == field
            ? new JsonObject { ["type"] = "string", ["description"] = $"Its {path[1].Name}." }
            : throw Unwritable(field, written);
    }

    private static JsonNode Kind(FieldDescriptor field, JsonNode written, JsonValueKind kind)
    {
        var actual = written.GetValueKind();
        return actual == kind || (kind == JsonValueKind.True && actual == JsonValueKind.False) ? written
            : throw Unwritable(field, written);
    }

    private static JsonObject Described(JsonObject schema, FieldDescriptor field)
    {
        var from = $"From {field.ContainingType.Name}.{field.Name}.";
        schema["description"] = schema["description"] is { } more ? $"{from} {more}" : from;
        return schema;
    }

    private static InvalidOperationException Unwritable(FieldDescriptor field, JsonNode? written) => new(
        $"{field.FullName} is written as {written?.ToJsonString() ?? "nothing"}, which the document cannot type.");
}
