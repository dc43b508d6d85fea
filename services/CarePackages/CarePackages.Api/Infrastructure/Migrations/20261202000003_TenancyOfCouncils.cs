using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CarePackages.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: each row's council (<see cref="Infrastructure.CouncilTenancy"/>), for the rows held before
/// it. A person takes the organisation of the user whose registration the audit trail recorded; a referral
/// or safeguarding concern its person's (by reference); then assessments their referral's, plans their
/// assessment's, and verifications, placement requests and packages their plan's (three levels). One person
/// per NHS number becomes one per council, so another council's registration of the same person neither
/// clashes nor leaks.
/// </summary>
[DbContext(typeof(CarePackagesStore))]
[Migration("20261202000003_TenancyOfCouncils")]
public sealed class TenancyOfCouncils : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.FillAggregateTenancy(postgres => $"""
            UPDATE aggregates SET "Tenancy" = (SELECT upper(trim(audit."Organisation")) FROM audit_records audit
                WHERE audit."EntityType" = 'Person' AND audit."Action" = 'added'
                AND audit."EntityId" = {(postgres ? "aggregates.\"Id\"::text" : "lower(aggregates.\"Id\")")} LIMIT 1)
            WHERE "Type" = 'Person';
            UPDATE aggregates SET "Tenancy" = (SELECT person."Tenancy" FROM aggregates person
                WHERE person."Type" = 'Person' AND person."Key" = aggregates."Key" LIMIT 1)
            WHERE "Type" IN ('Referral', 'SafeguardingConcern');
            """, levels: 3);
        migration.DropIndex("ux_aggregates_person_reference", "aggregates");
        migration.CreateIndex("ux_aggregates_person_reference", "aggregates", ["Type", "Tenancy", "Key"], unique: true,
            filter: "\"Type\" = 'Person'");
    }
}
