using System.Diagnostics;
using Commissioning.Protos;
using Commissioning.Protos.Common.V1;
using Google.Protobuf;
using Returns.Api.Events;
using Returns.Api.Extracts;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace ReturnsBenchmarks;

/// <summary>
/// A large county council's care (Hertfordshire's GSS code): <c>events</c> care-package events over <c>people</c>
/// people, received in rounds (every person's first event, then every person's second, ...), archived and projected
/// into the CLD read model by the service's own projection (<see cref="CldProjection.Apply"/>), a hundred events a
/// save; and the council's CLD return for 2024/25 Q1 (1 July 2023 to 30 June 2024) opened in the store.
/// </summary>
public sealed class LargeCouncil
{
    public static readonly CouncilCode Code = CouncilCode.Of("E10000015", "council");
    public static readonly ReturnPeriod Quarter = ReturnCalendar.PeriodOf(ReturnKind.Cld, "2024/25 Q1");

    /// <summary>
    /// Starts spread over two years from a year before the rolling 12 months, so the period leaves lines out.
    /// </summary>
    private static readonly DateOnly FirstStart = new(2022, 7, 1);

    /// <summary>
    /// The service takes one event a transaction; a hundred a save keeps the load quick without the projection's
    /// look-ups in the tracked rows (<c>Local</c>, which detects changes each time) growing with the batch.
    /// </summary>
    private const int Batch = 100;

    /// <summary>What a package buys, in care packages' codes: type, mechanism, frequency, pence, hundredths.</summary>
    private static readonly (string Type, string Mechanism, string Frequency, long Pence, long Units)[] Lines =
    [
        ("home-care", "council-commissioned-support", "hourly", 1_850, 1_400),
        ("day-opportunities", "council-managed-personal-budget", "per-session", 4_500, 300),
        ("supported-living", "direct-payment", "weekly", 60_000, 0),
        ("residential-care", "council-commissioned-support", "weekly", 85_000, 0),
        ("equipment", "council-commissioned-support", "one-off", 25_000, 0),
    ];

    private readonly Dictionary<string, PersonDetails> _people;

    private LargeCouncil(int people, Guid returnId)
    {
        _people = Enumerable.Range(0, people).Select(Details).ToDictionary(d => d.PersonReference,
            StringComparer.Ordinal);
        ReturnId = returnId;
    }

    public Guid ReturnId { get; }

    /// <summary>
    /// Care packages' answer to <c>ListPeopleForReturn</c> for the references asked, prepared in process: the
    /// benchmark times the returns store, not the gRPC call to care packages.
    /// </summary>
    public IReadOnlyDictionary<string, PersonDetails> PeopleOf(IEnumerable<string> references) =>
        references.Where(_people.ContainsKey).ToDictionary(r => r, r => _people[r], StringComparer.Ordinal);

    public static async Task<LargeCouncil> Create(Func<ReturnsStore> open, int events, int people)
    {
        var watch = Stopwatch.StartNew();
        for (var first = 0; first < events; first += Batch)
        {
            await using var store = open();
            for (var n = first; n < Math.Min(events, first + Batch); n++)
                await Receive(store, n + 1, EventOf(n % people, n / people));
            await store.SaveChangesAsync();
        }
        await using var returns = open();
        var opened = StatutoryReturn.Open(ReturnKind.Cld, Code, Quarter, DateTimeOffset.UtcNow);
        returns.Aggregates<StatutoryReturn>().Add(opened, Code.Value,
            ReturnsStore.KeyOf(ReturnKind.Cld, Code, Quarter));
        await returns.SaveChangesAsync();
        Console.WriteLine($"  archived and projected {events:N0} care-package events over {people:N0} people "
            + $"in {watch.Elapsed.TotalSeconds:0.0} s");
        return new LargeCouncil(people, opened.Id);
    }

