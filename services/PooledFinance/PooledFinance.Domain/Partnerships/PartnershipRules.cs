using Commissioning.Domain;

namespace PooledFinance.Domain.Partnerships;

/// <summary>The rules a partnership of statutory bodies and its partner bodies keep.</summary>
public static class PartnershipRules
{
    public static readonly Rule BodyCodeShape = new("partner-body-code-shape", ViolationKind.Invalid,
        "A council is identified by its ONS GSS code and a CCG or ICB by its NHS ODS code, each of its shape.");
    public static readonly Rule CouncilAndNhsCommissioner = new(
        "partnership-of-a-council-and-an-nhs-commissioner", ViolationKind.Invalid,
        "A Section 75 partnership is two or more statutory bodies, each once, at least one a council and one an NHS "
        + "commissioner.", "NHS Act 2006 s75");
    public static readonly Rule BodyJoinsOnce = new("partner-body-joins-once", ViolationKind.AlreadyExists,
        "A body, by its code, is a partner once.");
}
