using Commissioning.Domain;

namespace Returns.Domain.Returns;

/// <summary>The rules a statutory return is opened, collected, signed off, submitted and resubmitted by.</summary>
public static class ReturnRules
{
    public static readonly Rule CouncilWithSocialServices = new("council-with-social-services", ViolationKind.Invalid,
        "A return is made by a council with adult social services: a GSS code E06, E08, E09 or E10 and six digits.",
        "DOMAIN.md L101-102");
    public static readonly Rule KnownReturn = new("known-return", ViolationKind.Invalid,
        "A return is one the service makes: CLD, ASC-FR, BCF quarterly or end of year, pool quarterly, joint monthly.",
        "DOMAIN.md L103-111");
    public static readonly Rule PeriodFitsTheReturn = new("period-fits-the-return", ViolationKind.Invalid,
        "A return covers the kind of period its collection has.", "DOMAIN.md L103-111; P:L405");
    public static readonly Rule BuiltFromReadModels = new("built-from-read-models", ViolationKind.Precondition,
        "A return is collected only once the platform builds its kind (CLD, ASC-FR, the pool report and the BCF "
        + "returns); the others open and wait.", "issue 18 cap. 2");
    public static readonly Rule RowKeysUnique = new("row-keys-unique", ViolationKind.Invalid,
        "A return's rows have keys of their own.", "DOMAIN.md L112");
    public static readonly Rule StageOfTheReturn = new("stage-of-the-return", ViolationKind.Precondition,
        "A return is collected, validated, signed off and submitted in that order; a submitted one changes only "
        + "by a resubmission.", "DOMAIN.md L112-113");
    public static readonly Rule ResubmissionReasonGiven = new("resubmission-reason-given", ViolationKind.Invalid,
        "A resubmission says why the return is corrected.", "DOMAIN.md L113");
    public static readonly Rule NotByAProvider = new("not-by-a-provider", ViolationKind.Forbidden,
        "A provider collects; only the council returns.", "DOMAIN.md L101-102 (P)");
    public static readonly Rule OnlyTheCouncilsReturnsOfficer = new("only-the-councils-returns-officer",
        ViolationKind.Forbidden, "Only a returns officer of the council changes its return.", "DOMAIN.md L101-102");
    public static readonly Rule ArtefactHashShape = new("artefact-hash-shape", ViolationKind.Invalid,
        "An artefact's SHA-256 is 64 hexadecimal digits.");
    public static readonly Rule PersonNamedByReference = new("person-named-by-reference", ViolationKind.Invalid,
        "Each person is named by their pseudonymous reference.", "issue 18 cap. 2");
    public static readonly Rule LinkedAdultsAtMostThree = new("linked-adults-at-most-three", ViolationKind.Invalid,
        "A carer's CLD row links at most 3 adults cared for.", "anchors B.2 L509");
}
