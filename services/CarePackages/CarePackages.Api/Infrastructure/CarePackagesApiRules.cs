using Commissioning.Domain;

namespace CarePackages.Api.Infrastructure;

/// <summary>The rules of whose records a caller reads and changes, and of the API's own inputs.</summary>
public static class CarePackagesApiRules
{
    private const ViolationKind Forbidden = ViolationKind.Forbidden;

    public static readonly Rule OwnOrganisationsRecords = new("own-organisations-records", Forbidden,
        "A provider reads and changes only the records of its own organisation: the assessments it carries out, "
        + "the packages it delivers.", "P:L830-832");
    public static readonly Rule ReturnsForTheCouncil = new("returns-read-by-the-council", Forbidden,
        "A provider user never reads people for a statutory return.", "P (statutory returns are not delegated)");
    public static readonly Rule ReturnAskedOfACouncil = new("return-asked-of-a-council", ViolationKind.Invalid,
        "A statutory return's people are asked of a named council, at most a call's worth at a time.",
        "issue 18 cap. 2");
    public static readonly Rule IdGiven = new("package-id-given", ViolationKind.Invalid,
        "A package is named by its id.");
    public static readonly Rule OrganisationCoded = new("organisation-coded", ViolationKind.Invalid,
        "An organisation is named by its code, of at most 20 characters.");
    public static readonly Rule RateCardPriced = new("rate-card-priced", ViolationKind.Precondition,
        "A cost line is checked against a locality's rate card only in a unit rate cards are priced in; otherwise "
        + "as a spot purchase.", "anchors B.9");
}
