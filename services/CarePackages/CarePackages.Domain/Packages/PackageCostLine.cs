using CarePackages.Domain.Costing;
using Commissioning.Domain;

namespace CarePackages.Domain.Packages;

/// <summary>
/// A live package's cost line. Its price is a list of versions that is only ever appended to: the
/// price on a date is the latest-recorded version in force on that date, and what was recorded
/// before stays readable (anchors B.7, Hackney's versioned CarePackageDetail).
/// </summary>
public sealed class PackageCostLine
{
    private readonly List<CostLineVersion> _versions = [];

    private PackageCostLine() { }

    internal PackageCostLine(Guid planLineId, ServiceType serviceType, string description, DeliveryMechanism mechanism,
        Guid? providerId, CostBasis cost, DateOnly startDate, DateOnly recordedOn)
    {
        Id = Guid.NewGuid();
        PlanLineId = planLineId;
        ServiceType = serviceType;
        Description = description;
        Mechanism = mechanism;
        ProviderId = providerId;
        StartDate = startDate;
        _versions.Add(new CostLineVersion(1, cost, startDate, recordedOn, "Agreed at verification"));
    }

    public Guid Id { get; private set; }
    public Guid PlanLineId { get; private set; }
    public ServiceType ServiceType { get; private set; }
    public string Description { get; private set; } = "";
    public DeliveryMechanism Mechanism { get; private set; }
    /// <summary>None for a direct payment: the person buys the support.</summary>
    public Guid? ProviderId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public IReadOnlyList<CostLineVersion> Versions => _versions;

    public CostLineVersion Current => _versions[^1];

    /// <summary>The version in force on <paramref name="date"/> as things are known now.</summary>
    public CostLineVersion VersionOn(DateOnly date) =>
        _versions.Where(v => v.EffectiveFrom <= date).MaxBy(v => v.Number)
        ?? throw PackageRules.CostLineStarted.Broken("date", $"The line had not started on {date:yyyy-MM-dd}.");

    /// <summary>
    /// Appends a version and, when it takes effect before the day it is recorded, returns the
    /// adjustment for the days already committed at the old price: the sum over each day from
    /// <paramref name="effectiveFrom"/> to the day before recording (or the package end) of
    /// (new weekly − old weekly) ÷ 7, rounded once to the penny.
    /// </summary>
    internal CostAdjustment? AppendVersion(CostBasis cost, DateOnly effectiveFrom, DateOnly recordedOn, string reason, DateOnly? packageEnd)
    {
        PackageRules.CostChangeDated.Require(effectiveFrom >= StartDate, "effectiveFrom",
            "A change cannot take effect before the line started.");
        PackageRules.CostChangeDated.Require(recordedOn >= Current.RecordedOn, "recordedOn",
            "Changes are recorded in date order.");
        if (Current.Cost.IsOneOff || cost.IsOneOff)
            throw PackageRules.OneOffCorrectedByNewLine.Broken("costFrequency",
                "A one-off cost is corrected with a new line, not a new version.");
        var lastCommittedDay = Min(recordedOn.AddDays(-1), packageEnd ?? DateOnly.MaxValue);
        var exactDifference = 0m;
        for (var day = effectiveFrom; day <= lastCommittedDay; day = day.AddDays(1))
            exactDifference += cost.ExactWeeklyCost - VersionOn(day).Cost.ExactWeeklyCost;
        var version = new CostLineVersion(Current.Number + 1, cost, effectiveFrom, recordedOn, reason);
        _versions.Add(version);
        return effectiveFrom > lastCommittedDay
            ? null
            : new CostAdjustment(Guid.NewGuid(), Id, version.Number, effectiveFrom, lastCommittedDay,
                Money.RoundPence(exactDifference / 7m), recordedOn);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

public sealed record CostLineVersion(int Number, CostBasis Cost, DateOnly EffectiveFrom, DateOnly RecordedOn, string Reason);

/// <summary>A back-dated price change's effect on days already committed; positive is more to pay.</summary>
public sealed record CostAdjustment(Guid Id, Guid LineId, int Version, DateOnly From, DateOnly To, decimal Amount, DateOnly RecordedOn);

/// <summary>CLD Delivery_Mechanism; part direct payment is the mix of lines, as CLD derives it (anchors B.2).</summary>
public enum DeliveryMechanism { DirectPayment, CouncilManagedPersonalBudget, CouncilCommissionedSupport }
