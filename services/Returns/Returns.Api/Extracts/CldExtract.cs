using Microsoft.EntityFrameworkCore;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;
using Returns.Domain.Cld;
using Returns.Domain.Returns;
using Returns.Domain.Validation;

namespace Returns.Api.Extracts;

/// <summary>
/// A council's CLD rows for a period from the read model (issue 18 cap. 2): one service event per package line
/// open at any time in the period's rolling 12 months, the person by pseudonymous reference with the details care
/// packages gave at extract time (and the returns officer for what it records none of), list values in Release 2's
/// spelling, DHSC's duplicates removed.
/// </summary>
public static class CldExtract
{
    public const string ServiceUser = "Service user";

    /// <summary>The council's read-model lines open at any time in the return's period.</summary>
    public static async Task<IReadOnlyList<CldServiceRow>> Lines(ReturnsStore store, StatutoryReturn statutoryReturn,
        CancellationToken ct)
    {
        var (council, period) = (statutoryReturn.Council.Value, statutoryReturn.Period);
        return await store.CldServices.AsNoTracking()
            .Where(r => r.Council == council && r.StartDate <= period.End
                && (r.EndDate == null || r.EndDate >= period.Start))
            .OrderBy(r => r.PackageId).ThenBy(r => r.LineId).ToListAsync(ct);
    }

    public static IReadOnlyList<CldRow> Rows(StatutoryReturn statutoryReturn, IReadOnlyList<CldServiceRow> lines,
        IReadOnlyDictionary<string, PersonDetails> people) =>
        CldDedupKey.Deduplicate(lines.Select(line => new CldRow(statutoryReturn.Council, statutoryReturn.Period,
            Person(line, people.GetValueOrDefault(line.PersonReference)), Event(line),
            new SourceRecord(CarePackagesSource, "package-cost-line", line.LineId))));

    public const string CarePackagesSource = "care-packages";

    private static CldPerson Person(CldServiceRow line, PersonDetails? details) => new()
    {
        LaPersonUniqueIdentifier = line.PersonReference,
        ClientType = CldLists.Map(CldHeaders.ClientType, details?.ClientType ?? ServiceUser),
        Gender = details?.Gender?.Trim(),
        Ethnicity = details?.Ethnicity?.Trim(),
        Birth = details is { YearOfBirth: { } year, MonthOfBirth: { } month } ? new BirthMonth(year, month) : null,
        PrimarySupportReason = CldLists.Map(CldHeaders.PrimarySupportReason,
            details?.PrimarySupportReason ?? line.PrimarySupportReason),
    };

    private static CldEvent Event(CldServiceRow line) => new()
    {
        EventType = CldRow.Service, EventReference = line.LineId, EventStartDate = line.StartDate,
        EventEndDate = line.EndDate,
        Service = new CldService
        {
            ServiceType = CldCodes.ServiceType(line.ServiceType),
            ServiceComponent = CldCodes.ServiceComponent(line.ServiceType),
            DeliveryMechanism = CldCodes.DeliveryMechanism(line.DeliveryMechanism),
            ClientFundingStatus = line.FundingStatus,
            UnitCost = line.UnitCostPence / 100m,
            CostFrequencyUnitType = CldCodes.CostFrequency(line.CostFrequency),
            PlannedUnitsPerWeek = line.PlannedUnitsHundredths == 0 ? null : line.PlannedUnitsHundredths / 100m,
        },
    };
}
