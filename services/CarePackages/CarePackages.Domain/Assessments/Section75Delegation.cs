namespace CarePackages.Domain.Assessments;

/// <summary>
/// What a Section 75 agreement delegates to one provider organisation. Only the functions P:L830-832
/// lists as delegable exist here; verification and brokerage are retained by the council (P:L799)
/// and have no member, so no agreement can hand them over.
/// </summary>
public sealed record Section75Delegation(Guid ProviderOrganisationId, IReadOnlySet<DelegableFunction> Functions)
{
    public bool Delegates(Guid organisationId, DelegableFunction function) =>
        organisationId == ProviderOrganisationId && Functions.Contains(function);
}

public enum DelegableFunction
{
    CareAndSupportAssessment,
    CarersAssessment,
    SupportPlanning,
    PersonalBudgetProvision,
}
