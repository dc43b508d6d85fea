using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.People;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;

namespace CarePackages.Api.Deadlines;

/// <summary>
/// The transition clock (issue 16 item 14, A §5.19.3 L1255): every <c>CarePackages:TransitionSweepInterval</c> (an
/// hour unless configured), as the system, checks each open children's referral against its person's 18th birthday
/// on the London date and raises approaching, due today and missed once each, through the outbox in the save's
/// transaction (<see cref="Referral.CheckTransition"/>). The notices told are kept in the referral's row, whose
/// version the store checks: of two sweeps racing, one saves and the other's save is refused.
/// </summary>
public sealed class TransitionWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config,
    ILogger<TransitionWorker> log) : ScheduledSweep<CarePackagesStore>(scopes, clock,
    config.GetValue("CarePackages:TransitionSweepInterval", TimeSpan.FromHours(1)), Authority, log)
{
    public const string Authority = "transition clock";

    protected override async Task<int> Sweep(CarePackagesStore store, CancellationToken ct)
    {
        var today = Clock.LondonToday();
        var children = (await store.Aggregates<Referral>().List(cancellationToken: ct))
            .Where(r => r is { Cohort: Cohort.Children, Status: ReferralStatus.Open }).ToList();
        var people = await store.Aggregates<Person>()
            .ListByKeys(children.Select(r => LookupKeys.Person(r.PersonReference)).Distinct().ToList(), ct);
        // The same person may be known to two councils: a referral's person is the one of its own council.
        var tenancy = store.StoredAggregates.Local.ToDictionary(row => row.Id, row => row.Tenancy);
        var byCouncil = people.ToLookup(p => (p.Reference, tenancy[p.Id]));
        var raised = 0;
        foreach (var referral in children)
        {
            if (byCouncil[(referral.PersonReference, tenancy[referral.Id])].FirstOrDefault() is not { } person)
                continue;
            var before = referral.TransitionNotices.Count;
            referral.CheckTransition(person, today);
            raised += referral.TransitionNotices.Count - before;
        }
        await store.SaveChangesAsync(ct);
        return raised;
    }
}
