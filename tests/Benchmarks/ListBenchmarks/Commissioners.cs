using System.Diagnostics;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Agreements;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Monitoring;
using Contracts.Domain.Providers;
using Commissioning.Persistence;

namespace ListBenchmarks;

/// <summary>
/// 50 commissioners letting <c>contracts</c> local authority contracts evenly between them, each to 200 of 1,000
/// providers (ten contracts a provider), every one awarded by the domain on its provider's signed-off due diligence
/// with its monitoring, as the award route stores them; a thousand contracts a batch, each in a store of its own.
/// </summary>
public static class Commissioners
{
    private const int CommissionerCount = 50, ProviderCount = 1_000, ProvidersEach = 200;
    private static readonly DateOnly AwardedOn = new(2018, 3, 1);

    private static readonly DueDiligenceSignatories Signatories = new(Enumerable.Range(0, CommissionerCount)
        .ToDictionary(Commissioner, _ => "Director of Adult Social Care"));

    /// <summary>Stores the contracts and answers the first commissioner's code.</summary>
    public static async Task<string> Create(Func<ContractsStore> open, int contracts)
    {
        var watch = Stopwatch.StartNew();
        var providers = Enumerable.Range(0, ProviderCount).Select(Provider).ToArray();
        var dueDiligence = new Dictionary<(int, int), DueDiligenceAssessment>();
        await using (var store = open())
        {
            foreach (var provider in providers)
                store.Aggregates<Provider>().Add(provider, LookupKeys.Provider(provider.OdsCode),
                    new UniqueKey(LookupKeys.Provider(provider.OdsCode), "odsCode", "The provider already exists."));
            for (var c = 0; c < CommissionerCount; c++)
                for (var k = 0; k < ProvidersEach; k++)
                {
                    var p = ProviderOf(c, k);
                    var assessment = SignedOff(providers[p].Id, Commissioner(c));
                    dueDiligence[(c, p)] = assessment;
                    store.Aggregates<DueDiligenceAssessment>().Add(assessment, LookupKeys.Of(providers[p].Id));
                }
            await store.SaveChangesAsync();
        }
        for (var first = 0; first < contracts; first += 1_000)
        {
            await using var store = open();
            for (var n = first; n < Math.Min(first + 1_000, contracts); n++)
            {
                var (c, p) = (n % CommissionerCount, ProviderOf(n % CommissionerCount, n / CommissionerCount));
                var code = Commissioner(c);
                var contract = CommissioningContract.Award(Terms(n, code), providers[p], dueDiligence[(c, p)],
                    [new Approval(code, "Head of Commissioning", new DateOnly(2017, 10, 2))], AwardedOn, Signatories);
                var monitoring = ContractMonitoring.Begin(contract, []);
                // The award's events belong to the outbox of a real award; the list reads none of them.
                contract.ClearDomainEvents();
                monitoring.ClearDomainEvents();
                store.Aggregates<CommissioningContract>().Add(contract,
                    LookupKeys.ContractsOf(contract.ProviderOdsCode));
                store.Aggregates<ContractMonitoring>().Add(monitoring, LookupKeys.Of(contract.Id));
            }
            await store.SaveChangesAsync();
        }
        Console.WriteLine($"  stored {contracts:N0} contracts of {CommissionerCount} commissioners with "
            + $"{ProviderCount:N0} providers in {watch.Elapsed.TotalSeconds:0.0} s");
        return Commissioner(0);
    }

    private static int ProviderOf(int commissioner, int k) => (commissioner * 20 + k % ProvidersEach) % ProviderCount;

    private static string Commissioner(int commissioner) => $"E0800{commissioner:0000}";

    private static Provider Provider(int n)
    {
        var provider = Contracts.Domain.Providers.Provider.Register($"Provider {n}", $"PR{n:0000}",
            ProviderSector.Private, $"1-{n:000000000}");
        provider.RecordCqcRating(CqcRating.Good, new DateOnly(2017, 6, 1));
        provider.RecordLivingWage(LivingWageStatus.Paid, new DateOnly(2017, 6, 1));
        provider.ClearDomainEvents();
        return provider;
    }

    private static DueDiligenceAssessment SignedOff(Guid providerId, string commissioner)
    {
        var assessment = DueDiligenceAssessment.Start(providerId, new DateOnly(2017, 10, 2));
        foreach (var area in DueDiligenceAreas.All)
            assessment.Assess(area, area.AssessedBy(), "Evaluation team member", AreaOutcome.Satisfactory,
                new DateOnly(2017, 12, 1));
        assessment.SignOff("Director", "Director of Adult Social Care", new DateOnly(2017, 12, 15),
            Signatories.For(commissioner, "signatoryRole"));
        assessment.ClearDomainEvents();
        return assessment;
    }

    private static ContractTerms Terms(int n, string commissioner) => new()
    {
        Reference = $"LA-{n:000000}",
        Title = "Residential care placements",
        Type = ContractType.LocalAuthorityContract,
        Commissioners = [commissioner],
        LeadCommissioner = commissioner,
        Funding = new ContractFunding(Guid.Parse("5a1c7f0e-0000-4000-8000-000000000001"), FundingPot.B),
        AnnualValue = 250_000m + n % 1_000 * 100m,
        StartsOn = new DateOnly(2018, 4, 1),
        EndsOn = new DateOnly(2021, 3, 31),
        NoticeMonths = 3,
        VatStatus = VatStatus.Exempt,
        Route = ProcurementRoute.CompetitiveTender,
    };
}
