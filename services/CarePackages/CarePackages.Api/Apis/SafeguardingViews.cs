using CarePackages.Domain.Safeguarding;

namespace CarePackages.Api.Apis;

/// <summary>A safeguarding concern on its worklist, naming the person by reference only.</summary>
public sealed record SafeguardingConcernView(
    Guid Id, string PersonReference, ConcernKind Kind, Worklist Worklist, Guid? InvestigatingProviderId,
    Guid? CoWorkingProviderId, Guid RaisedByOrganisationId, DateOnly RaisedOn, string Summary,
    string? ProposedOutcome, DateOnly? ClosedOn)
{
    public static SafeguardingConcernView Of(SafeguardingConcern c) => new(
        c.Id, c.PersonReference, c.Kind, c.Worklist, c.InvestigatingProviderId, c.CoWorkingProviderId,
        c.RaisedByOrganisationId, c.RaisedOn, c.Summary, c.ProposedOutcome, c.ClosedOn);
}
