using System.Globalization;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Events.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Notifications.Domain.SeedWork;
using Notifications.Domain.Visibility;
using Types = Notifications.Domain.Visibility.ProviderEventTypes;

namespace Notifications.Api.Events;

/// <summary>
/// The care packages and contracts events the visibility table names (ProviderVisibility), each on its topic
/// "&lt;source&gt;.&lt;event-name&gt;" and route "/events/&lt;event-name&gt;" (<see cref="ProviderEventReading"/>;
/// the AsyncAPI document reads the same <see cref="Readings"/>). Each is read into a
/// <see cref="HeardEvent"/>: its subject (the package, the contract, the rate card or the provider), the facts
/// the table's rule reads and a thin payload. The inbox takes each event once; <see cref="EventIntake"/> keeps it
/// for the feed and makes one delivery per endpoint that may and wants to see it.
/// </summary>
public static class ProviderEventSubscriptions
{
    /// <summary>Every event type the service hears, in the order of the visibility table's rows.</summary>
    public static IReadOnlyList<ProviderEventReading> Readings { get; } = [.. CarePackages(), .. Contracts(),
        .. Providers()];

    public static void MapProviderEventSubscriptions(this WebApplication app, string deadLetterTopic)
    {
        foreach (var reading in Readings) reading.Subscribe(app, deadLetterTopic);
    }

    private static IEnumerable<ProviderEventReading> CarePackages()
    {
        yield return ProviderEventReading.Of<PlacementOffered>(Types.PlacementOffered, (type, e) => new(e.PackageId,
            EventFacts.Invitation(type, e.Providers.Select(Code).OfType<OrganisationCode>().ToList()), At(e.OccurredAt),
            new
            {
                e.PlacementRequestId, e.PackageId, e.ServiceType, e.Locality, status = "offered",
                offersCloseAt = At(e.OffersCloseAt),
            }));
        yield return ProviderEventReading.Of<PlacementAwarded>(Types.PlacementAwarded, (type, e) => new(e.PackageId,
            Offer(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                e.PlacementRequestId, e.PackageId, provider = Code(e.Provider)?.Value, status = "awarded",
                weeklyCost = Amount(e.WeeklyCost), e.ScoreBasisPoints,
            }));
    }

    private static IEnumerable<ProviderEventReading> Contracts()
    {
        yield return ProviderEventReading.Of<ContractAwarded>(Types.ContractAwarded, (type, e) => new(e.ContractId,
            EventFacts.Naming(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                e.ContractId, provider = Code(e.Provider)?.Value, status = "awarded",
                annualValue = Amount(e.AnnualValue), startDate = Day(e.StartDate), endDate = Day(e.EndDate),
            }));
        yield return ProviderEventReading.Of<ContractVaried>(Types.ContractVaried, (type, e) => new(e.ContractId,
            EventFacts.Naming(type, null), At(e.OccurredAt), new
            {
                e.ContractId, status = "varied", e.VariationNumber, annualValueBefore = Amount(e.AnnualValueBefore),
                annualValueAfter = Amount(e.AnnualValueAfter), effectiveFrom = Day(e.EffectiveFrom),
            }, e.ContractId));
        yield return ProviderEventReading.Of<ContractNovated>(Types.ContractNovated, (type, e) => new(e.ContractId,
            EventFacts.Naming(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                e.ContractId, provider = Code(e.Provider)?.Value, status = "novated",
                leadCommissioner = e.LeadCommissioner?.Code, effectiveFrom = Day(e.EffectiveFrom),
            }));
        yield return ProviderEventReading.Of<ContractTerminated>(Types.ContractTerminated, (type, e) => new(
            e.ContractId, EventFacts.Naming(type, null), At(e.OccurredAt), new
            {
                e.ContractId, status = "terminated", effectiveOn = Day(e.EffectiveOn),
            }, e.ContractId));
        yield return ProviderEventReading.Of<RateChanged>(Types.RateChanged, (type, e) => new(e.RateCardId,
            EventFacts.Naming(type, null), At(e.OccurredAt), new
            {
                e.RateCardId, e.ServiceType, unit = e.Unit.ToString(), e.Locality, status = "changed",
                previousRate = Amount(e.PreviousRate), newRate = Amount(e.NewRate),
                effectiveFrom = Day(e.EffectiveFrom),
            }));
    }

    private static IEnumerable<ProviderEventReading> Providers()
    {
        yield return ProviderEventReading.Of<ProviderSuspended>(Types.ProviderSuspended, (type, e) =>
            Standing(type, e.Provider, "suspended", e.EffectiveFrom, e.OccurredAt));
        yield return ProviderEventReading.Of<ProviderEligibleAgain>(Types.ProviderEligibleAgain, (type, e) =>
            Standing(type, e.Provider, "eligible-again", e.EffectiveFrom, e.OccurredAt));
        yield return ProviderEventReading.Of<ProviderAdmitted>(Types.ProviderAdmitted, (type, e) => new(
            e.Provider?.Code ?? "", EventFacts.Naming(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                provider = Code(e.Provider)?.Value, status = "admitted", e.FrameworkId,
                serviceTypes = e.ServiceTypes.ToList(), localities = e.Localities.ToList(),
            }));
    }

    private static HeardEvent Standing(string type, OrganisationRef? provider, string status, Date? from,
        Timestamp? occurred) => new(provider?.Code ?? "", EventFacts.Naming(type, Code(provider)), At(occurred),
        new { provider = Code(provider)?.Value, status, effectiveFrom = Day(from) });

    private static EventFacts Offer(string type, OrganisationCode? offering) =>
        offering is { } code ? EventFacts.Offer(type, code) : EventFacts.Naming(type, null);

    /// <summary>A provider named by code; none when the event names none, so the rule shows it to nobody.</summary>
    private static OrganisationCode? Code(OrganisationRef? organisation) =>
        string.IsNullOrWhiteSpace(organisation?.Code) ? null : OrganisationCode.Of(organisation.Code, "provider");

    private static DateTimeOffset? At(Timestamp? at) => at?.ToDateTimeOffset();

    private static object? Amount(Money? money) => money is null ? null : new { money.Pence, money.CurrencyCode };

    private static string? Day(Date? day) => day is null || day.Year == 0 ? null
        : new DateOnly(day.Year, day.Month, day.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
