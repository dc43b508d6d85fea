using Commissioning.Domain;

namespace Contracts.Domain.RateCards;

/// <summary>
/// The rules a rate card's effective-dated rates keep: commissioner-neutral, in pounds and pence, never
/// overlapping, past days never re-priced.
/// </summary>
public static class RateCardRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule RateInPence = new("rate-in-pence", Invalid,
        "A rate is more than nothing, in pounds and pence.");
    public static readonly Rule RateEndsAfterItStarts = new("rate-ends-after-it-starts", Invalid,
        "A rate ends no earlier than it starts.");
    public static readonly Rule RatesDoNotOverlap = new("rates-do-not-overlap", Invalid,
        "One rate covers a day of a card: a card's rates do not overlap.", "P:L764");
    public static readonly Rule RateChangeAfterTheCurrentRate = new("rate-change-after-the-current-rate", Invalid,
        "A rate change starts after the current rate does: past days are never re-priced.");
}
