using Commissioning.Domain;

namespace Commissioning.Persistence;

/// <summary>
/// What makes an aggregate one of a kind (a partner's contribution to a fund for a year), held in a
/// unique index of the store so that of any number of identical requests racing, exactly one is
/// stored; the others are refused as <paramref name="Field"/> already existing, with <paramref name="Conflict"/>,
/// under <paramref name="Rule"/> (the general already-exists rule unless the service names its own).
/// </summary>
public sealed record UniqueKey(string Value, string Field, string Conflict, Rule? Rule = null)
{
    /// <summary>The refusal of a second one, the same whether a look-up or the index found the first.</summary>
    public RuleViolation Refused() => (Rule ?? GeneralRules.AlreadyExists).Broken(Field, Conflict);
}
