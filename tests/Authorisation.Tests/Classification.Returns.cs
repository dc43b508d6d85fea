using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Statutory returns' routes (issue 18 cap. 7): only a council's returns officer opens, collects, validates,
/// signs off, submits and resubmits its council's returns; the council's other staff read them, auditors and
/// platform administrators read every council's; a provider user reads none, even for activity delegated to it
/// (P: statutory returns cannot be delegated). Another council's return is a 404. Rebuilding the CLD read model
/// or the s75 decisions' is an operator's act. GetPeriodStatus reads as GET /api/v1/returns/{id} does: the council
/// named in the request must be the caller's (NOT_FOUND otherwise), any council for an auditor or a platform
/// administrator.
/// </summary>
public static partial class Classification
{
    private static readonly string[] ReturnReaders = [.. All.Except([ProviderUser])];

    private static readonly Dictionary<string, Rule> ReturnsTable = new()
    {
        ["POST /api/v1/returns"] = new([ReturnsOfficer], Scope.Listing),
        ["GET /api/v1/returns"] = new(ReturnReaders, Scope.Listing),
        ["GET /api/v1/returns/{id:guid}"] = new(ReturnReaders, Scope.Tenanted),
        ["GET /api/v1/returns/{id:guid}/artefact"] = new(ReturnReaders, Scope.Tenanted),
        ["POST /api/v1/returns/{id:guid}/collections"] = new([ReturnsOfficer], Scope.Tenanted),
        ["POST /api/v1/returns/{id:guid}/validations"] = new([ReturnsOfficer], Scope.Tenanted),
        ["POST /api/v1/returns/{id:guid}/sign-off"] = new([ReturnsOfficer], Scope.Tenanted),
        ["POST /api/v1/returns/{id:guid}/submissions"] = new([ReturnsOfficer], Scope.Tenanted),
        ["POST /api/v1/returns/{id:guid}/resubmissions"] = new([ReturnsOfficer], Scope.Tenanted),
        ["POST /api/v1/returns/read-models/cld/rebuild"] = new([PlatformAdmin], Scope.Operator),
        ["POST /api/v1/returns/read-models/s75-decisions/rebuild"] = new([PlatformAdmin], Scope.Operator),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
    };

    private static readonly Dictionary<string, Rule> ReturnsMethods = new()
    {
        ["commissioning.returns.v1.ReturnsService.GetPeriodStatus"] = new(ReturnReaders, Scope.Tenanted),
    };
}
