using Commissioning.Domain;

namespace CarePackages.Domain.Assessments;

/// <summary>The rules of carrying a child's referral and package into adult services (A §5.19.3 L1255).</summary>
public static class TransitionRules
{
    public static readonly Rule TransitionOfItsPerson = new("transition-of-its-person", ViolationKind.Invalid,
        "A referral or a package moves to adult services with the person it is for.", "A §5.19.3 L1255");
    public static readonly Rule TransitionAtEighteen = new("transition-at-eighteen", ViolationKind.Precondition,
        "A child's referral or package moves to adult services once, on or after the person's 18th birthday.",
        "A §5.19.3 L1255");
}
