using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Infrastructure;

/// <summary>
/// The caller as <see cref="PoolAccess"/> sees it: the partner body whose organisation code (GSS for
/// a council, ODS for a CCG or ICB) the token's "org" claim carries, acting in one capacity.
/// </summary>
/// <remarks>
/// Decisions: a caller whose organisation is not a body of the agreement's partnership acts for no
/// body (so every check refuses it). A capacity the caller's roles do not give falls back to
/// <see cref="ActorRole.Reader"/>, and a provider user is always <see cref="ActorRole.ProviderUser"/>.
/// A body's approval of a settlement is recorded by its <c>approver</c>, who holds the body's
/// delegated authority, so the pool manager who runs a settlement is not the one who approves it.
/// </remarks>
public static class PoolCaller
{
    /// <summary>The roles that read a pool, as an authorisation attribute names them.</summary>
    public const string ReaderRoles = Roles.FinanceOfficer + "," + Roles.PoolManager + "," + Roles.Commissioner + ","
        + Roles.Auditor + "," + Roles.Approver;

    /// <summary>
    /// The roles that read a pool; which pool is then decided by the caller's body (open book for partners).
    /// </summary>
    public static readonly string[] Readers = ReaderRoles.Split(',');

    public static async Task<Actor> ActorFor(PooledFinanceStore store, ClaimsPrincipal user,
        Section75Agreement agreement, ActorRole capacity = ActorRole.Reader) =>
        ActorFor(user, await store.Aggregates<Partnership>().Get(agreement.PartnershipId, "partnershipId"), capacity);

    private static Actor ActorFor(ClaimsPrincipal user, Partnership partnership, ActorRole capacity)
    {
        var caller = Caller.From(user);
        if (!Readers.Any(caller.IsIn))
            throw PooledFinanceApiRules.ReadByPartnerRoles.Broken("role",
                "Only a partner's finance, pool, commissioning, audit or approval roles read a pool.");
        var body = partnership.Bodies.FirstOrDefault(b =>
            string.Equals(b.Code, caller.Organisation, StringComparison.OrdinalIgnoreCase));
        return new Actor(body?.Id ?? Guid.Empty, RoleOf(caller, capacity));
    }

    /// <summary>A partnership, once the caller is known to act for one of its bodies (open book).</summary>
    public static async Task<(Partnership Partnership, Actor Actor)> OpenPartnership(PooledFinanceStore store,
        ClaimsPrincipal user, Guid partnershipId, ActorRole capacity = ActorRole.Reader)
    {
        var partnership = await store.Aggregates<Partnership>().Get(partnershipId, "partnershipId");
        var actor = ActorFor(user, partnership, capacity);
        PoolAccess.RequireRead(actor, partnership);
        return (partnership, actor);
    }

    /// <summary>A fund and its agreement, once the caller is known to be one of its partners (open book).</summary>
    public static async Task<(Fund Fund, Section75Agreement Agreement, Actor Actor)> OpenFund(PooledFinanceStore store,
        ClaimsPrincipal user, Guid fundId, ActorRole capacity = ActorRole.Reader)
    {
        var fund = await store.Aggregates<Fund>().Get(fundId);
        var agreement = await store.Aggregates<Section75Agreement>().Get(fund.AgreementId, "agreementId");
        var actor = await ActorFor(store, user, agreement, capacity);
        PoolAccess.RequireRead(actor, agreement);
        return (fund, agreement, actor);
    }

    /// <summary>An agreement, once the caller is known to be one of its partners (open book).</summary>
    public static async Task<(Section75Agreement Agreement, Actor Actor)> OpenAgreement(PooledFinanceStore store,
        ClaimsPrincipal user, Guid agreementId, ActorRole capacity = ActorRole.Reader)
    {
        var agreement = await store.Aggregates<Section75Agreement>().Get(agreementId);
        var actor = await ActorFor(store, user, agreement, capacity);
        PoolAccess.RequireRead(actor, agreement);
        return (agreement, actor);
    }

    /// <summary>A partnership's agreements; an unknown partnership is a 404, not an empty list.</summary>
    public static async Task<IReadOnlyList<Section75Agreement>> AgreementsOf(PooledFinanceStore store,
        Guid partnershipId)
    {
        await store.Aggregates<Partnership>().Get(partnershipId, "partnershipId");
        return await store.Aggregates<Section75Agreement>().List(partnershipId.ToString());
    }

    /// <summary>
    /// Lets an endpoint run only for a partner of the agreement named by <paramref name="routeValue"/> (open book,
    /// W:716).
    /// </summary>
    public static RouteHandlerBuilder RequirePartnerOf(this RouteHandlerBuilder endpoint, string routeValue) =>
        endpoint.RequireBefore(routeValue, (store, user, id) => OpenAgreement(store, user, id));

    /// <summary>
    /// Lets an endpoint run only for a partner of the agreement whose fund <paramref name="routeValue"/> names.
    /// </summary>
    public static RouteHandlerBuilder RequirePartnerOfFund(this RouteHandlerBuilder endpoint, string routeValue) =>
        endpoint.RequireBefore(routeValue, (store, user, id) => OpenFund(store, user, id));

    private static RouteHandlerBuilder RequireBefore(this RouteHandlerBuilder endpoint, string routeValue,
        Func<PooledFinanceStore, ClaimsPrincipal, Guid, Task> check) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var id = Guid.Parse((string)context.HttpContext.Request.RouteValues[routeValue]!);
            var store = context.HttpContext.RequestServices.GetRequiredService<PooledFinanceStore>();
            await check(store, context.HttpContext.User, id);
            return await next(context);
        });

    private static ActorRole RoleOf(Caller caller, ActorRole capacity)
    {
        if (caller.IsIn(Roles.ProviderUser)) return ActorRole.ProviderUser;
        var role = capacity switch
        {
            ActorRole.FinanceOfficer => Roles.FinanceOfficer,
            ActorRole.PoolManager => Roles.PoolManager,
            ActorRole.Approver => Roles.Approver,
            _ => null,
        };
        return role is not null && caller.IsIn(role) ? capacity : ActorRole.Reader;
    }
}
