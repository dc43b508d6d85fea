using Commissioning.Identity;
using static Commissioning.Identity.Roles;

namespace Workforce.Api.Infrastructure;

/// <summary>
/// Who may do what in the workforce service (issue 14): the roles a route admits, by the rule's name. The
/// tenancy and the handlers then narrow a role to the right body (an HR officer of this employer, 404 for
/// another's records); a provider user holds none of these.
/// </summary>
public static class WorkforcePolicies
{
    /// <summary>An employer is registered by one of its own HR officers, or by a platform administrator.</summary>
    public static readonly RolePolicy RegistersEmployers = new("registers-employers", [HrOfficer, PlatformAdmin]);

    /// <summary>
    /// An employer's HR officers and commissioners read its counts and costs (employers, establishments,
    /// hosted posts, forecasts), never personal data.
    /// </summary>
    public static readonly RolePolicy ReadsCountsAndCosts =
        new("reads-counts-and-costs", [HrOfficer, Commissioner, PlatformAdmin]);

    /// <summary>
    /// Staff personal data stays under the employing organisation's HR control: only its HR officers open,
    /// read and change a staff record.
    /// </summary>
    public static readonly RolePolicy KeepsStaffRecords =
        new("keeps-staff-records", [HrOfficer], "A_wirral_staffs.md:1102");

    /// <summary>The host's HR officers establish and fill its hosted posts.</summary>
    public static readonly RolePolicy HostsPosts = new("hosts-posts", [HrOfficer], "S:57-59");

    /// <summary>
    /// The employer's HR officers state its staffing cost forecasts; its commissioners only read them.
    /// </summary>
    public static readonly RolePolicy ForecastsStaffingCosts = new("forecasts-staffing-costs", [HrOfficer]);

    /// <summary>The commissioners and HR officers of either employer read where a transfer project stands.</summary>
    public static readonly RolePolicy ReadsTransfers =
        new("reads-transfers", [HrOfficer, Commissioner, PlatformAdmin]);

    /// <summary>
    /// The transferor's HR officers plan a TUPE transfer and take its steps; the transferee's record the
    /// measures letter and read the ELI pack once it is provided.
    /// </summary>
    public static readonly RolePolicy RunsTransfers = new("runs-transfers", [HrOfficer], "A §3.2");

    public static readonly RolePolicy[] All =
    [
        RegistersEmployers, ReadsCountsAndCosts, KeepsStaffRecords, HostsPosts, ForecastsStaffingCosts,
        ReadsTransfers, RunsTransfers,
    ];
}
