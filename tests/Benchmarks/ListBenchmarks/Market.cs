using System.Diagnostics;
using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;

namespace ListBenchmarks;

/// <summary>
/// A regional care market: 50 councils of 10 localities each, 1,000 residential providers each on the framework in
/// one locality of 5 councils (10 to a locality), and <c>requests</c> placement requests spread evenly over the
/// councils' localities, each issued by the domain to its locality's 10 providers. A provider is invited to one in
/// ten of the requests its councils hold. Stored a thousand at a time, each batch in a store of its own.
/// </summary>
public sealed record Market(string ProviderCode, IReadOnlyList<string> Councils)
{
    private const int CouncilCount = 50, Localities = 10, PerLocality = 10, ProviderCount = 1_000;

    public static async Task<Market> Create(Func<CarePackagesStore> open, int requests)
    {
        var watch = Stopwatch.StartNew();
        await using (var store = open())
        {
            for (var p = 0; p < ProviderCount; p++)
            {
                var provider = KnownOrganisation.For(CodeOf(p), $"Care home {p}");
                foreach (var council in CouncilsOf(p)) provider.NamedIn(Council(council));
                store.Aggregates<KnownOrganisation>().Add(provider);
            }
            await store.SaveChangesAsync();
        }
        // A fixed instant, not the machine's clock: the lists read no dates, and every run seeds the same market.
        var at = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var start = DateOnly.FromDateTime(at.UtcDateTime).AddDays(14);
        for (var first = 0; first < requests; first += 1_000)
        {
            await using var store = open();
            var tenancies = new Dictionary<Guid, string>();
            for (var n = first; n < Math.Min(first + 1_000, requests); n++)
            {
                var (council, locality) = (n % CouncilCount, n / CouncilCount % Localities);
                var broker = new Actor(Guid.NewGuid(), Role.Broker, PlatformIds.Organisation(Council(council)));
                var request = PlacementRequest.Issue(Guid.NewGuid(), ServiceType.ResidentialCare,
                    Locality(locality), start, "Needs help with personal care at night.",
                    FrameworkOf(council, locality), BrokerageSettings.Default, broker, at);
                // The invitations' events belong to the outbox of a real issue; the list reads none of them.
                request.ClearDomainEvents();
                store.Aggregates<PlacementRequest>().Add(request, LookupKeys.Of(request.SupportPlanId));
                tenancies[request.Id] = Council(council);
            }
            // A request takes its plan's council; the plans are left out, so each row is given its council here.
            foreach (var row in store.StoredAggregates.Local) row.Tenancy = tenancies[row.Id];
            await store.SaveChangesAsync();
        }
        Console.WriteLine($"  stored {requests:N0} placement requests of {CouncilCount} councils to "
            + $"{ProviderCount:N0} providers in {watch.Elapsed.TotalSeconds:0.0} s");
        return new Market(CodeOf(0), [.. CouncilsOf(0).Select(Council)]);
    }

    // Provider p fills slot p, p + 1,000, ... of the councils' 5,000 locality slots (council, locality, place).
    private static IEnumerable<int> CouncilsOf(int provider) =>
        Enumerable.Range(0, CouncilCount * Localities * PerLocality / ProviderCount)
            .Select(k => (provider + k * ProviderCount) / (Localities * PerLocality));

    private static List<ProviderFacts> FrameworkOf(int council, int locality) =>
        [.. Enumerable.Range(0, PerLocality).Select(place =>
        {
            var slot = (council * Localities + locality) * PerLocality + place;
            return new ProviderFacts(PlatformIds.Organisation(CodeOf(slot % ProviderCount)), true,
                CqcRating.Good, false, new HashSet<ServiceType> { ServiceType.ResidentialCare },
                new HashSet<string> { Locality(locality) }, 3, true, 80m);
        })];

    private static string CodeOf(int provider) => $"VN{provider:0000}";
    private static string Council(int council) => $"E0900{council:0000}";
    private static string Locality(int locality) => $"Locality {locality}";
}
