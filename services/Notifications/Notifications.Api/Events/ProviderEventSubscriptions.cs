using System.Globalization;
using Commissioning.Eventing.Subscribing;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Events.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Notifications.Api.Infrastructure;
using Notifications.Domain.SeedWork;
using Notifications.Domain.Visibility;
using Types = Notifications.Domain.Visibility.ProviderEventTypes;

namespace Notifications.Api.Events;

/// <summary>
/// The care packages and contracts events the visibility table names (ProviderVisibility), each on its topic
/// "&lt;source&gt;.&lt;event-name&gt;" and route "/events/&lt;event-name&gt;". Each is read into a
/// <see cref="HeardEvent"/>: its subject (the package, the contract, the rate card or the provider), the facts
/// the table's rule reads and a thin payload. The inbox takes each event once; <see cref="EventIntake"/> keeps it
/// for the feed and makes one delivery per endpoint that may and wants to see it.
/// </summary>
public static class ProviderEventSubscriptions
{
    public static void MapProviderEventSubscriptions(this WebApplication app, string deadLetterTopic)
    {
        Map<PlacementOffered>(app, deadLetterTopic, Types.PlacementOffered, (type, e) => new(e.PackageId,
            EventFacts.Invitation(type, e.Providers.Select(Code).OfType<OrganisationCode>().ToList()), At(e.OccurredAt),
            new
            {
                e.PlacementRequestId, e.PackageId, e.ServiceType, e.Locality, status = "offered",
                offersCloseAt = At(e.OffersCloseAt),
            }));
        Map<PlacementAwarded>(app, deadLetterTopic, Types.PlacementAwarded, (type, e) => new(e.PackageId,
            Offer(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                e.PlacementRequestId, e.PackageId, provider = Code(e.Provider)?.Value, status = "awarded",
                weeklyCost = Amount(e.WeeklyCost), e.ScoreBasisPoints,
            }));
        MapContracts(app, deadLetterTopic);
        MapProviders(app, deadLetterTopic);
    }

    private static void MapContracts(WebApplication app, string deadLetterTopic)
    {
        Map<ContractAwarded>(app, deadLetterTopic, Types.ContractAwarded, (type, e) => new(e.ContractId,
            EventFacts.Naming(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                e.ContractId, provider = Code(e.Provider)?.Value, status = "awarded",
                annualValue = Amount(e.AnnualValue), startDate = Day(e.StartDate), endDate = Day(e.EndDate),
            }));
        Map<ContractVaried>(app, deadLetterTopic, Types.ContractVaried, (type, e) => new(e.ContractId,
            EventFacts.Naming(type, null), At(e.OccurredAt), new
            {
                e.ContractId, status = "varied", e.VariationNumber, annualValueBefore = Amount(e.AnnualValueBefore),
                annualValueAfter = Amount(e.AnnualValueAfter), effectiveFrom = Day(e.EffectiveFrom),
            }, e.ContractId));
        Map<ContractNovated>(app, deadLetterTopic, Types.ContractNovated, (type, e) => new(e.ContractId,
            EventFacts.Naming(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                e.ContractId, provider = Code(e.Provider)?.Value, status = "novated",
                leadCommissioner = e.LeadCommissioner?.Code, effectiveFrom = Day(e.EffectiveFrom),
            }));
        Map<ContractTerminated>(app, deadLetterTopic, Types.ContractTerminated, (type, e) => new(e.ContractId,
            EventFacts.Naming(type, null), At(e.OccurredAt), new
            {
                e.ContractId, status = "terminated", effectiveOn = Day(e.EffectiveOn),
            }, e.ContractId));
        Map<RateChanged>(app, deadLetterTopic, Types.RateChanged, (type, e) => new(e.RateCardId,
            EventFacts.Naming(type, null), At(e.OccurredAt), new
            {
                e.RateCardId, e.ServiceType, unit = e.Unit.ToString(), e.Locality, status = "changed",
                previousRate = Amount(e.PreviousRate), newRate = Amount(e.NewRate),
                effectiveFrom = Day(e.EffectiveFrom),
            }));
    }

    private static void MapProviders(WebApplication app, string deadLetterTopic)
    {
        Map<ProviderSuspended>(app, deadLetterTopic, Types.ProviderSuspended, (type, e) =>
            Standing(type, e.Provider, "suspended", e.EffectiveFrom, e.OccurredAt));
        Map<ProviderEligibleAgain>(app, deadLetterTopic, Types.ProviderEligibleAgain, (type, e) =>
            Standing(type, e.Provider, "eligible-again", e.EffectiveFrom, e.OccurredAt));
        Map<ProviderAdmitted>(app, deadLetterTopic, Types.ProviderAdmitted, (type, e) => new(e.Provider?.Code ?? "",
            EventFacts.Naming(type, Code(e.Provider)), At(e.OccurredAt), new
            {
                provider = Code(e.Provider)?.Value, status = "admitted", e.FrameworkId,
                serviceTypes = e.ServiceTypes.ToList(), localities = e.Localities.ToList(),
            }));
    }

    /// <summary>The route and topic spelt from the type: "commissioning.&lt;source&gt;.&lt;name&gt;.v1".</summary>
    private static void Map<T>(WebApplication app, string deadLetterTopic, string type,
        Func<string, T, HeardEvent> read)
        where T : class, IMessage<T>, new()
    {
        var parts = type.Split('.');
        var (source, name) = (parts[1], parts[2]);
        app.MapSubscription<NotificationsStore, T>($"{source}.{name}", $"/events/{name}",
            (store, delivered, ct) => EventIntake.Take(store, delivered.Envelope, type, source,
                read(type, delivered.Data), ct), deadLetterTopic);
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
