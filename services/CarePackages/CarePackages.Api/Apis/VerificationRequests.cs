using CarePackages.Domain.Verification;

namespace CarePackages.Api.Apis;

/// <summary>The day the verifier opens the verification of a submitted plan.</summary>
public sealed record VerificationOpening(DateOnly OpenedOn);
/// <summary>
/// The locality whose rate card applies (the contracted rate on the line's start date is asked of the
/// contracts service; no locality for a spot purchase, with no contracted rate) and the benchmark band,
/// in the line's own terms.
/// </summary>
public sealed record CostCheckRequest(Guid LineId, string? Locality, decimal BenchmarkLower, decimal BenchmarkUpper);
/// <summary>Why a line priced above the contracted rate or the band is the right price.</summary>
public sealed record JustificationRequest(Guid LineId, string Reason);
/// <summary>
/// One funder's share. The budget line is pooled finance's budget line id: the commitment is recorded
/// against it there, so the domain's budget-line code holds that id.
/// </summary>
public sealed record FundingShareRequest(
    FundingStream Stream, decimal Percent, Guid FundId, Guid BudgetLineId, string? BcfScheme = null);
/// <summary>The shares that together pay for the whole package.</summary>
public sealed record FundingRequest(IReadOnlyList<FundingShareRequest> Shares);
/// <summary>What is left on each budget line this year is asked of pooled finance, never stated by the verifier.
/// </summary>
public sealed record AgreementRequest(DateOnly AgreedOn);
/// <summary>The plan goes back to its authors for rework, with the reasons.</summary>
public sealed record ReturnRequest(IReadOnlyList<ReturnReason> Reasons, string Note, DateOnly ReturnedOn);
/// <summary>The council will not fund the plan, for one of the recorded reasons.</summary>
public sealed record DeclineRequest(DeclineReason Reason, string Note, DateOnly DeclinedOn);
