using Contracts.Domain.Framework;

namespace Contracts.Api.Apis;

/// <summary>A provider's place on one lot of the framework, from admission until any exclusion.</summary>
public sealed record MembershipView(
    Guid Id, Guid ProviderId, string ProviderOdsCode, SegmentView Lot, DateOnly AdmittedOn, DateOnly? ExcludedOn,
    string? ExclusionReason, bool IsCurrent)
{
    public static MembershipView Of(FrameworkMembership m) => new(
        m.Id, m.ProviderId, m.ProviderOdsCode, SegmentView.Of(m.Lot), m.AdmittedOn, m.ExcludedOn, m.ExclusionReason,
        m.IsCurrent);
}

/// <summary>The provider framework (a dynamic purchasing list): its lots and every membership ever made.</summary>
public sealed record FrameworkView(
    Guid Id, string Name, DateOnly OpensOn, DateOnly? ClosesOn, bool RequiresLivingWage,
    IReadOnlyList<SegmentView> Lots, IReadOnlyList<MembershipView> Members)
{
    public static FrameworkView Of(ProviderFramework f) => new(
        f.Id, f.Name, f.OpensOn, f.ClosesOn, f.RequiresLivingWage,
        f.Lots.Select(SegmentView.Of).ToList(), f.Members.Select(MembershipView.Of).ToList());
}
