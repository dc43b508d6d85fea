namespace CarePackages.Domain.Assessments;

/// <summary>
/// What a Section 75 agreement of <paramref name="Council"/> delegates to one provider organisation. Only the
/// functions P:L830-832 lists as delegable exist here; verification and brokerage are retained by the council
/// (P:L799) and have no member, so no agreement can hand them over.
/// </summary>
public sealed record Section75Delegation(string Council, Guid ProviderOrganisationId, string ProviderCode,
    IReadOnlySet<DelegableFunction> Functions)
{
    public bool Delegates(Guid organisationId, DelegableFunction function) =>
        organisationId == ProviderOrganisationId && Functions.Contains(function);

    /// <summary>Who a record made under this delegation names (A §3.7 L746).</summary>
    public DelegatedDelivery Delivery => new(Council, ProviderCode);
}

/// <summary>
/// Rule DelegatedRecordsNameBoth (A §3.7 L746: the council delegates the delivery of assessment and care
/// planning; the statutory duty and the liability stay with it): a record made under the delegation names the
/// responsible authority and the organisation that delivered it.
/// </summary>
public sealed record DelegatedDelivery(string ResponsibleAuthority, string DeliveredBy);

public enum DelegableFunction
{
    CareAndSupportAssessment,
    CarersAssessment,
    SupportPlanning,
    PersonalBudgetProvision,
}