    /// <summary>
    /// As the subscription takes a delivered event (CarePackageSubscriptions): archived whole with its place in
    /// the order received, then projected in the same save. The sequence is counted here rather than read back
    /// with MAX, since the benchmark is the only writer.
    /// </summary>
    private static async Task Receive(ReturnsStore store, long sequence, (string Name, IMessage Message) e)
    {
        var archived = new ArchivedEvent
        {
            EventId = $"bench-{sequence}", Sequence = sequence,
            Type = $"commissioning.{CarePackageSubscriptions.Source}.{e.Name}.v1",
            Source = CarePackageSubscriptions.Source, Subject = null, Council = Code.Value,
            ReceivedUtc = store.Clock.GetUtcNow().UtcDateTime, Data = JsonFormatter.Default.Format(e.Message),
        };
        store.ArchivedEvents.Add(archived);
        await CldProjection.Apply(store, archived, e.Message, CancellationToken.None);
    }

    /// <summary>
    /// A person's events in turn: an even round starts a package with one line; an odd round ends the package
    /// before it for one person in four and raises its price for the rest.
    /// </summary>
    private static (string, IMessage) EventOf(int person, int round) => round % 2 == 0
        ? ("package-started", Started(person, round / 2))
        : person % 4 == 0
            ? ("package-ended", Ended(person, round / 2))
            : ("package-changed", Changed(person, round / 2));

    private static ProtoEvents.PackageStarted Started(int person, int package) => new()
    {
        PackageId = PackageId(person, package), Person = Pseudonym(person), Council = Council(),
        StartDate = StartOf(person, package).ToProtoDate(), RouteOfAccess = "community-or-other",
        PrimarySupportReason = "physical-support-personal-care", ServiceLines = { Line(person, package, 0) },
    };

    private static ProtoEvents.PackageChanged Changed(int person, int package) => new()
    {
        PackageId = PackageId(person, package), Person = Pseudonym(person), Council = Council(),
        EffectiveFrom = StartOf(person, package).ToProtoDate(), ServiceLine = Line(person, package, 50),
    };

    private static ProtoEvents.PackageEnded Ended(int person, int package) => new()
    {
        PackageId = PackageId(person, package), Person = Pseudonym(person), Council = Council(),
        Reason = "support-ended-as-planned", EndDate = StartOf(person, package).AddDays(120).ToProtoDate(),
    };

    private static ProtoEvents.PackageServiceLine Line(int person, int package, long rise)
    {
        var (type, mechanism, frequency, pence, units) = Lines[(person + package) % Lines.Length];
        return new ProtoEvents.PackageServiceLine
        {
            LineId = $"{PackageId(person, package)}-line", ServiceType = type, ServiceComponent = type,
            DeliveryMechanism = mechanism, CostFrequency = frequency, PlannedUnitsPerWeekHundredths = units,
            Provider = mechanism == "direct-payment" ? null : new OrganisationRef { Code = $"1-{100 + person % 900}" },
            UnitCost = new Money { Pence = pence + rise, CurrencyCode = "GBP" }, FundingStatus = "la-social-care",
            StartDate = StartOf(person, package).ToProtoDate(),
        };
    }

    /// <summary>A person's packages start a month apart, each person's first on a day of the two years.</summary>
    private static DateOnly StartOf(int person, int package) => FirstStart.AddDays(person % 730 + 30 * package);

    private static string PackageId(int person, int package) => new Guid(person, (short)package, 0, new byte[8])
        .ToString();

    private static OrganisationRef Council() => new() { Code = Code.Value, Kind = OrganisationKind.Council };

    private static PersonRef Pseudonym(int person) => new() { Pseudonym = Reference(person) };

    private static string Reference(int person) => $"pr_{person:x32}";

    private static PersonDetails Details(int person) => new(Reference(person), "Service user",
        person % 2 == 0 ? "Female" : "Male", "White British", 1930 + person % 60, 1 + person % 12,
        "Physical Support: Personal care support");
}
