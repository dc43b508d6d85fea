using Commissioning.Domain;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// An organisation this service has been told about (a provider invited to offer, a provider named on
/// a package line or a safeguarding concern), stored under the id <see cref="PlatformIds"/> derives from
/// its code, so the domain's Guid can be turned back into the code partners and events use. It belongs
/// to no tenancy (every council names the same provider by the same code) but remembers the councils
/// that named it: those are the tenancies its users are party to (<see cref="CouncilTenancy"/>).
/// </summary>
public sealed class KnownOrganisation : AggregateRoot
{
    private readonly List<string> _namedBy = [];

    private KnownOrganisation() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>The councils (tenancies) whose records name this organisation.</summary>
    public IReadOnlyList<string> NamedBy => _namedBy;

    public static KnownOrganisation For(string code, string? name)
    {
        CarePackagesApiRules.OrganisationCoded.Require(!string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 20,
            "providerCode",
            "An organisation is named by its code (at most 20 characters).");
        return new KnownOrganisation
        {
            Id = PlatformIds.Organisation(code), Code = PlatformIds.NormalCode(code), Name = name?.Trim() ?? "",
        };
    }

    /// <summary>A record of <paramref name="tenancy"/> names it: its users become party to it.</summary>
    public void NamedIn(string tenancy)
    {
        if (!_namedBy.Contains(tenancy)) _namedBy.Add(tenancy);
    }
}
