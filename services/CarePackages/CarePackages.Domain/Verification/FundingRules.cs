using Commissioning.Domain;

namespace CarePackages.Domain.Verification;

/// <summary>The rules a plan's funding split keeps (P CPV-04; anchors B.9).</summary>
public static class FundingRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule SharesMakeTheWhole = new("funding-shares-make-the-whole", Invalid,
        "A funding split has at least one share, its shares add up to 100% and no stream and budget line twice.",
        "P CPV-04");
    public static readonly Rule ShareStated = new("funding-share-stated", Invalid,
        "A share is of a funding stream, more than 0% and at most 100% to two decimal places, and names its fund "
        + "and budget line.", "P CPV-04; anchors B.9");
    public static readonly Rule BcfShareNamesItsScheme = new("bcf-share-names-its-scheme", Invalid,
        "A BCF share names its BCF scheme, and only a BCF share has one.", "anchors B.9");
    public static readonly Rule FundingSplitSet = new("funding-split-set", ViolationKind.Precondition,
        "A plan is agreed, and committed, only with its funding split set.", "P CPV-04");
}
