using Commissioning.ServiceDefaults.OpenApi;

namespace CarePackages.Api.Apis;

/// <summary>The tags of the care packages document, declared once (the document transformer lists them).</summary>
public static class CarePackagesTags
{
    public static readonly PartnerTag People = new("People",
        "People and their identity, which never leaves this service: council staff register and find them by NHS "
        + "number and record who cares for whom. Every other record names a person by their pseudonymous reference.");
    public static readonly PartnerTag Referrals = new("Referrals",
        "Referrals through the council's single access point, closed or carried into adult services at 18, and the "
        + "assessments started from them.");
    public static readonly PartnerTag Assessments = new("Assessments",
        "Needs and carers' assessments, carried out by council staff or by a provider the Section 75 agreement "
        + "delegates assessment to: wellbeing findings, needs and their eligibility, completion.");
    public static readonly PartnerTag SupportPlans = new("Support plans",
        "Support plans drafted from a completed eligible assessment, costed line by line, quality assured inside "
        + "the drafting organisation (four eyes) and submitted to the council's verification team.");
    public static readonly PartnerTag Verification = new("Verification",
        "The council's verification of a submitted plan: cost checks against the contracted rate and a benchmark "
        + "band, justification, the funding split, and agreement within delegated authority against pooled "
        + "finance's headroom, return or decline.");
    public static readonly PartnerTag Brokerage = new("Brokerage",
        "Placement requests with no identity sent to eligible framework providers, offers within the window, the "
        + "ranking under the published quality and cost weighting with its arithmetic, award and re-brokering.");
    public static readonly PartnerTag Packages = new("Packages",
        "Live packages from an agreed plan: priced by appended versions (a back-dated change adds an adjustment), "
        + "reviewed, suspended, resumed, carried into adult services and ended.");
    public static readonly PartnerTag Safeguarding = new("Safeguarding",
        "Safeguarding concerns routed to the right worklist: child protection always to the council, adult "
        + "investigation to a provider only under delegation; only the council closes a case.");
    public static readonly PartnerTag DeadLetters = new("Dead letters",
        "Operations: events this service could not process, for a platform administrator.");

    public static IReadOnlyList<PartnerTag> All { get; } =
        [People, Referrals, Assessments, SupportPlans, Verification, Brokerage, Packages, Safeguarding, DeadLetters];
}
