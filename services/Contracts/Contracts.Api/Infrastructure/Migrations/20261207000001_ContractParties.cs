using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: each contract's parties as rows (<see cref="ContractParty"/>) with the index a caller's tenancies
/// and a commissioner's list read, filled from the contracts already held (their tenancy names their parties) so
/// that an upgraded store's parties still find every contract they are party to.
/// </summary>
[DbContext(typeof(ContractsStore))]
[Migration("20261207000001_ContractParties")]
public sealed class AddContractParties : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.CreateListedRows<string>(
        ContractParty.Table, nameof(ContractParty.Party), FillOnSqlite, FillOnPostgres);

    // Codes hold no quote or space, so "E08000015 RXA" reads as the JSON array ["E08000015","RXA"].
    private const string FillOnSqlite = """
        INSERT INTO contract_parties ("Id", "Party", "Tenancy", "UpdatedUtc")
        SELECT DISTINCT c."Id", p.value, c."Tenancy", c."UpdatedUtc"
        FROM aggregates c, json_each('["' || replace(c."Tenancy", ' ', '","') || '"]') p
        WHERE c."Type" = 'CommissioningContract' AND c."Tenancy" IS NOT NULL AND p.value <> ''
        """;

    private const string FillOnPostgres = """
        INSERT INTO contract_parties ("Id", "Party", "Tenancy", "UpdatedUtc")
        SELECT DISTINCT c."Id", p.party, c."Tenancy", c."UpdatedUtc"
        FROM aggregates c, unnest(string_to_array(c."Tenancy", ' ')) AS p(party)
        WHERE c."Type" = 'CommissioningContract' AND c."Tenancy" IS NOT NULL AND p.party <> ''
        """;
}
