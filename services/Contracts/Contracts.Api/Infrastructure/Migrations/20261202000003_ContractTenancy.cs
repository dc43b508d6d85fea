using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// Data step: the tenancy of every row held before contracts kept tenanted records (<see cref="ContractsTenancy"/>).
/// A contract's is its parties, read from its body (commissioners in order, then the provider); a framework's
/// or rate card's is the organisation that published it, as the audit trail recorded when the row was added.
/// A contract's monitoring then takes its contract's. Providers and due diligence stay on the shared register.
/// </summary>
[DbContext(typeof(ContractsStore))]
[Migration("20261202000003_ContractTenancy")]
public sealed class ContractTenancy : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.FillAggregateTenancy(postgres => postgres ? Postgres : Sqlite, levels: 1);

    private const string Sqlite = """
        UPDATE aggregates SET "Tenancy" =
            (SELECT group_concat(c.value, ' ') FROM json_each(aggregates."Body", '$.commissioners') c)
            || ' ' || json_extract(aggregates."Body", '$.providerOdsCode')
        WHERE "Type" = 'CommissioningContract';
        UPDATE aggregates SET "Tenancy" =
            (SELECT upper(trim(r."Organisation")) FROM audit_records r
             WHERE r."EntityType" = aggregates."Type" AND r."EntityId" = lower(aggregates."Id") AND r."Action" = 'added'
             ORDER BY r."AtUtc" LIMIT 1)
        WHERE "Type" IN ('ProviderFramework', 'RateCard');
        """;

    private const string Postgres = """
        UPDATE aggregates SET "Tenancy" =
            (SELECT string_agg(c.code, ' ' ORDER BY c.n)
             FROM jsonb_array_elements_text(aggregates."Body"::jsonb -> 'commissioners') WITH ORDINALITY AS c(code, n))
            || ' ' || (aggregates."Body"::jsonb ->> 'providerOdsCode')
        WHERE "Type" = 'CommissioningContract';
        UPDATE aggregates SET "Tenancy" =
            (SELECT upper(trim(r."Organisation")) FROM audit_records r
             WHERE r."EntityType" = aggregates."Type" AND r."EntityId" = aggregates."Id"::text AND r."Action" = 'added'
             ORDER BY r."AtUtc" LIMIT 1)
        WHERE "Type" IN ('ProviderFramework', 'RateCard');
        """;
}
