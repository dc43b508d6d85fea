using System.Globalization;
using System.Text.Json.Serialization;
using Commissioning.Domain;

namespace Workforce.Domain.SeedWork;

/// <summary>
/// Full-time equivalents held exactly, as whole hundredths (63.50 FTE is 6350), the way the workforce
/// proto carries them, so team figures add to their totals without rounding. Never negative.
/// </summary>
public readonly record struct Fte : IComparable<Fte>
{
    /// <summary>The most any figure may hold: a million FTE, far beyond the largest NHS employer.</summary>
    private const long MaxHundredths = 100_000_000;

    // The store rebuilds the value from its hundredths through this constructor.
    [JsonConstructor]
    private Fte(long hundredths) => Hundredths = hundredths;

    public long Hundredths { get; }

    public static Fte Zero => default;

    [JsonIgnore]
    public decimal Value => Hundredths / 100m;

    /// <summary>Rule FteExactAndNotNegative: two decimal places at most and never below zero.</summary>
    public static Fte Of(decimal value, string field)
    {
        WorkforceRules.FteExactAndNotNegative.Require(value >= 0, field, $"FTE cannot be below zero ({value}).");
        WorkforceRules.FteExactAndNotNegative.Require(decimal.Round(value, 2) == value, field,
            $"FTE is held to hundredths; {value} has more places.");
        WorkforceRules.FteExactAndNotNegative.Require(value * 100 <= MaxHundredths, field,
            $"{value} FTE is more than any employer holds.");
        return new Fte((long)(value * 100));
    }

    public static Fte operator +(Fte a, Fte b) => new(a.Hundredths + b.Hundredths);

    /// <summary>This less <paramref name="b"/>; an FTE cannot go below zero, so taking more is refused.</summary>
    public Fte Less(Fte b, string field)
    {
        WorkforceRules.FteExactAndNotNegative.Require(b.Hundredths <= Hundredths, field,
            $"{b} FTE is more than the {this} FTE held.");
        return new Fte(Hundredths - b.Hundredths);
    }

    public static bool operator <(Fte a, Fte b) => a.Hundredths < b.Hundredths;
    public static bool operator >(Fte a, Fte b) => a.Hundredths > b.Hundredths;
    public static bool operator <=(Fte a, Fte b) => a.Hundredths <= b.Hundredths;
    public static bool operator >=(Fte a, Fte b) => a.Hundredths >= b.Hundredths;

    public int CompareTo(Fte other) => Hundredths.CompareTo(other.Hundredths);

    public static Fte Sum(IEnumerable<Fte> values) => new(values.Sum(v => v.Hundredths));

    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
