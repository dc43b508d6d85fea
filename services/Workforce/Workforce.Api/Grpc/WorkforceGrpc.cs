using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Protos;
using Commissioning.Protos.Workforce.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Workforce.Api.Infrastructure;

namespace Workforce.Api.Grpc;

/// <summary>
/// commissioning.workforce.v1.WorkforceService: what other services ask of an employer's establishment
/// (counts and costs, never personal data). The caller's token travels with the call, so the tenancy is
/// the original caller's: an employer the caller's organisation is not is NOT_FOUND.
/// </summary>
[Authorize(Roles = Readers)]
public sealed class WorkforceGrpc(WorkforceStore store) : WorkforceService.WorkforceServiceBase
{
    private const string Readers = Roles.HrOfficer + "," + Roles.Commissioner + "," + Roles.PlatformAdmin;

    public override async Task<GetEstablishmentSummaryResponse> GetEstablishmentSummary(
        GetEstablishmentSummaryRequest request, ServerCallContext call)
    {
        var employer = await store.EmployerByCode(request.Employer?.Code, "employer.code");
        var establishment = await store.EstablishmentOf(employer.Id, "employer.code");
        var teams = request.TeamIds.Count == 0 ? establishment.Teams
            : request.TeamIds.Select((id, i) => establishment.Team(Id(id, $"teamIds[{i}]"))).ToList();
        var response = new GetEstablishmentSummaryResponse
        {
            TotalFteHundredths = teams.Sum(t => t.Figures.FteInPost.Hundredths),
            TotalVacantFteHundredths = teams.Sum(t => t.Figures.VacantFte.Hundredths),
            AnnualStaffCost = teams.Sum(t => t.Figures.StaffBudget).ToProtoMoney(),
        };
        response.Teams.AddRange(teams.Select(t => new TeamEstablishment
        {
            TeamId = t.Id.ToString(), Name = t.Name, FteHundredths = t.Figures.FteInPost.Hundredths,
            VacantFteHundredths = t.Figures.VacantFte.Hundredths, Posts = t.Figures.Posts ?? 0,
        }));
        return response;
    }

    private static Guid Id(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw RuleViolation.Invalid(field, $"'{value}' is not an id.");
}
