using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;

namespace BrokerageBenchmarks;

/// <summary>
/// A deterministic market: 500 framework providers over ten localities with mixed CQC ratings and
/// vacancies, and 1,000 open placement requests, each invited to its locality's eligible providers of
/// whom 5 to 40 have offered a weekly price between £450 and £900.
/// </summary>
public static class Market
{
    private static readonly CqcRating[] Ratings = [CqcRating.Outstanding, CqcRating.Good, CqcRating.Good, CqcRating.RequiresImprovement, CqcRating.NotYetRated];

    public static IReadOnlyList<PlacementRequest> OpenRequests(int providers, int requests, int seed)
    {
        var random = new Random(seed);
        var localities = Enumerable.Range(1, 10).Select(i => $"Locality {i}").ToArray();
        var market = Enumerable.Range(0, providers).Select(i =>
        {
            var rating = Ratings[random.Next(Ratings.Length)];
            return new ProviderFacts(Guid.NewGuid(), true, rating, false, new HashSet<ServiceType> { ServiceType.ResidentialCare },
                new HashSet<string> { localities[i % localities.Length] }, random.Next(1, 6), true, QualityScores.For(rating));
        }).ToArray();
        var broker = new Actor(Guid.NewGuid(), Role.Broker, Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;
        var start = DateOnly.FromDateTime(now.UtcDateTime).AddDays(14);
        return Enumerable.Range(0, requests).Select(i =>
        {
            var request = PlacementRequest.Issue(Guid.NewGuid(), ServiceType.ResidentialCare, localities[i % localities.Length], start,
                "Needs help with personal care at night.", market, BrokerageSettings.Default, broker, now);
            var invited = request.Invitations.Select(v => v.ProviderId).OrderBy(_ => random.Next()).Take(random.Next(5, 41));
            foreach (var provider in invited)
                request.SubmitOffer(new Actor(Guid.NewGuid(), Role.ProviderPractitioner, provider), 450m + random.Next(0, 45_001) / 100m, "", now.AddMinutes(1));
            return request;
        }).ToArray();
    }
}
