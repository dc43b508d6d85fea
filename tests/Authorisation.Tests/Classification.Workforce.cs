using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Workforce's routes and gRPC methods (issue 17 §7): an employer's HR officers manage its establishment and
/// staff; its commissioners read counts and costs, never personal data; provider users see nothing. The
/// tenancy is the employer organisation (a transfer project's, both employers').
/// </summary>
public static partial class Classification
{
    private static readonly string[] CountReaders = [HrOfficer, Commissioner, PlatformAdmin];

    private static readonly Dictionary<string, Rule> WorkforceTable = new()
    {
        ["POST /api/v1/employers"] = new([HrOfficer, PlatformAdmin], Scope.Listing),
        ["GET /api/v1/employers"] = new(CountReaders, Scope.Listing),
        ["GET /api/v1/employers/{id:guid}"] = new(CountReaders, Scope.Tenanted),
        ["PUT /api/v1/employers/{id:guid}/establishment"] = new([HrOfficer], Scope.Tenanted),
        ["GET /api/v1/employers/{id:guid}/establishment"] = new(CountReaders, Scope.Tenanted),
        ["POST /api/v1/employers/{id:guid}/establishment/totals-check"] = new(CountReaders, Scope.Tenanted),
        ["POST /api/v1/employers/{id:guid}/staff-records"] = new([HrOfficer], Scope.Tenanted),
        ["GET /api/v1/employers/{id:guid}/staff-records"] = new([HrOfficer], Scope.Tenanted),
        ["GET /api/v1/staff-records/{id:guid}"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staff-records/{id:guid}/team-move"] = new([HrOfficer], Scope.Tenanted),
        ["PUT /api/v1/staff-records/{id:guid}/hours"] = new([HrOfficer], Scope.Tenanted),
        ["PUT /api/v1/staff-records/{id:guid}/integration"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staff-records/{id:guid}/cases"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staff-records/{id:guid}/no-transfer-decision"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staff-records/{id:guid}/assignments"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staff-records/{id:guid}/assignments/{assignmentId:guid}/end"] =
            new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/employers/{id:guid}/posts"] = new([HrOfficer], Scope.Tenanted),
        ["GET /api/v1/employers/{id:guid}/posts"] = new(CountReaders, Scope.Tenanted),
        ["GET /api/v1/posts/{id:guid}"] = new(CountReaders, Scope.Tenanted),
        ["POST /api/v1/posts/{id:guid}/fill"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects"] = new([HrOfficer], Scope.Listing),
        ["GET /api/v1/transfer-projects"] = new(CountReaders, Scope.Listing),
        ["GET /api/v1/transfer-projects/{id:guid}"] = new(CountReaders, Scope.Tenanted),
        ["GET /api/v1/transfer-projects/{id:guid}/eli-pack"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/measures-letter"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/transfer-date"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/employees"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/vacancies"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/due-diligence"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/due-diligence/completion"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/actuarial-valuation"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/pension-decision"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/consultation-plan"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/consultation"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/consultation/closure"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/eli"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/objections"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/contingency-plan"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/transfer-projects/{id:guid}/transfer"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/employers/{id:guid}/staffing-forecasts"] = new([HrOfficer], Scope.Tenanted),
        ["GET /api/v1/staffing-forecasts/{id:guid}"] = new(CountReaders, Scope.Tenanted),
        ["PUT /api/v1/staffing-forecasts/{id:guid}/years/{startYear:int}"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staffing-forecasts/{id:guid}/years/{startYear:int}/uplift"] = new([HrOfficer], Scope.Tenanted),
        ["PUT /api/v1/staffing-forecasts/{id:guid}/years/{startYear:int}/one-off-approval"] =
            new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staffing-forecasts/{id:guid}/years/{startYear:int}/one-off-costs"] =
            new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staffing-forecasts/{id:guid}/recurrent-costs"] = new([HrOfficer], Scope.Tenanted),
        ["POST /api/v1/staffing-forecasts/{id:guid}/recurrent-costs/confirmations"] = new([HrOfficer], Scope.Tenanted),
        ["PUT /api/v1/staffing-forecasts/{id:guid}/pension-cost-share"] = new([HrOfficer], Scope.Tenanted),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
    };

    private static readonly Dictionary<string, Rule> WorkforceMethods = new()
    {
        ["commissioning.workforce.v1.WorkforceService.GetEstablishmentSummary"] =
            new([HrOfficer, Commissioner, PlatformAdmin], Scope.Tenanted),
        ["commissioning.workforce.v1.WorkforceService.GetStaffingForecast"] =
            new([HrOfficer, Commissioner, PlatformAdmin], Scope.Tenanted),
    };
}
