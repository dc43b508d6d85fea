using CarePackages.Domain.Assessments;
using CarePackages.Domain.People;
using CarePackages.Domain.Safeguarding;
using Commissioning.Domain;
using Commissioning.Identity;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// Care packages' tenancy: the council whose resident the person is, by its code (the "org" claim of the
/// council user who registered them). Everything under the person belongs to that council: referrals and
/// safeguarding concerns by the person's reference, assessments, plans, verifications, placement requests
/// and packages by the record their key names (see <see cref="Commissioning.Persistence.CommissioningDbContext"/>).
/// <list type="bullet">
/// <item>A council user is party to its own council's records; the domain's rules then decide by role.</item>
/// <item>A provider user is party to the councils whose Section 75 agreement delegates to it (its assessments
/// and plans) and to those whose records name it (an invitation to offer, a package line, a concern it
/// investigates); within them the domain still shows it only its own assessments, plans, requests and
/// offers (403 otherwise). A provider named by no council is party to nothing: every record is a 404.</item>
/// <item>An NHS partner of the council is party to its own organisation's records only: verification and
/// brokerage are retained by the council (P:L799) and assessment and planning are the council's or its
/// delegate's, so the domain gives the NHS body no act here; it sees its share of a package as pooled
/// finance's commitment on its own line.</item>
/// </list>
/// </summary>
public static class CouncilTenancy
{
    public static async Task<IReadOnlyCollection<string>?> Of(CarePackagesStore store, CarePackagesRules rules,
        Caller caller, CancellationToken ct)
    {
        var code = PlatformIds.NormalCode(caller.Organisation);
        if (!caller.IsIn(Roles.ProviderUser)) return [code];
        var known = await store.Aggregates<KnownOrganisation>().Find(PlatformIds.Organisation(code), ct);
        return rules.CouncilsDelegatingTo(code).Union(known?.NamedBy ?? []).ToList();
    }

    /// <summary>
    /// A person starts their council's tenancy; a referral or concern takes its person's (named by reference,
    /// so the base cannot follow its key); every other record its parent's, by its key (null here).
    /// </summary>
    public static string? OfNew(CarePackagesStore store, AggregateRoot aggregate) => aggregate switch
    {
        Person => PlatformIds.NormalCode(store.Actor.Caller.Organisation),
        Referral referral => OfPerson(store, referral.PersonReference),
        SafeguardingConcern concern => OfPerson(store, concern.PersonReference),
        _ => null,
    };

    // The person was loaded to create the record, so its row is tracked by this unit of work.
    private static string? OfPerson(CarePackagesStore store, string reference) =>
        store.StoredAggregates.Local.FirstOrDefault(r => r.Type == nameof(Person) && r.Key == reference)?.Tenancy
        ?? throw new InvalidOperationException("A person's record is added without the person loaded.");
}
