using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workforce.Api.Infrastructure.Migrations;

/// <summary>
/// Schema version 2: each staff record's ELI particulars as columns (<see cref="StaffParticulars"/>), filled from
/// the records already held so an upgraded store's ELI pack still names every one of them.
/// </summary>
[DbContext(typeof(WorkforceStore))]
[Migration("20261204000001_StaffParticulars")]
public sealed class AddStaffParticulars : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(StaffParticulars.Table, table => new
        {
            Id = table.Column<Guid>(nullable: false),
            Tenancy = table.Column<string>(nullable: true),
            Reference = table.Column<string>(nullable: false),
            GivenName = table.Column<string>(nullable: false),
            FamilyName = table.Column<string>(nullable: false),
            DateOfBirth = table.Column<DateOnly>(nullable: false),
            PayrollNumber = table.Column<string>(nullable: true),
            FteHundredths = table.Column<long>(nullable: false),
            ContinuousServiceStart = table.Column<DateOnly>(nullable: false),
            TermsReference = table.Column<string>(nullable: false),
            PensionScheme = table.Column<string>(nullable: false),
            PayBand = table.Column<string>(nullable: true),
            PostTitle = table.Column<string>(nullable: true),
            Cases = table.Column<string>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_staff_particulars", p => p.Id));
        var postgres = migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        migration.Sql(postgres ? FillOnPostgres : FillOnSqlite);
    }

    private const string Columns = """
        "Id", "Tenancy", "Reference", "GivenName", "FamilyName", "DateOfBirth", "PayrollNumber", "FteHundredths",
        "ContinuousServiceStart", "TermsReference", "PensionScheme", "PayBand", "PostTitle", "Cases"
        """;

    // The records' JSON is DomainJson's: camel-cased fields, FTE as its hundredths, enums by name.
    private const string FillOnSqlite = $"""
        INSERT INTO staff_particulars ({Columns})
        SELECT Id, Tenancy, json_extract(Body, '$.reference'), json_extract(Body, '$.personal.givenName'),
            json_extract(Body, '$.personal.familyName'), json_extract(Body, '$.personal.dateOfBirth'),
            json_extract(Body, '$.personal.payrollNumber'), json_extract(Body, '$.terms.fte.Hundredths'),
            json_extract(Body, '$.terms.continuousServiceStart'), json_extract(Body, '$.terms.termsReference'),
            json_extract(Body, '$.terms.pensionScheme'), json_extract(Body, '$.terms.payBand'),
            json_extract(Body, '$.terms.postTitle'), COALESCE(json_extract(Body, '$.cases'), '[]')
        FROM aggregates WHERE Type = 'StaffRecord'
        """;

    private const string FillOnPostgres = $"""
        INSERT INTO staff_particulars ({Columns})
        SELECT "Id", "Tenancy", b->>'reference', b->'personal'->>'givenName', b->'personal'->>'familyName',
            (b->'personal'->>'dateOfBirth')::date, b->'personal'->>'payrollNumber',
            (b->'terms'->'fte'->>'Hundredths')::bigint, (b->'terms'->>'continuousServiceStart')::date,
            b->'terms'->>'termsReference', b->'terms'->>'pensionScheme', b->'terms'->>'payBand',
            b->'terms'->>'postTitle', COALESCE((b->'cases')::text, '[]')
        FROM (SELECT "Id", "Tenancy", "Body"::jsonb AS b FROM aggregates WHERE "Type" = 'StaffRecord') AS records
        """;
}
