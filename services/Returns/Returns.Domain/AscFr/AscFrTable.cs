using System.Globalization;
using Commissioning.Domain;
using Commissioning.Domain.Costing;
using Returns.Domain.Cld;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using Returns.Domain.Validation;

namespace Returns.Domain.AscFr;

/// <summary>
/// The ASC-FR's expenditure and activity of a council's year, built from the same CLD service rows as its CLD
/// return (issue 18 cap. 3), so the two tie by construction: each service row's DHSC cost for the year
/// (<see cref="CldRow.Cost"/>: weekly cost times weeks of service inside the year) summed into its cell
/// (<see cref="AscFrCell"/>), with the activity in weeks or hours and the unit cost = expenditure ÷ activity
/// (anchors B.4 L566-567). Gross expenditure, as the guidance asks (L565); income is not built (care packages
/// records no client contribution), nor the council's own provision.
/// </summary>
public static class AscFrTable
{
    public const string CarePackagesSource = "care-packages";

    public static IReadOnlyList<ReturnRow> Rows(CouncilCode council, ReturnPeriod year, IReadOnlyList<CldRow> rows)
    {
        var costed = rows.Where(r => r.Event.Is(CldRow.Service) && r.Event.Service is not null)
            .Select(r => (Row: r, Cost: r.Cost, Cell: AscFrCell.Of(r, year.End)))
            .Where(r => r.Cost is not null).ToList();
        return [.. costed.GroupBy(r => r.Cell).OrderBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(cell => Row(council, year, cell.Key, [.. cell.Select(c => (c.Row, c.Cost!))]))];
    }

    private static ReturnRow Row(CouncilCode council, ReturnPeriod year, AscFrCell cell,
        IReadOnlyList<(CldRow Row, CldCost Cost)> lines)
    {
        // Summed exact and rounded once, at the end, the unit cost from the exact sums.
        var expenditure = lines.Sum(l => l.Cost.TotalCostPeriod);
        var activity = lines.Sum(l => cell.ActivityUnit == AscFrCell.Hours
            ? AscFrCell.HoursOf(l.Row, l.Cost) : l.Cost.WeeksOfService);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [AscFrHeaders.FyEnding] = year.End.Year.ToString(CultureInfo.InvariantCulture),
            [AscFrHeaders.CassrCode] = council.Value,
            [AscFrHeaders.CareType] = cell.CareType,
            [AscFrHeaders.AgeBand] = cell.AgeBand,
            [AscFrHeaders.PrimarySupportReason] = cell.PrimarySupportReason,
            [AscFrHeaders.SupportSetting] = cell.SupportSetting,
            [AscFrHeaders.FinanceDescription] = cell.FinanceDescription,
            [AscFrHeaders.People] = Number(lines.Select(l => l.Row.Person.LaPersonUniqueIdentifier).Distinct().Count()),
            [AscFrHeaders.Expenditure] = Number(Money.RoundPence(expenditure)),
            [AscFrHeaders.ActivityUnit] = cell.ActivityUnit,
            [AscFrHeaders.Activity] = Number(Math.Round(activity, 2, MidpointRounding.ToEven)),
            [AscFrHeaders.UnitCost] = activity == 0 ? null : Number(Money.RoundPence(expenditure / activity)),
        };
        var first = lines.Select(l => l.Row.Source.Id).Order(StringComparer.Ordinal).First();
        return new ReturnRow(cell.Key, fields, new SourceRecord(CarePackagesSource, "package-cost-line", first));
    }

    private static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
