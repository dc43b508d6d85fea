using System.Reflection;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Commissioning.Eventing;

/// <summary>
/// Integration events are proto messages carried as proto-JSON (field names in lowerCamelCase, enums by
/// name, 64-bit integers as strings), so any proto-aware consumer reads them. Plain classes are accepted
/// for test and tooling events and use System.Text.Json's web defaults.
/// </summary>
internal static class EventPayload
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static string Serialize(object payload) => payload is IMessage message
        ? Formatter.Format(message)
        : JsonSerializer.Serialize(payload, payload.GetType(), CloudEvent.Json);

    /// <summary>Reads the event's data; a payload that does not parse is a permanently invalid event.</summary>
    public static T Deserialize<T>(JsonElement data) where T : class
    {
        try
        {
            return typeof(IMessage).IsAssignableFrom(typeof(T))
                ? (T)Parser.Parse(data.GetRawText(), DescriptorOf(typeof(T)))
                : data.Deserialize<T>(CloudEvent.Json) ?? throw new EventRejectedException("The event has no data.");
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or JsonException or InvalidOperationException)
        {
            throw new EventRejectedException($"The event's data is not a valid {typeof(T).Name}: {e.Message}");
        }
    }

    private static MessageDescriptor DescriptorOf(Type type) =>
        (MessageDescriptor)type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
