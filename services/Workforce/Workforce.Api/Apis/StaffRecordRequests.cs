using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;

namespace Workforce.Api.Apis;

/// <summary>Who the member of staff is: personal data, held only in this service.</summary>
public sealed record PersonRequest(string GivenName, string FamilyName, DateOnly DateOfBirth,
    string? PayrollNumber = null)
{
    public PersonalDetails ToDetails() => new(GivenName, FamilyName, DateOfBirth, PayrollNumber);
}

/// <summary>The employment: FTE (more than 0, at most 1), continuous service, terms, pension, pay band.</summary>
public sealed record TermsRequest(decimal Fte, DateOnly ContinuousServiceStart, string TermsReference,
    PensionScheme PensionScheme, string? PayBand = null, string? PostTitle = null)
{
    public StaffTerms ToTerms() => new(Domain.SeedWork.Fte.Of(Fte, "terms.fte"), ContinuousServiceStart,
        TermsReference, PensionScheme, PayBand, PostTitle);
}

public sealed record NewStaffRecord(Guid TeamId, PersonRequest Person, TermsRequest Terms);

public sealed record TeamChange(Guid TeamId);

public sealed record HoursChange(decimal Fte, string? PayBand = null)
{
    public Fte ToFte() => Domain.SeedWork.Fte.Of(Fte, "fte");
}

public sealed record IntegrationChange(IntegrationStatus Status, string? WorkLocation = null);

public sealed record NewEmploymentCase(EmploymentCaseKind Kind, DateOnly StartedOn, string Summary)
{
    public EmploymentCase ToCase() => new(Kind, StartedOn, Summary);
}

/// <summary>A decision of a governance body, by its reference and date (W:856's "no transfer" is one).</summary>
public sealed record DecisionRequest(string Body, string Reference, DateOnly DecidedOn)
{
    public GovernanceDecision ToDecision() => new(Body, Reference, DecidedOn);
}

public sealed record RechargeRequest(RechargeBasis Basis, decimal? Percentage = null, decimal? AnnualAmount = null,
    string? FundedFrom = null)
{
    public Recharge ToRecharge() => new(Basis, Percentage, AnnualAmount, FundedFrom);
}

/// <summary>A secondment or assignment to a host body, named by its code, other than the employer.</summary>
public sealed record NewAssignment(AssignmentKind Kind, string HostCode, DateOnly Start, RechargeRequest Recharge,
    DateOnly? End = null, Guid? PostId = null);

public sealed record AssignmentEnd(DateOnly On);
