using Commissioning.Domain;

namespace Contracts.Domain.Access;

/// <summary>Whose market records a caller reads and changes (<see cref="ContractsAccessPolicy"/>).</summary>
public static class AccessRules
{
    public static readonly Rule CommissionerOrTheProvider = new("commissioner-or-the-provider",
        ViolationKind.Forbidden, "A commissioner reads and changes the market's records; a provider only those "
        + "naming it (its contracts, monitoring returns, due diligence), in the role the action needs.");
}
