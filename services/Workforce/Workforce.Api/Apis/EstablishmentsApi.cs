using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// An employer's establishment table (A §1.15 L374-379): its HR officers state and restate it; its
/// commissioners read the counts and costs. A total row that disagrees with its teams is refused,
/// naming the row and the figure, and nothing is stored.
/// </summary>
public static class EstablishmentsApi
{
    private static readonly PartnerTag Tag = WorkforceTags.Employers;

    public static void MapEstablishmentsApi(this RouteGroupBuilder employers)
    {
        var api = employers.MapGroup("/{id:guid}/establishment");
        api.MapPut("/", State)
            .Documented(Tag, "stateEstablishment", "State the employer's establishment",
                "An HR officer of the employer states its teams (posts, FTE in post, vacancies, headcount, staff "
                + "budget) with any total rows, which must equal the sum of their teams; a team keeps its id by name.",
                Status400BadRequest, Status404NotFound)
            .WithExample(WorkforceExamples.WirralTable, WorkforceExamples.WirralEstablishment);
        api.MapGet("/", async (Guid id, WorkforceStore store) => EstablishmentView.Of(await store.EstablishmentOf(id)))
            .Documented(Tag, "getEstablishment", "Read the employer's establishment",
                "Teams and totals, counts and costs only: in-scope FTE = FTE in post + vacancies.", Status404NotFound);
        api.MapPost("/totals-check", Check)
            .Documented(Tag, "checkEstablishmentTotals", "Check an establishment table's totals",
                "Adds up a table's teams and checks every stated total row against them, storing nothing: the "
                + "totals, or a problem naming the row and figure that disagree.", Status400BadRequest,
                Status404NotFound);
    }

    private static async Task<EstablishmentView> State(Guid id, EstablishmentTable table, WorkforceStore store,
        HttpContext http)
    {
        var employer = await store.Aggregates<Employer>().Get(id);
        EmployerAccess.RequireHrOfficerOf(http.User, employer.Code);
        var establishment = await store.FindEstablishment(id);
        if (establishment is null)
        {
            establishment = Establishment.State(employer, table.Figures(), table.Rows());
            store.Aggregates<Establishment>().Add(establishment, id.ToString(),
                new UniqueKey(id.ToString(), "id", $"Employer {employer.Code} has its establishment already."));
        }
        else establishment.Restate(table.Figures(), table.Rows());
        await store.SaveChangesAsync();
        return EstablishmentView.Of(establishment);
    }

    private static async Task<EstablishmentTotalsView> Check(Guid id, EstablishmentTable table, WorkforceStore store)
    {
        var employer = await store.Aggregates<Employer>().Get(id);
        return EstablishmentTotalsView.Of(Establishment.State(employer, table.Figures(), table.Rows()).Totals);
    }
}
