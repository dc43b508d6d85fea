using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Commissioning.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PooledFinance.Domain.Agreements;

namespace PooledFinance.Api.Infrastructure;

/// <summary>
/// What makes two governance decisions the same, as the store's unique index holds it: the same body's, for the
/// same partner (or a joint body's), on the same day, approving the same thing of the same agreement with the same
/// subject (case and spacing aside): two contract awards at one Cabinet meeting differ by their subjects. Hashed so
/// a long subject fits the index. An outcome other than an approval is part of it, so approvals keep the keys they
/// were stored under before outcomes were recorded. One computation for a request (<c>DecisionsApi</c>) and for a
/// row stored before the index (the <c>DecisionKeys</c> schema step, through <see cref="SqliteFunction"/>).
/// </summary>
public static class DecisionSameness
{
    /// <summary>The SQLite function the schema step fills a stored row's key with, from its JSON.</summary>
    public const string SqliteFunctionName = "pooled_finance_decision_key";

    public static UniqueKey Of(Guid agreementId, GovernanceStage stage, Guid? partnerBodyId, DateOnly decidedOn,
        string? body, string? subject, DecisionOutcome outcome)
    {
        static string Plain(string? text) => string.Join(' ',
            (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        var what = $"{stage}|{partnerBodyId}|{decidedOn:yyyy-MM-dd}|{Plain(body)}|{Plain(subject)}"
            + (outcome is not DecisionOutcome.Approved ? $"|{outcome}" : "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(what)));
        return new UniqueKey($"{agreementId}:{hash}", "decision", "This decision is already recorded.");
    }

    public static UniqueKey Of(GovernanceDecision d) =>
        Of(d.AgreementId, d.Stage, d.PartnerBodyId, d.DecidedOn, d.Body, d.Subject, d.Outcome);

    /// <summary>
    /// Gives every SQLite connection of the store <see cref="SqliteFunctionName"/>(body): SQLite has no SHA-256 of
    /// its own, and calling this computation keeps the schema step's keys the very ones a request computes.
    /// PostgreSQL connections are left as they are (the step computes there with <c>sha256</c>).
    /// </summary>
    public sealed class SqliteFunction : DbConnectionInterceptor
    {
        public static readonly SqliteFunction Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            Register(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            Register(connection);
            return Task.CompletedTask;
        }

        private static void Register(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
                sqlite.CreateFunction(SqliteFunctionName, (string json) =>
                    Of(DomainJson.Deserialize<GovernanceDecision>(json)).Value, isDeterministic: true);
        }
    }
}
