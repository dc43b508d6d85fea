using Commissioning.ServiceDefaults.OpenApi;

namespace Workforce.Api.Apis;

/// <summary>The tags of the workforce document, declared once (the document transformer lists them).</summary>
public static class WorkforceTags
{
    public static readonly PartnerTag Employers = new("Employers",
        "Employers (councils, NHS bodies, providers, by their codes) and their establishments: teams, posts, FTE, "
        + "vacancies, headcount and staff budget, with totals that must equal the sum of their teams.");
    public static readonly PartnerTag StaffRecords = new("Staff records",
        "Staff records with their personal data, for the employer's HR officers only; secondments and assignments "
        + "to a host body that leave employer, sector, pension and continuity unchanged.");
    public static readonly PartnerTag Posts = new("Posts",
        "Posts hosted by one body and open to the sectors they name, held by someone employed elsewhere through an "
        + "assignment, so nobody transfers to a different sector or loses continuity (S:59).");
    public static readonly PartnerTag TransferProjects = new("Transfer projects",
        "TUPE transfers: due diligence, pension decision, measures, consultation, Employee Liability Information "
        + "(28 days before the transfer), objections, contingency plan and the transfer on its date.");
    public static readonly PartnerTag StaffingForecasts = new("Staffing forecasts",
        "Staffing cost forecasts per team and year (base + pay award - vacancy factor - unpaid leave), committed "
        + "on the pooled fund's line they name.");
    public static readonly PartnerTag DeadLetters = new("Dead letters",
        "Operations: events this service could not process, for a platform administrator.");

    public static IReadOnlyList<PartnerTag> All { get; } =
        [Employers, StaffRecords, Posts, TransferProjects, StaffingForecasts, DeadLetters];
}
