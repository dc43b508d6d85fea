using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Contracts.Api.Apis;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Agreements;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Monitoring;
using Contracts.Domain.Providers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Contracts.Tests.Store;

/// <summary>
/// A contract's parties (<see cref="ContractParty"/>), on SQLite and on PostgreSQL: the projection equals the
/// contracts' rows after awards, after a novation moves one to another host (its old host's row goes, the new
/// host's comes), after two changes saved by one unit of work and a save that changes nothing; the schema step
/// fills it from contracts already held; a commissioner's tenancies are those of the contracts naming it, and its
/// list, read page by page, is exactly those contracts in list order, with no gap or repeat.
/// </summary>
public sealed class ContractPartiesTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Wirral = "E08000015", Sefton = "E08000014", Knowsley = "E08000011";
    private static readonly DateOnly AwardedOn = new(2018, 3, 1);
    /// <summary>When the rows held before the schema step were written: any fixed instant, the step reads none.</summary>
    private static readonly DateTime StoredAt = new(2018, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DueDiligenceSignatories Signatories = new(new Dictionary<string, string>
    {
        [Wirral] = "Director of Adult Social Care", [Sefton] = "Director of Adult Social Care",
        [Knowsley] = "Director of Adult Social Care",
    });

    [Fact]
    public Task The_parties_follow_the_contracts_on_SQLite() =>
        SchemaUpgrades.OnSqlite("contract-parties-", FollowTheContracts);

    [Fact]
    public Task The_parties_follow_the_contracts_on_PostgreSQL() =>
        FollowTheContracts(SchemaUpgrades.OnPostgres(postgres, "contract_parties"));

    [Fact]
    public Task The_schema_step_fills_the_parties_of_contracts_held_on_SQLite() =>
        SchemaUpgrades.OnSqlite("contract-parties-step-", FillsTheParties);

    [Fact]
    public Task The_schema_step_fills_the_parties_of_contracts_held_on_PostgreSQL() =>
        FillsTheParties(SchemaUpgrades.OnPostgres(postgres, "contract_parties_step"));

    private static async Task FollowTheContracts(StoreOptions options)
    {
        await using (var store = Open(options)) await store.Database.MigrateAsync();
        var (awarded, wirral) = (new List<Guid>(), new List<Guid>());
        for (var save = 0; save < 4; save++)
        {
            await using var store = Open(options);
            for (var n = 0; n < 5; n++)
            {
                var contract = Award(store, save * 5 + n, n % 2 == 0 ? Wirral : Sefton);
                awarded.Add(contract.Id);
                if (n % 2 == 0) wirral.Add(contract.Id);
            }
            await store.SaveChangesAsync();
        }
        await MatchesTheContracts(options, 40);

        // A Wirral contract novated to Sefton and on to Knowsley in one unit of work, then saved with no change.
        var novated = wirral[0];
        wirral.Remove(novated);
        await using (var store = Open(options))
        {
            var contract = await store.Aggregates<CommissioningContract>().Get(novated);
            Novate(contract, Wirral, Sefton, new DateOnly(2019, 4, 1));
            await store.SaveChangesAsync();
            await MatchesTheContracts(options, 40);
            Novate(contract, Sefton, Knowsley, new DateOnly(2019, 10, 1));
            await store.SaveChangesAsync();
            await store.SaveChangesAsync();
        }
        await MatchesTheContracts(options, 40);
        await using (var store = Open(options))
        {
            var parties = await store.Set<ContractParty>().Where(p => p.Id == novated).Select(p => p.Party)
                .ToListAsync();
            Assert.Equal(Knowsley, Assert.Single(parties, p => p.StartsWith('E')));
        }

        Assert.Equal(wirral.Count, (await TenanciesOf(options, Wirral)).Count(t => t.Contains(' ')));
        var listed = new List<Guid>();
        for (var offset = 0; ; offset += 3)
        {
            var page = await ListedTo(options, Wirral, offset);
            if (page.Count == 0) break;
            listed.AddRange(page);
        }
        await using var system = Open(options);
        var order = await system.StoredAggregates.Where(a => a.Type == nameof(CommissioningContract))
            .OrderBy(a => a.UpdatedUtc).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync();
        Assert.Equal(order.Where(wirral.Contains), listed);
    }

    private static void Novate(CommissioningContract contract, string from, string to, DateOnly on)
    {
        contract.Novate(to, on, [.. new[] { from, to, contract.ProviderOdsCode }
            .Select(code => new Approval(code, "Head of Commissioning", on))]);
        // This store has no outbox (no eventing registered): the parties read no events.
        contract.ClearDomainEvents();
    }

    private static async Task FillsTheParties(StoreOptions options)
    {
        var contract = Guid.NewGuid();
        await using (var before = Open(options))
        {
            await before.GetService<IMigrator>().MigrateAsync("20261202000003_ContractTenancy");
            object Id(Guid id) => before.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
            await before.Database.ExecuteSqlAsync($"""
                INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version", "Tenancy")
                VALUES ({Id(contract)}, 'CommissioningContract', 'RXA', {"{}"}, {StoredAt},
                    {Id(Guid.NewGuid())}, 'E08000015 12F RXA'),
                    ({Id(Guid.NewGuid())}, 'ContractMonitoring', {contract.ToString()}, {"{}"}, {StoredAt},
                    {Id(Guid.NewGuid())}, 'E08000015 12F RXA')
                """);
        }
        await using (var store = Open(options)) await store.Database.MigrateAsync();
        await MatchesTheContracts(options, 3);
        Assert.Equal(["E08000015 12F RXA"], await TenanciesOf(options, "12F"));
    }

    /// <summary>Asserts the projection holds one row per contract and party, as the rows stand.</summary>
    private static async Task MatchesTheContracts(StoreOptions options, int expected)
    {
        await using var store = Open(options);
        var rows = await store.StoredAggregates.Where(a => a.Type == nameof(CommissioningContract)).ToListAsync();
        var fromRows = rows.SelectMany(row => row.Tenancy!.Split(' ')
            .Select(party => (row.Id, party, (string?)row.Tenancy, row.UpdatedUtc))).Order().ToList();
        var projected = (await store.Set<ContractParty>().ToListAsync())
            .Select(p => (p.Id, p.Party, p.Tenancy, p.UpdatedUtc)).Order().ToList();
        Assert.Equal(expected, fromRows.Count);
        Assert.Equal(fromRows, projected);
    }

    private static async Task<IReadOnlyCollection<string>> TenanciesOf(StoreOptions options, string commissioner)
    {
        var caller = new Caller("user", commissioner, new HashSet<string> { Roles.Commissioner },
            new HashSet<string>());
        await using var store = Open(options, caller);
        await store.EnterTenancyAsync();
        return [.. store.AdmittedTenancies!.Where(t => t != commissioner)];
    }

    private static async Task<List<Guid>> ListedTo(StoreOptions options, string commissioner, int offset)
    {
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(CommissioningClaims.Subject, "commissioner"),
                new Claim(CommissioningClaims.Organisation, commissioner),
                new Claim(CommissioningClaims.Role, Roles.Commissioner),
            ], "Bearer")),
        };
        var builder = new DbContextOptionsBuilder<ContractsStore>();
        ServiceStore.Configure(builder, options, "contracts", typeof(ContractsStore).Assembly.GetName().Name!);
        await using var store = new ContractsStore(builder.Options,
            new HttpAuditActor(new HttpContextAccessor { HttpContext = http }));
        await store.EnterTenancyAsync();
        return [.. (await ContractsApi.List(offset, 3, store, http)).Select(c => c.Id)];
    }

    /// <summary>A contract awarded to a provider of its own on signed-off due diligence, with its monitoring.</summary>
    private static CommissioningContract Award(ContractsStore store, int n, string commissioner)
    {
        var provider = Provider.Register($"Provider {n}", $"PR{n:0000}", ProviderSector.Private, $"1-{n:000000000}");
        provider.RecordCqcRating(CqcRating.Good, new DateOnly(2017, 6, 1));
        provider.RecordLivingWage(LivingWageStatus.Paid, new DateOnly(2017, 6, 1));
        var assessment = DueDiligenceAssessment.Start(provider.Id, new DateOnly(2017, 10, 2));
        foreach (var area in DueDiligenceAreas.All)
            assessment.Assess(area, area.AssessedBy(), "Evaluation team member", AreaOutcome.Satisfactory,
                new DateOnly(2017, 12, 1));
        assessment.SignOff("Director", "Director of Adult Social Care", new DateOnly(2017, 12, 15),
            Signatories.For(commissioner, "signatoryRole"));
        var contract = CommissioningContract.Award(Terms(n, commissioner), provider, assessment,
            [new Approval(commissioner, "Head of Commissioning", new DateOnly(2017, 10, 2))], AwardedOn, Signatories);
        var monitoring = ContractMonitoring.Begin(contract, []);
        // This store has no outbox (no eventing registered): the parties read no events.
        foreach (var raised in new AggregateRoot[] { provider, assessment, contract, monitoring })
            raised.ClearDomainEvents();
        store.Aggregates<Provider>().Add(provider, LookupKeys.Provider(provider.OdsCode));
        store.Aggregates<DueDiligenceAssessment>().Add(assessment, LookupKeys.Of(provider.Id));
        store.Aggregates<CommissioningContract>().Add(contract, LookupKeys.ContractsOf(contract.ProviderOdsCode));
        store.Aggregates<ContractMonitoring>().Add(monitoring, LookupKeys.Of(contract.Id));
        return contract;
    }

    private static ContractTerms Terms(int n, string commissioner) => new()
    {
        Reference = $"LA-{n:000000}",
        Title = "Residential care placements",
        Type = ContractType.LocalAuthorityContract,
        Commissioners = [commissioner],
        LeadCommissioner = commissioner,
        Funding = new ContractFunding(Guid.Parse("5a1c7f0e-0000-4000-8000-000000000001"), FundingPot.B),
        AnnualValue = 250_000m,
        StartsOn = new DateOnly(2018, 4, 1),
        EndsOn = new DateOnly(2021, 3, 31),
        NoticeMonths = 3,
        VatStatus = VatStatus.Exempt,
        Route = ProcurementRoute.CompetitiveTender,
    };

    private static ContractsStore Open(StoreOptions options, Caller? caller = null)
    {
        var builder = new DbContextOptionsBuilder<ContractsStore>();
        ServiceStore.Configure(builder, options, "contracts", typeof(ContractsStore).Assembly.GetName().Name!);
        return new ContractsStore(builder.Options, new SchemaUpgradeActor(caller));
    }
}
