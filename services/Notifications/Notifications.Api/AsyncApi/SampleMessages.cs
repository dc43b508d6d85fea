using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Notifications.Api.AsyncApi;

/// <summary>
/// A message of an event proto with every field set, built from its descriptor alone, so that the service's own
/// reading of the event can be run on it and what the reading writes traced back to the fields it came from. Each
/// string holds its field's path as numbers after a mark ("A3-1": field 3, then its field 1): a valid
/// organisation code, and unambiguous. Numbers are the seed, each enum its seed-th value, each list one element.
/// </summary>
public static class SampleMessages
{
    private const int Deepest = 4;

    public static IMessage Filled(MessageDescriptor descriptor, string mark, int seed)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        Fill(message, mark, seed);
        return message;
    }

    /// <summary>The field names along a string's path ("A3-1" of PlacementAwarded is provider.code), if it is one.
    /// </summary>
    public static IReadOnlyList<FieldDescriptor>? PathOf(MessageDescriptor descriptor, string value, string mark)
    {
        if (!value.StartsWith(mark, StringComparison.Ordinal)) return null;
        var path = new List<FieldDescriptor>();
        foreach (var number in value[mark.Length..].Split('-'))
        {
            var field = int.TryParse(number, out var n) ? descriptor?.FindFieldByNumber(n) : null;
            if (field is null) return null;
            path.Add(field);
            descriptor = field.FieldType == FieldType.Message ? field.MessageType : null!;
        }
        return path;
    }

    /// <param name="prefix">The mark ("A"), or the path of the message holding these fields and a hyphen.</param>
    private static void Fill(IMessage message, string prefix, int seed)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder().Where(f => !f.IsMap))
        {
            var value = Value(field, prefix + field.FieldNumber, seed);
            if (value is null) continue;
            if (field.IsRepeated) ((IList)field.Accessor.GetValue(message)).Add(value);
            else field.Accessor.SetValue(message, value);
        }
    }

    private static object? Value(FieldDescriptor field, string path, int seed) => field.FieldType switch
    {
        FieldType.String => path,
        FieldType.Bytes => ByteString.CopyFromUtf8(path),
        FieldType.Bool => true,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => seed,
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => (long)seed,
        FieldType.UInt32 or FieldType.Fixed32 => (uint)seed,
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)seed,
        FieldType.Double => (double)seed,
        FieldType.Float => (float)seed,
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType,
            field.EnumType.Values[seed % field.EnumType.Values.Count].Number),
        FieldType.Message when path.Count(c => c == '-') < Deepest => Nested(field.MessageType, path, seed),
        _ => null,
    };

    private static IMessage Nested(MessageDescriptor descriptor, string path, int seed)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        Fill(message, path + "-", seed);
        return message;
    }
}
