using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Protos;
using Commissioning.Protos.Workforce.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Forecasts;

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
            : request.TeamIds.Select((id, i) => establishment.Team(id.ToId($"teamIds[{i}]"))).ToList();
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

    /// <summary>The employer's forecast that states the year (A Table 1: £5.03m in 2018/19).</summary>
    public override async Task<GetStaffingForecastResponse> GetStaffingForecast(GetStaffingForecastRequest request,
        ServerCallContext call)
    {
        var employer = await store.EmployerByCode(request.Employer?.Code, "employer.code");
        var year = request.FinancialYear.ToFinancialYear("financialYear");
        var forecast = (await store.Aggregates<StaffingForecast>().List(employer.Id.ToString()))
            .FirstOrDefault(f => f.Years.Any(y => y.Year == year))
            ?? throw RuleViolation.NotFound("financialYear", $"{employer.Code} has no staffing forecast for {year}.");
        var figures = forecast.FiguresFor(year);
        var response = new GetStaffingForecastResponse
        {
            FinancialYear = request.FinancialYear, NetStaffing = figures.Subtotal.ToProtoMoney(),
            BudgetLineCode = forecast.FundingLine?.BudgetLineCode ?? "",
            FundId = forecast.FundingLine?.FundId.ToString() ?? "",
        };
        response.Lines.AddRange(figures.Teams.Select(t => new StaffingForecastLine
        {
            Name = t.TeamName, Amount = t.Amount.ToProtoMoney(),
        }));
        response.Lines.Add(new StaffingForecastLine { Name = "pay-award", Amount = figures.PayAward.ToProtoMoney() });
        response.Lines.Add(new StaffingForecastLine
        {
            Name = "vacancy-factor", Amount = (-figures.VacancyFactor).ToProtoMoney(),
        });
        response.Lines.Add(new StaffingForecastLine
        {
            Name = "unpaid-leave", Amount = (-figures.UnpaidLeave).ToProtoMoney(),
        });
        return response;
    }

}
