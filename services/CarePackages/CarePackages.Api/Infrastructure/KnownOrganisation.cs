using Commissioning.Domain;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// An organisation this service has been told about (a provider invited to offer, a provider named on
/// a package line), stored under the id <see cref="PlatformIds"/> derives from its code, so the
/// domain's Guid can be turned back into the code partners and events use.
/// </summary>
public sealed class KnownOrganisation : AggregateRoot
{
    private KnownOrganisation() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    public static KnownOrganisation For(string code, string? name)
    {
        RuleViolation.Require(!string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 20, "providerCode",
            "An organisation is named by its code (at most 20 characters).");
        return new KnownOrganisation { Id = PlatformIds.Organisation(code), Code = PlatformIds.NormalCode(code), Name = name?.Trim() ?? "" };
    }
}
