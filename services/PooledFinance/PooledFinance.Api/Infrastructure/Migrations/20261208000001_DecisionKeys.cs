using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PooledFinance.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: a governance decision stored before the unique index (20261202000001_UniqueKeys left rows already
/// held without a value) gets the key a request for the same decision computes (<see cref="DecisionSameness"/>), so a
/// retry of it is answered with it and a duplicate is refused by the index. On SQLite the store's own function runs
/// that computation on the row's JSON; PostgreSQL has no way to call it, so the step states the same computation in
/// SQL there (whitespace runs as one space, trimmed, upper case; SHA-256 of the UTF-8, in lower-case hex), and the
/// schema-upgrade test holds the two to the same key on both. A row stored before outcomes has none: an approval.
/// </summary>
[DbContext(typeof(PooledFinanceStore))]
[Migration("20261208000001_DecisionKeys")]
public sealed class DecisionKeys : Migration
{
    private const string Unkeyed = """WHERE "Type" = 'GovernanceDecision' AND "UniqueKey" IS NULL""";

    protected override void Up(MigrationBuilder migration)
    {
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) != true)
        {
            migration.Sql($"""
                UPDATE aggregates SET "UniqueKey" = {DecisionSameness.SqliteFunctionName}("Body") {Unkeyed}
                """);
            return;
        }
        static string Plain(string member) =>
            $"""upper(btrim(regexp_replace(coalesce(d.body->>'{member}', ''), '\s+', ' ', 'g')))""";
        migration.Sql($"""
            UPDATE aggregates SET "UniqueKey" = (
                SELECT (d.body->>'agreementId') || ':' || encode(sha256(convert_to(
                    (d.body->>'stage') || '|' || coalesce(d.body->>'partnerBodyId', '') || '|'
                    || (d.body->>'decidedOn') || '|' || {Plain("body")} || '|' || {Plain("subject")}
                    || CASE WHEN coalesce(d.body->>'outcome', 'Approved') = 'Approved' THEN ''
                        ELSE '|' || (d.body->>'outcome') END, 'UTF8')), 'hex')
                FROM (SELECT aggregates."Body"::jsonb AS body) d)
            {Unkeyed}
            """);
    }
}
