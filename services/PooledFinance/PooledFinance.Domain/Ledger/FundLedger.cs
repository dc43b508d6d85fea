using Commissioning.Domain;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Ledger;

/// <summary>What an actuals import did: posted its rows, or nothing because the batch was already in.</summary>
public sealed record ImportOutcome(Guid BatchId, bool AlreadyImported, int EntriesPosted);

/// <summary>
/// A fund's append-only ledger of budget, commitment, actual and forecast entries. Entries are
/// never changed or removed; a correction reverses an entry in full and posts the right figure.
/// </summary>
public sealed class FundLedger : AggregateRoot
{
    private readonly List<LedgerEntry> _entries = [];

    private FundLedger() { }

    public Guid FundId { get; private set; }
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    public bool HasImported(Guid batchId) => _entries.Any(e => e.BatchId == batchId);

    public static FundLedger Open(Fund fund) => new() { FundId = fund.Id };

    public LedgerEntry Post(Fund fund, BudgetLine line, EntryKind kind, decimal amount, DateOnly postingDate, string reference)
    {
        RequireLineInFund(fund, line);
        RuleViolation.Require(line.Year.Contains(postingDate), "postingDate", $"{postingDate:yyyy-MM-dd} is not in {line.Year}, the line's year.");
        var entry = NewEntry(fund, line, kind, Amounts.NonZero(amount, "amount"), postingDate, Amounts.Text(reference, "reference"), null);
        _entries.Add(entry);
        return entry;
    }

    /// <summary>Cancels an entry with an equal and opposite one; an entry is reversed once, and a reversal is never reversed.</summary>
    public LedgerEntry Reverse(Guid entryId, DateOnly postingDate, string reason)
    {
        var original = _entries.FirstOrDefault(e => e.Id == entryId)
            ?? throw RuleViolation.NotFound("entryId", $"Entry {entryId} is not in this ledger.");
        if (original.ReversesEntryId is not null)
            throw RuleViolation.Precondition("entryId", "A reversal is not reversed; post the correct entry instead.");
        if (_entries.Any(e => e.ReversesEntryId == entryId))
            throw RuleViolation.Precondition("entryId", "This entry has already been reversed.");
        RuleViolation.Require(postingDate >= original.PostingDate, "postingDate", "A reversal cannot predate the entry it reverses.");
        var reversal = original with
        {
            Id = Guid.NewGuid(),
            Amount = -original.Amount,
            PostingDate = postingDate,
            Reference = $"Reversal of {original.Reference}: {Amounts.Text(reason, "reason")}",
            BatchId = null,
            ReversesEntryId = original.Id,
        };
        _entries.Add(reversal);
        return reversal;
    }

    /// <summary>
    /// Posts a parsed actuals file as one batch. A batch already imported posts nothing again; a file
    /// with any broken row is refused whole, naming the first broken line, and posts nothing.
    /// </summary>
    public ImportOutcome ImportActuals(Fund fund, Guid batchId, ActualsFile file)
    {
        RuleViolation.Require(batchId != Guid.Empty, "batchId", "A batch id is required.");
        if (HasImported(batchId)) return new ImportOutcome(batchId, AlreadyImported: true, 0);
        if (file.Errors.Count > 0)
        {
            var first = file.Errors[0];
            throw RuleViolation.Invalid("csv", $"{file.Errors.Count} broken row(s); line {first.LineNumber}, {first.Field}: {first.Message}");
        }
        foreach (var row in file.Rows) RequireLineInFund(fund, row.Line);
        foreach (var row in file.Rows)
            _entries.Add(NewEntry(fund, row.Line, EntryKind.Actual, row.Amount, row.PostingDate, row.Reference, batchId));
        return new ImportOutcome(batchId, AlreadyImported: false, file.Rows.Count);
    }

    private LedgerEntry NewEntry(Fund fund, BudgetLine line, EntryKind kind, decimal amount, DateOnly date, string reference, Guid? batchId) =>
        new(Guid.NewGuid(), FundId, line.Id, line.OwnerBodyId, kind, amount, date, reference,
            fund.VatRecoveredBy(line.OwnerBodyId), batchId);

    private void RequireLineInFund(Fund fund, BudgetLine line)
    {
        if (fund.Id != FundId) throw RuleViolation.Invalid("fundId", "This ledger belongs to another fund.");
        if (line.FundId != FundId)
            throw RuleViolation.Invalid("budgetLineId", $"Budget line {line.Code} is not in this fund.");
    }
}
