using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CarePackages.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: each placement request's invited providers as rows (<see cref="PlacementInvitation"/>) with the
/// index a provider's list reads, filled from the requests already held so that an upgraded store's providers
/// still see every request they were invited to.
/// </summary>
[DbContext(typeof(CarePackagesStore))]
[Migration("20261207000001_PlacementInvitations")]
public sealed class AddPlacementInvitations : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.CreateListedRows<Guid>(
        PlacementInvitation.Table, nameof(PlacementInvitation.ProviderId), FillOnSqlite, FillOnPostgres);

    // The requests' JSON is DomainJson's: camel-cased, ids in lower case (SQLite keeps a Guid column upper-case).
    private const string FillOnSqlite = """
        INSERT INTO placement_invitations ("Id", "ProviderId", "Tenancy", "UpdatedUtc")
        SELECT DISTINCT r."Id", upper(json_extract(i.value, '$.providerId')), r."Tenancy", r."UpdatedUtc"
        FROM aggregates r, json_each(r."Body", '$.invitations') i WHERE r."Type" = 'PlacementRequest'
        """;

    private const string FillOnPostgres = """
        INSERT INTO placement_invitations ("Id", "ProviderId", "Tenancy", "UpdatedUtc")
        SELECT DISTINCT r."Id", (i->>'providerId')::uuid, r."Tenancy", r."UpdatedUtc"
        FROM aggregates r, jsonb_array_elements(r."Body"::jsonb->'invitations') i WHERE r."Type" = 'PlacementRequest'
        """;
}
