// Ranking offers for 1,000 open placement requests against 500 framework providers: the domain's
// ranking (PlacementRequest.RankingFor, the figures and arithmetic a broker sees) timed per request,
// interleaved with a plain in-memory sort of the same offers by the same 60/40 score, in the same run.
// dotnet run -c Release --project tests/Benchmarks/BrokerageBenchmarks
using System.Diagnostics;
using BrokerageBenchmarks;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.SeedWork;

const int Providers = 500, Requests = 1_000, Rounds = 5;
var requests = Market.OpenRequests(Providers, Requests, seed: 20261122);
var broker = new Actor(Guid.NewGuid(), Role.Broker, Guid.NewGuid());
var offers = requests.Sum(r => r.Offers.Count);
Console.WriteLine($"{Requests} open requests, {Providers} providers, {offers} offers ({offers / (double)Requests:F1} a request), {Rounds} rounds");

var domain = new List<double>();
var baseline = new List<double>();
long domainBytes = 0, baselineBytes = 0;
var checksum = 0m;
for (var round = 0; round <= Rounds; round++) // round 0 warms up and is not counted
    foreach (var request in requests)
    {
        var (ranked, domainTime, domainAlloc) = Measure(() => request.RankingFor(broker));
        var (sorted, baselineTime, baselineAlloc) = Measure(() => PlainSort(request.Offers, request.QualityWeight, request.CostWeight));
        if (ranked[0].Total != ranked.Single(r => r.OfferId == sorted[0]).Total) // equal totals may tie-break differently
            throw new InvalidOperationException("The two rankings disagree on the winning score.");
        checksum += ranked[0].Total;
        if (round == 0) continue;
        domain.Add(domainTime);
        baseline.Add(baselineTime);
        domainBytes += domainAlloc;
        baselineBytes += baselineAlloc;
    }

Report("domain ranking (scores, arithmetic, positions)", domain, domainBytes);
Report("plain in-memory sort of the same offers", baseline, baselineBytes);
Console.WriteLine($"ratio p50 x{Percentile(domain, 0.50) / Percentile(baseline, 0.50):F1}, p99 x{Percentile(domain, 0.99) / Percentile(baseline, 0.99):F1} (checksum {checksum})");

void Report(string name, List<double> microseconds, long bytes) =>
    Console.WriteLine($"{name,-50} p50 {Percentile(microseconds, 0.50),8:F1} µs  p99 {Percentile(microseconds, 0.99),8:F1} µs  {bytes / (double)microseconds.Count,9:F0} B/request");

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}

static (T Result, double Microseconds, long Bytes) Measure<T>(Func<T> work)
{
    var bytes = GC.GetAllocatedBytesForCurrentThread();
    var start = Stopwatch.GetTimestamp();
    var result = work();
    var elapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    return (result, elapsed, GC.GetAllocatedBytesForCurrentThread() - bytes);
}

// The baseline: the same score (quality × weight + lowest ÷ price × 100 × weight), sorted in place, no figures kept.
static Guid[] PlainSort(IReadOnlyList<Offer> offers, decimal qualityWeight, decimal costWeight)
{
    var lowest = decimal.MaxValue;
    foreach (var offer in offers) lowest = Math.Min(lowest, offer.WeeklyPrice);
    var keys = new decimal[offers.Count];
    var ids = new Guid[offers.Count];
    for (var i = 0; i < offers.Count; i++)
    {
        keys[i] = -(Math.Round(Math.Round(offers[i].QualityScore, 2) * qualityWeight / 100m, 2)
                    + Math.Round(Math.Round(lowest * 100m / offers[i].WeeklyPrice, 2) * costWeight / 100m, 2));
        ids[i] = offers[i].Id;
    }
    Array.Sort(keys, ids);
    return ids;
}
