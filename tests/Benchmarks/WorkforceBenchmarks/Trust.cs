using System.Diagnostics;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.Forecasts;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;

namespace WorkforceBenchmarks;

/// <summary>
/// A large NHS trust's establishment: <c>teams</c> teams holding <c>records</c> staff records between them, a
/// staffing forecast over the teams' budgets, and a transfer project to another trust with every record assigned,
/// stored the way the API stores them (aggregate rows with their audit, saved a thousand records at a time).
/// </summary>
public sealed record Trust(Guid EmployerId, Guid ForecastId, Guid ProjectId)
{
    public static readonly DateOnly Today = new(2018, 3, 1);

    public static async Task<Trust> Create(WorkforceStore store, int records, int teams)
    {
        var trust = Employer.Register("Large NHS trust", EmployerKind.NhsBody, "RXA");
        var transferee = Employer.Register("Receiving NHS trust", EmployerKind.NhsBody, "RBL");
        var perTeam = (records + teams - 1) / teams;
        var establishment = Establishment.State(trust, Enumerable.Range(0, teams).Select(t =>
            new TeamFigures($"Team {t:000}", perTeam * 35_000m, perTeam, Fte.Of(perTeam, "fte"), Fte.Zero)).ToList());
        var forecast = StaffingForecast.Prepare(trust, "Trust staffing", null, null);
        var project = TransferProject.Plan("Service transfer", trust, transferee, new DateOnly(2018, 4, 1), null,
            Today);
        store.Aggregates<Employer>().Add(trust, trust.Code);
        store.Aggregates<Employer>().Add(transferee, transferee.Code);
        store.Aggregates<Establishment>().Add(establishment, trust.Id.ToString());
        store.Aggregates<StaffingForecast>().Add(forecast, trust.Id.ToString());
        store.Aggregates<TransferProject>().Add(project, trust.Id.ToString());
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < records; n++)
        {
            var record = StaffRecord.Open(trust, establishment, establishment.Teams[n % teams].Id,
                new PersonalDetails("Staff", $"Member{n}", new DateOnly(1960 + n % 40, 1 + n % 12, 1 + n % 28),
                    $"P{n}"),
                new StaffTerms(Fte.Of(n % 5 == 0 ? 0.5m : 1m, "fte"), new DateOnly(2000 + n % 18, 4, 1),
                    "NHS Agenda for Change", PensionScheme.NhsPensionScheme, $"Band {5 + n % 4}"), Today);
            project.AssignEmployee(record, establishment);
            store.Aggregates<StaffRecord>().Add(record, trust.Id.ToString());
            if (n % 1_000 == 999) await store.SaveChangesAsync();
        }
        await store.SaveChangesAsync();
        Console.WriteLine(
            $"  stored {records:N0} staff records in {teams} teams in {watch.Elapsed.TotalSeconds:0.0} s");
        return new Trust(trust.Id, forecast.Id, project.Id);
    }
}
