using Commissioning.Domain;

namespace CarePackages.Domain.Planning;

/// <summary>A crisis plan offered to the person: when, whether they took it up, and where it is kept.</summary>
public sealed record CrisisPlanOffer(DateOnly OfferedOn, bool Accepted, string? Reference);

public sealed partial class SupportPlan
{
    public bool AtRiskOfCrisis { get; private set; }
    public CrisisPlanOffer? CrisisPlan { get; private set; }

    /// <summary>
    /// Rule CrisisPlanOfferedToThoseAtRisk (A §1.22 L502 "people using services who may be at risk of crisis are
    /// offered a crisis plan", R-CPB-09): a plan for someone at risk of crisis with no crisis plan offered.
    /// </summary>
    public bool CrisisPlanMissing => AtRiskOfCrisis && CrisisPlan is null;

    /// <summary>Records whether the person may be at risk of crisis, as the practitioner now judges it.</summary>
    public void RecordCrisisRisk(bool atRisk) => AtRiskOfCrisis = atRisk;

    /// <summary>
    /// Records the crisis plan offered to someone at risk: on or after the plan was drafted; one taken up names the
    /// crisis plan it became. Offered again (the person changed their mind), the latest offer stands.
    /// </summary>
    public void OfferCrisisPlan(DateOnly offeredOn, bool accepted, string? reference)
    {
        if (!AtRiskOfCrisis)
            throw PlanningRules.CrisisRiskFirst.Broken("atRiskOfCrisis",
                "Record that the person may be at risk of crisis first.");
        PlanningRules.CrisisOfferRecorded.Require(offeredOn >= DraftedOn, "offeredOn",
            "A crisis plan is offered once the plan is drafted.");
        PlanningRules.CrisisOfferRecorded.Require(!accepted || !string.IsNullOrWhiteSpace(reference), "reference",
            "A crisis plan taken up names the plan it became.");
        CrisisPlan = new CrisisPlanOffer(offeredOn, accepted, string.IsNullOrWhiteSpace(reference) ? null
            : reference.Trim());
        Raise(new CrisisPlanOffered(Id, People.PersonReference.From(PersonReference), offeredOn, accepted));
    }

    private void RequireCrisisPlanWhereAtRisk()
    {
        if (CrisisPlanMissing)
            throw PlanningRules.CrisisPlanOfferedToThoseAtRisk.Broken("crisisPlan",
                "The person may be at risk of crisis: offer a crisis plan before the plan goes for verification.");
    }
}
