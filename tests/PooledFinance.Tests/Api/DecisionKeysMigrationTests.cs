using System.Text.Json.Nodes;
using Commissioning.Domain;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Governance decisions stored before the unique index get the key a request for the same decision computes, on
/// SQLite and on PostgreSQL: Plymouth City Council's Cabinet approving P's s75 in principle on 11/11/14 (P:L54),
/// stored before outcomes were recorded, and the CCG's Governing Body deferring it on 26/11/14 (P:L57's body). The
/// same decision then stored again is refused by the index (409).
/// </summary>
public sealed class DecisionKeysMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public Task Decisions_stored_before_the_index_get_their_key_on_SQLite() =>
        SchemaUpgrades.OnSqlite("decision-keys-", FillsTheKeys);

    [Fact]
    public async Task Decisions_stored_before_the_index_get_their_key_on_PostgreSQL() =>
        await FillsTheKeys(SchemaUpgrades.OnPostgres(postgres, "decisionkeys"));

    private static async Task FillsTheKeys(StoreOptions options)
    {
        var council = PartnerBody.Create("Plymouth City Council", StatutoryBodyKind.Council, "E06000026");
        var ccg = PartnerBody.Create("NHS Northern, Eastern and Western Devon CCG",
            StatutoryBodyKind.ClinicalCommissioningGroup, "99P");
        var partnership = Partnership.Create("Plymouth Integrated Health and Wellbeing", [council, ccg]);
        var agreement = Section75Agreement.Draft(partnership, "Plymouth integrated commissioning s75 2015",
            ["One System One Budget"], ["Adult social care commissioning"], new DateOnly(2015, 4, 1), null,
            new DateOnly(2016, 3, 31), 3);
        GovernanceDecision Decide(PartnerBody body, string name, string subject, DateOnly on, DecisionOutcome outcome)
            => GovernanceDecision.Record(agreement, body.Id, name, subject, on, GovernanceStage.ApprovalInPrinciple,
                [new Delegation(body.Id, "Scheme of delegation")], outcome);
        // Spacing as a clerk typed it: the key is blind to it.
        var cabinet = Decide(council, "Cabinet", "Approval in  principle of the\ts75", new DateOnly(2014, 11, 11),
            DecisionOutcome.Approved);
        var deferred = Decide(ccg, "Governing Body", "Approval in principle of the s75", new DateOnly(2014, 11, 26),
            DecisionOutcome.Deferred);
        // Stored before outcomes were recorded: no outcome member, read as an approval.
        var beforeOutcomes = JsonNode.Parse(DomainJson.Serialize(cabinet))!.AsObject();
        beforeOutcomes.Remove("outcome");

        await using (var before = UpgradedStore.Open(options))
        {
            await before.GetService<IMigrator>().MigrateAsync("20261207000001_MonthTotals");
            await Insert(before, cabinet.Id, beforeOutcomes.ToJsonString(), agreement, partnership);
            await Insert(before, deferred.Id, DomainJson.Serialize(deferred), agreement, partnership);
        }

        await using var store = UpgradedStore.Open(options);
        await store.Database.MigrateAsync();

        var keys = await store.StoredAggregates.Where(a => a.Type == "GovernanceDecision")
            .ToDictionaryAsync(a => a.Id, a => a.UniqueKey);
        // The request a retry of the Cabinet's decision sends, its case and spacing changed, outcome left out.
        var retry = DecisionSameness.Of(agreement.Id, GovernanceStage.ApprovalInPrinciple, council.Id,
            new DateOnly(2014, 11, 11), "CABINET ", "approval in principle of the S75", DecisionOutcome.Approved);
        Assert.Equal(retry.Value, keys[cabinet.Id]);
        Assert.Equal(DecisionSameness.Of(deferred).Value, keys[deferred.Id]);
        Assert.NotEqual(keys[cabinet.Id], keys[deferred.Id]);

        var again = DomainJson.Deserialize<GovernanceDecision>(DomainJson.Serialize(cabinet)
            .Replace(cabinet.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal));
        store.Aggregates<GovernanceDecision>().Add(again, agreement.Id.ToString(), DecisionSameness.Of(again));
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => store.SaveChangesAsync());
        Assert.Equal((ViolationKind.AlreadyExists, "decision"), (refused.Kind, refused.Field));
    }

    /// <summary>A decision's row as the store wrote it before the index: no unique key; stored the day the first
    /// step shipped (the stored time plays no part in the key).</summary>
    private static readonly DateTime StoredOn = new(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);

    private static async Task Insert(PooledFinanceStore store, Guid id, string body, Section75Agreement agreement,
        Partnership partnership)
    {
        var (stored, version) = (store.AsStored(id), store.AsStored(Guid.NewGuid()));
        var key = agreement.Id.ToString();
        var tenancy = partnership.Id.ToString();
        await store.Database.ExecuteSqlAsync($"""
            INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version", "Tenancy")
            VALUES ({stored}, 'GovernanceDecision', {key}, {body}, {StoredOn}, {version}, {tenancy})
            """);
    }
}
