using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// Bounds on every value a partner sends in JSON, so nothing the ledger or the wire cannot hold, and
/// no text a screen or a CSV return would choke on, reaches a rule or the store:
/// a number beyond ±£10¹² (more than any pool; the ledger counts pence in 64 bits and the wire's Money
/// in units and nanos), a string over 4,000 characters (a page of text: the longest free text the
/// documents ask for, a needs summary or a justification, fits many times), or a string with a control
/// character other than tab and line breaks. Each is refused as a 400 problem naming the field.
/// </summary>
public static class PartnerInputLimits
{
    public const decimal LargestNumber = 1_000_000_000_000m;
    public const int LongestText = 4_000;

    internal static void Add(JsonSerializerOptions options)
    {
        options.Converters.Add(new BoundedNumber());
        options.Converters.Add(new BoundedText());
    }

    private sealed class BoundedNumber : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetDecimal();
            return Math.Abs(value) <= LargestNumber ? value
                : throw new InputLimitException($"is beyond ±{LargestNumber:N0}, more than any pool can hold.");
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value);
    }

    private sealed class BoundedText : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString()!;
            if (text.Length > LongestText) throw new InputLimitException($"is longer than {LongestText:N0} characters.");
            return text.Any(IsRefusedControl) ? throw new InputLimitException("contains a control character.") : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);

        // Dictionary keys are names, not partner text: read and written as they are.
        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert,
            JsonSerializerOptions options) => reader.GetString()!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value);

        private static bool IsRefusedControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
    }
}

/// <summary>A value outside <see cref="PartnerInputLimits"/>; its message is said to the partner after the field.</summary>
internal sealed class InputLimitException(string message) : JsonException(message);
