using Commissioning.ServiceDefaults.OpenApi;

namespace Contracts.Api.Apis;

/// <summary>The tags of the contracts document, declared once (the document transformer lists them).</summary>
public static class ContractsTags
{
    public static readonly PartnerTag Providers = new("Providers",
        "The provider register: commissioners register providers and record CQC ratings, the living wage, serious "
        + "concerns, suspension and exclusion; brokers read it; a provider user reads its own record and declares "
        + "capacity.");
    public static readonly PartnerTag Framework = new("Framework",
        "The provider framework, run as a dynamic purchasing list (W:414): lots, admissions on the published "
        + "criteria on any open day, exclusions and reassessments.");
    public static readonly PartnerTag DueDiligence = new("Due diligence",
        "Due diligence before award (P:L805-817): nine areas, each assessed by its function, then signed off "
        + "by a named officer. Commissioning staff only.");
    public static readonly PartnerTag Contracts = new("Contracts",
        "Contracts from award to end: award, variation, extension, novation and notice, with the approvals "
        + "each party's own governance gives.");
    public static readonly PartnerTag Monitoring = new("Monitoring",
        "Contract monitoring (W WF-10, A §3.6): KPIs and the provider's returns, reviews, complaints and "
        + "performance issues.");
    public static readonly PartnerTag RateCards = new("Rate cards",
        "Rate cards, one per service type, unit and locality, commissioner-neutral (P:L764) and effective-dated "
        + "with no overlapping periods.");
    public static readonly PartnerTag Brokerage = new("Brokerage",
        "What brokerage asks before sending a placement request: the eligible framework providers and the rate "
        + "in force.");
    public static readonly PartnerTag DeadLetters = new("Dead letters",
        "Operations: events this service could not process, for a platform administrator.");

    public static IReadOnlyList<PartnerTag> All { get; } =
        [Providers, Framework, DueDiligence, Contracts, Monitoring, RateCards, Brokerage, DeadLetters];
}
