using Returns.Domain.Periods;

namespace Returns.Domain.Cld;

/// <summary>
/// Rule ClosedAtThePeriodEnd (anchors-refresh §2 L42-43; anchors B.2 L516): a service open at the
/// previous submission's period end and missing from the next submission is closed at that period end;
/// one that is submitted again replaces the earlier row. A pure function of the two submissions' rows.
/// </summary>
public static class CldServiceClosure
{
    /// <summary>
    /// The next submission's rows plus, for each service the previous one left open at its period end and
    /// this one does not hold (same unique-event key without the cost fields), that row ended at that day.
    /// </summary>
    public static IReadOnlyList<CldRow> Apply(IReadOnlyList<CldRow> previous, ReturnPeriod previousPeriod,
        IReadOnlyList<CldRow> next, ReturnPeriod nextPeriod)
    {
        var held = next.Select(r => CldDedupKey.Of(r, singleSubmission: false)).ToHashSet(StringComparer.Ordinal);
        var closed = previous
            .Where(r => r.IsServiceOpenAt(previousPeriod.End)
                && !held.Contains(CldDedupKey.Of(r, singleSubmission: false)))
            .Select(r => r with { Period = nextPeriod, Event = r.Event with { EventEndDate = previousPeriod.End } });
        return [.. next, .. closed];
    }
}
