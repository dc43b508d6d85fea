namespace Returns.Domain.Cld;

/// <summary>
/// DHSC's definition of a unique event (anchors B.2 L516, <c>6-deduplication.md</c>): LA code, derived
/// person ID, event start date, derived end date (not for services), client type, and by event type the
/// route of access (requests), assessment type (assessments) or service type and component (services);
/// within a single submission services also by delivery mechanism, unit cost, cost frequency and planned
/// units a week. The event reference is never used ("not currently suitable for use").
/// </summary>
public static class CldDedupKey
{
    public static string Of(CldRow row, bool singleSubmission)
    {
        var e = row.Event;
        var s = e.Service;
        var isService = e.Is(CldRow.Service);
        IEnumerable<string?> parts =
        [
            row.LaCode.Value, row.Person.DerivedPersonId, CldRow.Date(e.EventStartDate),
            isService ? null : CldRow.Date(row.DerivedEndDate), row.Person.ClientType, e.EventType,
        ];
        parts = e.EventType switch
        {
            CldRow.Request => parts.Append(e.RequestRouteOfAccess),
            CldRow.Assessment => parts.Append(e.AssessmentType),
            CldRow.Service => parts.Concat([s?.ServiceType, s?.ServiceComponent]),
            _ => parts,
        };
        if (isService && singleSubmission)
            parts = parts.Concat([s?.DeliveryMechanism, CldRow.Number(s?.UnitCost), s?.CostFrequencyUnitType,
                CldRow.Number(s?.PlannedUnitsPerWeek)]);
        return string.Join("|", parts.Select(p => p ?? ""));
    }

    /// <summary>Rule UniqueEvents: the first row of each single-submission key, in the rows' order.</summary>
    public static IReadOnlyList<CldRow> Deduplicate(IEnumerable<CldRow> rows) =>
        [.. rows.DistinctBy(r => Of(r, singleSubmission: true), StringComparer.Ordinal)];
}
