using System.Security.Claims;
using CarePackages.Api.Apis;
using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace CarePackages.Tests.Store;

/// <summary>
/// A placement request's invited providers (<see cref="PlacementInvitation"/>), on SQLite and on PostgreSQL: the
/// projection equals the requests' rows after they are issued, after a round closes and the request is brokered
/// again to other providers, after a provider is withdrawn (twice in one unit of work, and again on a redelivered
/// suspension, which changes nothing); the schema step fills it from requests already held; and a provider reading
/// the list page by page sees exactly the requests it was invited to, in list order, with no gap or repeat.
/// </summary>
public sealed class PlacementInvitationsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Council = "E08000015", Other = "E08000012", Locality = "Wirral West";
    private static readonly DateTimeOffset IssuedAt = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid[] Homes =
        [.. Enumerable.Range(0, 6).Select(n => PlatformIds.Organisation($"VN{n:0000}"))];

    [Fact]
    public Task The_invitations_follow_the_requests_on_SQLite() =>
        SchemaUpgrades.OnSqlite("care-invitations-", FollowTheRequests);

    [Fact]
    public Task The_invitations_follow_the_requests_on_PostgreSQL() =>
        FollowTheRequests(SchemaUpgrades.OnPostgres(postgres, "care_invitations"));

    [Fact]
    public Task The_schema_step_fills_the_invitations_of_requests_held_on_SQLite() =>
        SchemaUpgrades.OnSqlite("care-invitations-step-", FillsTheInvitations);

    [Fact]
    public Task The_schema_step_fills_the_invitations_of_requests_held_on_PostgreSQL() =>
        FillsTheInvitations(SchemaUpgrades.OnPostgres(postgres, "care_invitations_step"));

    [Fact]
    public Task A_provider_pages_through_exactly_its_invitations_on_SQLite() =>
        SchemaUpgrades.OnSqlite("care-invitations-list-", PagesItsInvitations);

    [Fact]
    public Task A_provider_pages_through_exactly_its_invitations_on_PostgreSQL() =>
        PagesItsInvitations(SchemaUpgrades.OnPostgres(postgres, "care_invitations_list"));

    private static async Task FollowTheRequests(StoreOptions options)
    {
        await using (var store = Open(options)) await store.Database.MigrateAsync();
        var (first, second) = (Issue([Homes[0], Homes[1]]), Issue([Homes[1], Homes[2]]));
        await using (var store = Open(options))
        {
            Add(store, first, Council);
            Add(store, second, Other);
            await store.SaveChangesAsync();
        }
        await MatchesTheRequests(options, 4);

        // Nobody offered: the round closes and the request goes to the next providers (Homes[1] asked again).
        await using (var store = Open(options))
        {
            var request = await store.Aggregates<PlacementRequest>().Get(first.Id);
            request.CloseOffers(request.ClosesAt);
            request.Rebroker(Broker(Council), Facts([Homes[1], Homes[3]]), BrokerageSettings.Default,
                request.ClosesAt);
            Quiet(request);
            await store.SaveChangesAsync();
        }
        await MatchesTheRequests(options, 5);

        // Two changes saved by one unit of work, then the same suspension delivered again: nothing to withdraw.
        await using (var store = Open(options))
        {
            var request = await store.Aggregates<PlacementRequest>().Get(second.Id);
            Assert.True(request.WithdrawProvider(Homes[1], "Suspended", IssuedAt));
            Quiet(request);
            await store.SaveChangesAsync();
            Assert.True(request.WithdrawProvider(Homes[2], "Suspended", IssuedAt));
            Quiet(request);
            await store.SaveChangesAsync();
        }
        await MatchesTheRequests(options, 5);
        await using (var store = Open(options))
        {
            var request = await store.Aggregates<PlacementRequest>().Get(second.Id);
            Assert.False(request.WithdrawProvider(Homes[1], "Suspended", IssuedAt));
            await store.SaveChangesAsync();
        }
        await MatchesTheRequests(options, 5);
    }

    private static async Task FillsTheInvitations(StoreOptions options)
    {
        var request = Issue([Homes[0], Homes[1]]);
        request.CloseOffers(request.ClosesAt);
        request.Rebroker(Broker(Council), Facts([Homes[1], Homes[2]]), BrokerageSettings.Default, request.ClosesAt);
        Quiet(request);
        await using (var before = Open(options))
        {
            await before.GetService<IMigrator>().MigrateAsync("20261202000003_TenancyOfCouncils");
            // Written as the store wrote it before the step: no invitations beside the row.
            object Id(Guid id) => before.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
            await before.Database.ExecuteSqlAsync($"""
                INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version", "Tenancy")
                VALUES ({Id(request.Id)}, 'PlacementRequest', {request.SupportPlanId.ToString()},
                    {DomainJson.Serialize(request)}, {IssuedAt.UtcDateTime}, {Id(Guid.NewGuid())}, {Council})
                """);
        }
        await using (var store = Open(options)) await store.Database.MigrateAsync();
        await MatchesTheRequests(options, 3);
    }

    private static async Task PagesItsInvitations(StoreOptions options)
    {
        await using (var store = Open(options))
        {
            await store.Database.MigrateAsync();
            var provider = KnownOrganisation.For("VN0000", "Care home 0");
            provider.NamedIn(Council);
            provider.NamedIn(Other);
            store.Aggregates<KnownOrganisation>().Add(provider);
            await store.SaveChangesAsync();
        }
        // 30 requests over six saves, a third of them to VN0000 (Homes[0]), in two councils.
        var invited = new List<Guid>();
        for (var save = 0; save < 6; save++)
        {
            await using var store = Open(options);
            for (var n = 0; n < 5; n++)
            {
                var homes = (save * 5 + n) % 3 == 0 ? new[] { Homes[0], Homes[4] } : [Homes[4], Homes[5]];
                var request = Issue(homes);
                Add(store, request, n % 2 == 0 ? Council : Other);
                if (homes.Contains(Homes[0])) invited.Add(request.Id);
            }
            await store.SaveChangesAsync();
        }

        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(CommissioningClaims.Subject, "vn0000-manager"),
                new Claim(CommissioningClaims.Organisation, "VN0000"),
                new Claim(CommissioningClaims.Role, Roles.ProviderUser),
            ], "Bearer")),
        };
        var listed = new List<Guid>();
        for (var offset = 0; ; offset += 3)
        {
            await using var store = Open(options, new HttpAuditActor(new HttpContextAccessor { HttpContext = http }));
            await store.EnterTenancyAsync();
            var page = await BrokerageApi.List(offset, 3, http, store);
            if (page.Count == 0) break;
            Assert.All(page, r => Assert.Equal(Homes[0], Assert.Single(r.Invitations).ProviderId));
            listed.AddRange(page.Select(r => r.Id));
        }
        await using var system = Open(options);
        var order = await system.StoredAggregates.Where(a => a.Type == nameof(PlacementRequest))
            .OrderBy(a => a.UpdatedUtc).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync();
        Assert.Equal(order.Where(invited.Contains), listed);
    }

    /// <summary>Asserts the projection holds one row per request and invited provider, as the rows stand.</summary>
    private static async Task MatchesTheRequests(StoreOptions options, int expected)
    {
        await using var store = Open(options);
        var rows = await store.StoredAggregates.Where(a => a.Type == nameof(PlacementRequest)).ToListAsync();
        var fromRows = rows.SelectMany(row => DomainJson.Deserialize<PlacementRequest>(row.Body).Invitations
                .Select(i => i.ProviderId).Distinct().Select(p => (row.Id, p, row.Tenancy, row.UpdatedUtc)))
            .Order().ToList();
        var projected = (await store.Set<PlacementInvitation>().ToListAsync())
            .Select(i => (i.Id, i.ProviderId, i.Tenancy, i.UpdatedUtc)).Order().ToList();
        Assert.Equal(expected, fromRows.Count);
        Assert.Equal(fromRows, projected);
    }

    private static void Add(CarePackagesStore store, PlacementRequest request, string council)
    {
        store.Aggregates<PlacementRequest>().Add(request, LookupKeys.Of(request.SupportPlanId));
        // A request takes its plan's council; the plans are left out, so its row is given its council here.
        store.StoredAggregates.Local.Single(r => r.Id == request.Id).Tenancy = council;
    }

    private static PlacementRequest Issue(IEnumerable<Guid> homes) => Quiet(PlacementRequest.Issue(Guid.NewGuid(),
        ServiceType.ResidentialCare, Locality, DateOnly.FromDateTime(IssuedAt.UtcDateTime).AddDays(14),
        "Needs help with personal care at night.", Facts(homes), BrokerageSettings.Default, Broker(Council),
        IssuedAt));

    // This store has no outbox (no eventing registered): the invitations read no events.
    private static PlacementRequest Quiet(PlacementRequest request)
    {
        request.ClearDomainEvents();
        return request;
    }

    private static List<ProviderFacts> Facts(IEnumerable<Guid> homes) => [.. homes.Select(home =>
        new ProviderFacts(home, true, CqcRating.Good, false, new HashSet<ServiceType> { ServiceType.ResidentialCare },
            new HashSet<string> { Locality }, 3, true, 80m))];

    private static Actor Broker(string council) => new(Guid.NewGuid(), Role.Broker, PlatformIds.Organisation(council));

    private static CarePackagesStore Open(StoreOptions options, IAuditActor? actor = null)
    {
        var builder = new DbContextOptionsBuilder<CarePackagesStore>();
        ServiceStore.Configure(builder, options, "care-packages", typeof(CarePackagesStore).Assembly.GetName().Name!);
        return new CarePackagesStore(builder.Options, actor ?? new SchemaUpgradeActor(), Rules);
    }

    private static readonly CarePackagesRules Rules = new(new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?>
        {
            ["People:PseudonymKey"] = Convert.ToBase64String(new byte[32]),
            ["Verification:VerifierWeeklyLimit"] = "1000", ["Verification:VerifierOneOffLimit"] = "5000",
        }).Build());
}
