namespace CarePackages.Api.Infrastructure;

/// <summary>
/// The aggregates table's lookup key for each kind: people by their pseudonymous reference (unique,
/// and never the NHS number, so the key column holds no identity); everything else under the record
/// it follows from, so a step finds its predecessor's successors with one look-up.
/// </summary>
public static class LookupKeys
{
    public static string Person(string personReference) => personReference;

    /// <summary>Referrals and safeguarding concerns hang off the person, by reference.</summary>
    public static string OfPerson(string personReference) => personReference;

    /// <summary>Assessments under a referral, plans under an assessment, verification, placement requests and packages under a plan.</summary>
    public static string Of(Guid ownerId) => ownerId.ToString();
}
