using CarePackages.Domain.Assessments;

namespace CarePackages.Api.Apis;

/// <summary>A referral of a registered person, by the route it came in on.</summary>
public sealed record NewReferral(Guid PersonId, RouteOfAccess RouteOfAccess, DateOnly ReceivedOn);
/// <summary>The day the referral closes.</summary>
public sealed record ReferralClosure(DateOnly ClosedOn);
/// <summary>The day a child's support continues into adult services.</summary>
public sealed record TransitionRequest(DateOnly TransitionDate);
/// <summary>A needs assessment of the referred person, or with <c>CaredForId</c> a carer's own assessment of them.
/// </summary>
public sealed record NewAssessment(DateOnly StartedOn, Guid? CaredForId = null);
/// <summary>What the assessment found in one wellbeing area.</summary>
public sealed record WellbeingRequest(WellbeingArea WellbeingArea, string Finding);
/// <summary>A need found in a wellbeing area, and whether it meets the eligibility criteria.</summary>
public sealed record NeedRequest(WellbeingArea WellbeingArea, string Description, bool Eligible);
/// <summary>The day the assessment completes and the person's strengths it records.</summary>
public sealed record CompletionRequest(DateOnly CompletedOn, string Strengths);
