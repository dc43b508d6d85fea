using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.Vat;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// VAT (issue 16 item 10): a council's partial-exemption position for a year, stated by its finance officer and
/// read by every partner (W:693-695), and what each principal needs from a fund's host (W:682-687).
/// </summary>
public static class VatApi
{
    private static readonly Commissioning.ServiceDefaults.OpenApi.PartnerTag Tag = FinanceTags.Vat;

    public static void MapVatApi(this WebApplication app)
    {
        var positions = app.MapGroup("/api/v1/partnerships/{partnershipId:guid}/vat-positions");
        positions.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listVatPositions", "List the councils' partial-exemption positions",
                "Each council's position for each year stated.", Status404NotFound);
        positions.MapPost("/", State).RequireAuthorization(PooledFinancePolicies.StatesVatPositions)
            .Documented(Tag, "stateVatPosition", "State a council's partial-exemption figures for a year",
                "The council's finance officer states its input VAT, the part relating to exempt supplies and "
                + "the part incurred as commissioner (non-business, not exempt: W:695). One per council and year.",
                Status400BadRequest, Status404NotFound, Status409Conflict);
        positions.MapGet("/{id:guid}", Get).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "getVatPosition", "Read a council's partial-exemption position",
                "The exempt share against the 5% de minimis (W:693), the headroom, what is recoverable and what "
                + "is at risk beyond it; commissioning VAT has no impact on the calculation (W:695).",
                Status404NotFound);
        app.MapGet("/api/v1/funds/{fundId:guid}/vat-evidence", Evidence)
            .RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "getFundVatEvidence", "Read the VAT evidence each principal needs",
                "Under the agent model each partner but the host is the principal of its lines and needs "
                + "recovery evidence, apportionment and VAT on the management charge (W:683-685); under either "
                + "model charges between partners may bear VAT (W:687).", Status404NotFound);
    }

    private static async Task<Ok<List<VatPositionView>>> List(Guid partnershipId, ClaimsPrincipal user,
        PooledFinanceStore store) =>
        TypedResults.Ok((await PartnershipRecords.List<CouncilVatPosition>(store, user, partnershipId))
            .OrderBy(p => p.Year.StartYear).Select(VatPositionView.Of).ToList());

    private static async Task<Ok<VatPositionView>> Get(Guid partnershipId, Guid id, ClaimsPrincipal user,
        PooledFinanceStore store) =>
        TypedResults.Ok(VatPositionView.Of(await PartnershipRecords.Get<CouncilVatPosition>(store, user,
            partnershipId, id, p => p.PartnershipId)));

    private static async Task<Created<VatPositionView>> State(Guid partnershipId, NewVatPosition r,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (partnership, actor) = await PartnershipRecords.OpenForChange(store, user, partnershipId);
        var year = FinancialYear.Parse(r.FinancialYear);
        var position = CouncilVatPosition.State(partnership, r.CouncilBodyId, year, r.TotalInputVat,
            r.ExemptInputVat, r.CommissioningInputVat);
        PoolAccess.RequireChange(actor, position);
        store.Aggregates<CouncilVatPosition>().Add(position, key: partnershipId.ToString(), new UniqueKey(
            $"vat-position:{r.CouncilBodyId}:{year}", "financialYear",
            $"The council's {year} position is already stated."));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/vat-positions/{position.Id}",
            VatPositionView.Of(position));
    }

    private static async Task<Ok<FundVatEvidenceView>> Evidence(Guid fundId, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (fund, agreement, _) = await PoolCaller.OpenFund(store, user, fundId);
        var partnership = await store.Aggregates<Partnership>().Get(agreement.PartnershipId, "partnershipId");
        return TypedResults.Ok(FundVatEvidenceView.Of(fund, AgentVatEvidence.For(fund, partnership)));
    }
}
