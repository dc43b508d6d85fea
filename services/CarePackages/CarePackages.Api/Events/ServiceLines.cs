using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.Packages;
using Commissioning.Persistence;
using Commissioning.Protos;
using Commissioning.Protos.Common.V1;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace CarePackages.Api.Events;

/// <summary>
/// What statutory returns need of a live package for its CLD service events (issue 18 cap. 1): each line's
/// service type, delivery mechanism, provider, unit cost, frequency, planned units and funding, the council
/// whose return it is and the referral's route of access. Enum values go as care packages spells them.
/// </summary>
internal static class ServiceLines
{
    public static ProtoEvents.PackageServiceLine Of(CarePackagesStore store, CarePackage package, PackageCostLine line,
        CostLineVersion price) => new()
    {
        LineId = line.Id.ToString(), ServiceType = CarePackagesEvents.Code(line.ServiceType),
        ServiceComponent = CarePackagesEvents.Code(line.ServiceType),
        DeliveryMechanism = CarePackagesEvents.Code(line.Mechanism),
        Provider = line.ProviderId is { } provider ? CarePackagesEvents.Provider(store, provider) : null,
        UnitCost = price.Cost.UnitCost.ToProtoMoney(), CostFrequency = CarePackagesEvents.Code(price.Cost.Frequency),
        PlannedUnitsPerWeekHundredths = (long)((price.Cost.PlannedUnitsPerWeek ?? 0m) * 100m),
        FundingStatus = CarePackagesEvents.Code(package.Funding.Arrangement), StartDate = line.StartDate.ToProtoDate(),
        WeeklyCost = price.Cost.WeeklyCost.ToProtoMoney(), PriceEffectiveFrom = price.EffectiveFrom.ToProtoDate(),
    };

    public static IEnumerable<ProtoEvents.PackageServiceLine> All(CarePackagesStore store, CarePackage package) =>
        package.Lines.Select(l => Of(store, package, l, l.Current));

    /// <summary>
    /// The package's council: its row's tenancy, or, for a package being started (whose row takes its tenancy
    /// when saved, after its events are written), the tenancy of the support plan it was started from.
    /// </summary>
    public static OrganisationRef? Council(CarePackagesStore store, CarePackage package)
    {
        var rows = store.StoredAggregates.Local;
        var code = rows.FirstOrDefault(r => r.Id == package.Id)?.Tenancy
            ?? rows.FirstOrDefault(r => r.Id == package.SupportPlanId)?.Tenancy;
        return code is null ? null : new OrganisationRef { Code = code, Kind = OrganisationKind.Council };
    }

    /// <summary>The route of access of the person's referral loaded to start the package; empty when none is.</summary>
    public static string RouteOfAccess(CarePackagesStore store, CarePackage package) =>
        store.StoredAggregates.Local.Where(r => r.Type == nameof(Referral))
            .Select(r => DomainJson.Deserialize<Referral>(r.Body))
            .FirstOrDefault(r => r.PersonReference == package.PersonReference) is { } referral
            ? CarePackagesEvents.Code(referral.RouteOfAccess)
            : "";
}
