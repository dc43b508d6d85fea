using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Apis;

public sealed record PartnerBodyRequest(string Name, StatutoryBodyKind Kind, string Code);
public sealed record NewPartnership(string Name, IReadOnlyList<PartnerBodyRequest> Bodies);

/// <summary>A statutory body in a partnership, named by its GSS or ODS code.</summary>
public sealed record PartnerBodyView(Guid Id, string Name, StatutoryBodyKind Kind, string Code);

/// <summary>A partnership of statutory bodies that pool or align budgets under section 75 agreements.</summary>
public sealed record PartnershipView(Guid Id, string Name, IReadOnlyList<PartnerBodyView> Bodies)
{
    public static PartnershipView Of(Partnership p) =>
        new(p.Id, p.Name, p.Bodies.Select(b => new PartnerBodyView(b.Id, b.Name, b.Kind, b.Code)).ToList());
}
