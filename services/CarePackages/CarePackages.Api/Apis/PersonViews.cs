using CarePackages.Domain.People;

namespace CarePackages.Api.Apis;

/// <summary>
/// A person as council staff who need to know who they are read them: identity, the pseudonymous
/// reference every other record names them by, and the people they care for.
/// </summary>
public sealed record PersonView(
    Guid Id, string NhsNumber, string GivenName, string FamilyName, DateOnly DateOfBirth, string Reference,
    IReadOnlyList<CaringRelationshipView> CaresFor)
{
    public static PersonView Of(Person p) => new(p.Id, p.NhsNumber, p.GivenName, p.FamilyName, p.DateOfBirth,
        p.Reference, p.CaresFor.Select(CaringRelationshipView.Of).ToList());
}

/// <summary>Someone this person cares for, by id and reference, from a date and (once ended) to one.</summary>
public sealed record CaringRelationshipView(Guid CaredForId, string CaredForReference, DateOnly Since, DateOnly? Until)
{
    public static CaringRelationshipView Of(CaringRelationship c) =>
        new(c.CaredForId, c.CaredForReference, c.Since, c.Until);
}
