using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Contracts.Domain.Agreements;
using Contracts.Domain.Framework;
using Contracts.Domain.RateCards;
using Microsoft.EntityFrameworkCore;

namespace Contracts.Api.Infrastructure;

/// <summary>
/// Contracts' tenancy (issue 15, ARCHITECTURE.md "Tenancy and access"), by organisation code:
/// <list type="bullet">
/// <item>a framework and a rate card belong to the commissioning organisation that published it (the token's
/// "org" when it was created): its tenancy is that code;</item>
/// <item>a contract belongs to its parties, every commissioner it names and its provider (for a Section 75
/// delegation the council and the NHS body it delegates to): its tenancy is their codes, commissioners in order,
/// then the provider, space-separated. Its monitoring takes its contract's. A novation changes the commissioners,
/// so the contract and its monitoring move to the new parties' tenancy in the same save;</item>
/// <item>providers and their due diligence are the shared register: no tenancy; the routes' roles decide.</item>
/// </list>
/// A caller is party to its organisation's own tenancy and to every contract naming its organisation. A
/// provider's own staff (provider users holding no other role) are also party to the tenancy of each commissioner
/// whose framework currently admits the provider, so that they see the rates of the lots they are on; the routes
/// keep them from the frameworks themselves and from every change.
/// </summary>
/// <remarks>
/// Parties are matched in the store by the contracts' parties (<see cref="ContractParty"/>, one range of its
/// index), so a list never loads another tenancy's rows; a contract's monitoring shares its contract's tenancy.
/// Frameworks are a handful per commissioner, so reading them for a provider's tenancies is cheap.
/// </remarks>
public static class ContractsTenancy
{
    public static async Task<IReadOnlyCollection<string>?> Of(ContractsStore store, Caller caller, CancellationToken ct)
    {
        var code = Code(caller.Organisation);
        // Parties are space-separated codes: an "organisation" with a space in it would match several.
        if (code.Any(char.IsWhiteSpace)) return [];
        var tenancies = await ContractParty.TenanciesOf(store, code, ct);
        if (caller.Roles.Count > 0 && caller.Roles.All(r => r == Roles.ProviderUser))
            tenancies.AddRange(await OwnersAdmitting(store, code, ct));
        return [.. tenancies.Append(code).Distinct()];
    }

    /// <summary>
    /// The tenancy a new record starts: a contract's parties, a framework's or rate card's publisher.
    /// </summary>
    public static string? Of(AggregateRoot aggregate, Caller caller) => aggregate switch
    {
        CommissioningContract contract => PartiesOf(contract),
        ProviderFramework or RateCard => Code(caller.Organisation),
        _ => null,
    };

    /// <summary>A contract's parties as its tenancy: "E08000015 RXA" for Wirral Council's delegation to CWP.</summary>
    public static string PartiesOf(CommissioningContract contract) =>
        string.Join(' ', contract.Commissioners.Append(contract.ProviderOdsCode));

    private static async Task<IEnumerable<string>> OwnersAdmitting(ContractsStore store, string provider,
        CancellationToken ct)
    {
        var frameworks = await store.StoredAggregates.IgnoreQueryFilters()
            .Where(a => a.Type == nameof(ProviderFramework) && a.Tenancy != null)
            .Select(a => new { Tenancy = a.Tenancy!, a.Body }).ToListAsync(ct);
        return frameworks.Where(f => DomainJson.Deserialize<ProviderFramework>(f.Body).Members
                .Any(m => m.IsCurrent && m.ProviderOdsCode == provider))
            .Select(f => f.Tenancy);
    }

    private static string Code(string organisation) => organisation.Trim().ToUpperInvariant();
}
