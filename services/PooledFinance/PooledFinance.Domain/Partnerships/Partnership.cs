using Commissioning.Domain;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Partnerships;

/// <summary>
/// Two or more statutory bodies that commission together. Section 75 of the NHS Act 2006 allows
/// arrangements between NHS bodies and local authorities, so a partnership needs at least one of
/// each (Staffordshire adds district councils and six CCGs; S:22, S:30).
/// </summary>
public sealed class Partnership : AggregateRoot
{
    private readonly List<PartnerBody> _bodies = [];

    private Partnership() { }

    public string Name { get; private set; } = "";
    public IReadOnlyList<PartnerBody> Bodies => _bodies;

    public static Partnership Create(string name, IReadOnlyCollection<PartnerBody> bodies)
    {
        PartnershipRules.CouncilAndNhsCommissioner.Require(bodies.Count >= 2, "bodies",
            "A partnership needs two or more statutory bodies.");
        PartnershipRules.CouncilAndNhsCommissioner.Require(
            bodies.Any(b => b.Kind.IsLocalAuthority()) && bodies.Any(b => b.Kind.IsNhsCommissioner()), "bodies",
            "A Section 75 partnership needs at least one council and one NHS commissioner.");
        PartnershipRules.CouncilAndNhsCommissioner.Require(
            bodies.Select(b => b.Code).Distinct().Count() == bodies.Count, "bodies", "A body appears twice.");
        var partnership = new Partnership { Name = Amounts.Text(name, "name") };
        partnership._bodies.AddRange(bodies);
        return partnership;
    }

    public void Join(PartnerBody body)
    {
        if (_bodies.Any(b => b.Code == body.Code))
            throw PartnershipRules.BodyJoinsOnce.Broken("code", $"{body.Code} is already a partner.");
        _bodies.Add(body);
    }

    public bool IsPartner(Guid bodyId) => _bodies.Any(b => b.Id == bodyId);

    public PartnerBody Body(Guid bodyId) => _bodies.FirstOrDefault(b => b.Id == bodyId)
        ?? throw RuleViolation.NotFound("partnerBodyId", $"{bodyId} is not a partner in {Name}.");
}
