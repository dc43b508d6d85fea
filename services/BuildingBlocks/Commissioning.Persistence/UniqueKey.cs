namespace Commissioning.Persistence;

/// <summary>
/// What makes an aggregate one of a kind (a partner's contribution to a fund for a year), held in a
/// unique index of the store so that of any number of identical requests racing, exactly one is
/// stored; the others are refused as <paramref name="Field"/> already existing, with <paramref name="Conflict"/>.
/// </summary>
public sealed record UniqueKey(string Value, string Field, string Conflict);
