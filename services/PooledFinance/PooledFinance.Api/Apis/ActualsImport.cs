using System.Text.Json;
using Commissioning.Domain;
using Commissioning.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Api.Infrastructure.Ledger;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Apis;

/// <summary>
/// POST /api/v1/funds/{id}/actuals-imports?financialYear=2017/18&amp;batchId={guid} with a text/csv body:
/// a partner's actuals for its own lines, posted all or nothing in one transaction.
/// </summary>
/// <remarks>
/// Decisions: the batch id travels as the <c>batchId</c> query parameter, because the gateway owns the
/// <c>Idempotency-Key</c> header; it is what makes a re-sent file post nothing (200, alreadyImported).
/// The importing partner is the caller's organisation (its "org" claim is the body's GSS/ODS code).
/// Every broken row is reported at once in a 422 problem whose <c>errors</c> are keyed "line N, field",
/// and nothing is written. The body is limited by Limits:MaxRequestBodyBytes (1 MiB by default, about
/// 15,000 rows; larger exports are sent as several batches); a larger body is refused with a 413.
/// </remarks>
public static class ActualsImport
{
    public static async Task<Results<Created<ImportResult>, Ok<ImportResult>, ProblemHttpResult>> Import(Guid id,
        string? financialYear, Guid? batchId, HttpRequest request, PooledFinanceStore store,
        CancellationToken ct)
    {
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the actuals as text/csv.",
                detail: $"The body is {request.ContentType ?? "untyped"}.");
        var batch = batchId ?? throw LedgerRules.ImportNamed.Broken("batchId",
            "A batchId query parameter (a GUID chosen by the sender) is required.");
        var year = FinancialYear.Parse(financialYear ?? throw LedgerRules.ImportNamed.Broken("financialYear",
            "A financialYear such as 2017/18 is required."));
        var books = await FundBooks.Load(store, id);
        var importer = await Importer(store, books, ct);
        var csv = await new StreamReader(request.Body).ReadToEndAsync(ct);

        var file = new ActualsCsvParser(year, importer.Id, books.Lines).Parse(csv);
        var references = file.Rows.Select(r => r.Reference).ToList();
        var known = await store.LedgerEntries.AsNoTracking()
            .Where(e => e.FundId == id && (e.BatchId == batch
                || (e.Kind == EntryKind.Actual && e.ReversesEntryId == null && references.Contains(e.Reference))))
            .ToListAsync(ct);
        var ledger = new FundLedger(books.Fund, known.Select(r => r.ToEntry()));
        if (ledger.HasImported(batch)) return TypedResults.Ok(new ImportResult(batch, AlreadyImported: true, 0, 0m));
        if (ledger.Refusals(file) is { Count: > 0 } refusals) return Refused(refusals);

        var outcome = ledger.ImportActuals(batch, file);
        var total = ledger.Posted.Sum(e => e.Amount);
        try
        {
            await Append(store, ledger, outcome, total, ct);
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            // A concurrent import of the same batch (or the same references) committed first.
            if (await store.LedgerEntries.AnyAsync(r => r.FundId == id && r.BatchId == batch, ct))
                return TypedResults.Ok(new ImportResult(batch, AlreadyImported: true, 0, 0m));
            throw LedgerRules.ReferencePostedOnce.Broken("reference",
                "Some of these actuals were posted by another import at the same time; send the file again.");
        }
        return TypedResults.Created($"/api/v1/funds/{id}/ledger", new ImportResult(batch, AlreadyImported: false,
            outcome.EntriesPosted, total));
    }

    /// <summary>The caller's own body among the fund's partners: a partner imports only its own lines.</summary>
    private static async Task<PartnerBody> Importer(PooledFinanceStore store, FundBooks books, CancellationToken ct)
    {
        var agreement = await store.Aggregates<Section75Agreement>().Get(books.Fund.AgreementId, "agreementId", ct);
        var partnership = await store.Aggregates<Partnership>().Get(agreement.PartnershipId, "partnershipId", ct);
        var organisation = store.Actor.Caller.Organisation;
        return partnership.Bodies.FirstOrDefault(b => string.Equals(b.Code, organisation,
            StringComparison.OrdinalIgnoreCase))
            ?? throw LedgerRules.ActualsOfAPartner.Broken("org",
                $"{organisation} is not a partner to this fund, so it has no actuals to import.");
    }

    /// <summary>The rows and one audit record for the batch, in one transaction.</summary>
    private static async Task Append(PooledFinanceStore store, FundLedger ledger, ImportOutcome outcome,
        decimal total, CancellationToken ct)
    {
        await using var transaction = await store.Database.BeginTransactionAsync(ct);
        await LedgerAppend.AppendAsync(store.Database, ledger.Posted.Select(LedgerEntryRecord.From), ct);
        var caller = store.Actor.Caller;
        store.AuditRecords.Add(new AuditRecord
        {
            AtUtc = store.Clock.GetUtcNow().UtcDateTime,
            Actor = caller.Subject,
            Organisation = caller.Organisation,
            Authority = store.Actor.Authority ?? string.Join(',', caller.Roles.Order()),
            Action = "added",
            EntityType = "ActualsImport",
            EntityId = outcome.BatchId.ToString(),
            Changes = JsonSerializer.Serialize(new { fundId = ledger.FundId, entries = outcome.EntriesPosted, total },
                JsonSerializerOptions.Web),
            CorrelationId = store.Actor.CorrelationId,
        });
        await store.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static ProblemHttpResult Refused(IReadOnlyList<CsvLineError> errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The file was not imported.",
        detail: $"{errors.Count} row(s) cannot be posted; nothing was written. "
            + "Correct them and send the whole file again.",
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.GroupBy(e => $"line {e.LineNumber}, {e.Field}").ToDictionary(g => g.Key,
                g => g.Select(e => e.Message).ToArray()),
        });
}
