using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using static Commissioning.Testing.RawGrpc;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// The hostile request bodies of one gRPC method: frames (<see cref="Commissioning.Testing.RawGrpc.Frame"/>)
/// holding bytes that are not its request message, or cut short, and
/// messages of its request type whose every field, at every depth, holds a value beyond any rule's range.
/// </summary>
public static class GrpcVariants
{
    private const int Depth = 4;

    public static IEnumerable<(string Kind, byte[] Body)> For(MethodDescriptor method)
    {
        var whole = Filled(method.InputType, Extreme.Highest, 0).ToByteArray();
        yield return ("an empty message", Frame([]));
        yield return ("bytes that are not protobuf", Frame([.. Enumerable.Repeat((byte)0xFF, 10), 0x01]));
        yield return ("a field cut short", Frame(whole.Length > 2 ? whole[..(whole.Length / 2)] : [0x0A, 0x64, 0x41]));
        yield return ("an unknown field, then a tag of field 0", Frame([0xF8, 0xFF, 0x7F, 0x05, 1, 2, 3, 4, 5]));
        yield return ("a frame shorter than its header says", Frame(whole, declared: whole.Length + 50));
        yield return ("half a frame header", [0, 0, 0]);
        foreach (var extreme in Enum.GetValues<Extreme>())
            yield return ($"every field {Describe(extreme)}",
                Frame(Filled(method.InputType, extreme, 0).ToByteArray()));
    }

    /// <summary>The kinds of out-of-range value <see cref="Filled"/> puts in every field.</summary>
    public enum Extreme { Highest, Lowest, Unknown }

    private static string Describe(Extreme extreme) => extreme switch
    {
        Extreme.Highest => "at its highest (and text of 10,000 characters)",
        Extreme.Lowest => "at its lowest (NaN, control characters)",
        _ => "an unknown enum value or a malformed id",
    };

    /// <summary>A <paramref name="type"/> with every field but maps set, nested ones to a depth of 4.</summary>
    private static IMessage Filled(MessageDescriptor type, Extreme extreme, int depth)
    {
        var message = (IMessage)Activator.CreateInstance(type.ClrType)!;
        foreach (var field in type.Fields.InFieldNumberOrder().Where(f => !f.IsMap))
        {
            if (Value(field, extreme, depth) is not { } value) continue;
            if (field.IsRepeated) ((IList)field.Accessor.GetValue(message)).Add(value);
            else field.Accessor.SetValue(message, value);
        }
        return message;
    }

    // Each arm is boxed as itself: a switch of numbers would otherwise convert them all to double.
    private static object? Value(FieldDescriptor field, Extreme extreme, int depth) => field.FieldType switch
    {
        FieldType.Message or FieldType.Group => depth < Depth ? Filled(field.MessageType, extreme, depth + 1) : null,
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, extreme == Extreme.Lowest ? -1 : 999),
        FieldType.String => Text(extreme),
        FieldType.Bytes => ByteString.CopyFrom(new byte[extreme == Extreme.Highest ? 10_000 : 1]),
        FieldType.Bool => (object)(extreme != Extreme.Lowest),
        _ => Number(field.FieldType, extreme),
    };

    private static string Text(Extreme extreme) => extreme switch
    {
        Extreme.Highest => new string('x', 10_000),
        Extreme.Lowest => "Fuzz\u0000\u001b\u202e",
        _ => "not-an-id",
    };

    private static object Number(FieldType type, Extreme extreme)
    {
        var high = extreme != Extreme.Lowest;
        return type switch
        {
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (object)(high ? int.MaxValue : int.MinValue),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => (object)(high ? long.MaxValue : long.MinValue),
            FieldType.UInt32 or FieldType.Fixed32 => (object)(high ? uint.MaxValue : 0u),
            FieldType.UInt64 or FieldType.Fixed64 => (object)(high ? ulong.MaxValue : 0ul),
            FieldType.Double => (object)(high ? double.MaxValue : double.NaN),
            _ => (object)(high ? float.MaxValue : float.NaN),
        };
    }
}
