using Commissioning.Domain;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Ledger;

/// <summary>What an actuals import did: posted its rows, or nothing because the batch was already in.</summary>
public sealed record ImportOutcome(Guid BatchId, bool AlreadyImported, int EntriesPosted);

/// <summary>
/// The posting rules of a fund's append-only ledger of budget, commitment, actual and forecast
/// entries. Entries are never changed or removed; a correction reverses an entry in full and posts
/// the right figure. A ledger can hold millions of entries, so this class never holds them all: it
/// is given the entries a rule needs to see (the entry being reversed and its reversal, an entry
/// with the same reference, one entry of a batch) and collects the new ones in <see cref="Posted"/>
/// for the store to append. The store's unique indexes enforce the same rules between concurrent writers.
/// </summary>
public sealed class FundLedger
{
    private readonly Fund _fund;
    private readonly List<LedgerEntry> _entries;
    private readonly List<LedgerEntry> _posted = [];

    public FundLedger(Fund fund, IEnumerable<LedgerEntry>? known = null)
    {
        _fund = fund;
        _entries = (known ?? []).ToList();
        LedgerRules.OfItsFund.Require(_entries.All(e => e.FundId == fund.Id), "fundId",
            "An entry of another fund was given to this ledger.");
    }

    public static FundLedger Open(Fund fund) => new(fund);

    public Guid FundId => _fund.Id;

    /// <summary>The entries this ledger has seen: those it was given and those it posted.</summary>
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>The entries posted here, not yet stored.</summary>
    public IReadOnlyList<LedgerEntry> Posted => _posted;

    public bool HasImported(Guid batchId) => _entries.Any(e => e.BatchId == batchId);

    /// <summary>The entry of this kind and reference that is not a reversal: at most one exists.</summary>
    public LedgerEntry? Find(EntryKind kind, string reference) =>
        _entries.FirstOrDefault(e => e.Kind == kind && e.ReversesEntryId is null && string.Equals(e.Reference, reference.Trim(), StringComparison.Ordinal));

    /// <summary>Posts an entry; a reference is used once per kind, so the same money cannot be posted twice.</summary>
    public LedgerEntry Post(BudgetLine line, EntryKind kind, decimal amount, DateOnly postingDate, string reference)
    {
        RequireLineInFund(line);
        LedgerRules.InTheLinesYear.Require(line.Year.Contains(postingDate), "postingDate",
            $"{postingDate:yyyy-MM-dd} is not in {line.Year}, the line's year.");
        var text = Amounts.Text(reference, "reference");
        if (Find(kind, text) is not null)
            throw LedgerRules.ReferencePostedOnce.Broken("reference",
                $"A {kind.ToString().ToLowerInvariant()} entry '{text}' is already posted.");
        return Add(NewEntry(line, kind, Amounts.NonZero(amount, "amount"), postingDate, text, null));
    }

    /// <summary>
    /// Posts an entry unless the same one is already there: commitments arrive from other services at
    /// least once, and money must never be counted twice. The same reference with other figures is refused.
    /// </summary>
    public LedgerEntry PostOnce(BudgetLine line, EntryKind kind, decimal amount, DateOnly postingDate, string reference)
    {
        var existing = Find(kind, Amounts.Text(reference, "reference"));
        if (existing is null) return Post(line, kind, amount, postingDate, reference);
        if (existing.Amount != amount || existing.BudgetLineId != line.Id)
            throw LedgerRules.ReferencePostedOnce.Broken("reference",
                $"'{reference}' was already posted with other figures; reverse it first.");
        return existing;
    }

    /// <summary>Cancels an entry with an equal and opposite one; an entry is reversed once, and a reversal is never reversed.</summary>
    public LedgerEntry Reverse(Guid entryId, DateOnly postingDate, string reason)
    {
        var original = _entries.FirstOrDefault(e => e.Id == entryId)
            ?? throw RuleViolation.NotFound("entryId", $"Entry {entryId} is not in this ledger.");
        if (original.ReversesEntryId is not null)
            throw LedgerRules.ReversalNotReversed.Broken("entryId",
                "A reversal is not reversed; post the correct entry instead.");
        if (_entries.Any(e => e.ReversesEntryId == entryId))
            throw LedgerRules.ReversedOnce.Broken("entryId", "This entry has already been reversed.");
        LedgerRules.ReversalInItsYear.Require(postingDate >= original.PostingDate, "postingDate",
            "A reversal cannot predate the entry it reverses.");
        LedgerRules.ReversalInItsYear.Require(original.Year.Contains(postingDate), "postingDate",
            $"{postingDate:yyyy-MM-dd} is not in {original.Year}; a reversal stays in the year of the entry it reverses.");
        return Add(original with
        {
            Id = Guid.NewGuid(),
            Amount = -original.Amount,
            PostingDate = postingDate,
            Reference = $"Reversal of {original.Reference}: {Amounts.Text(reason, "reason")}",
            BatchId = null,
            ReversesEntryId = original.Id,
        });
    }

    /// <summary>
    /// Posts a parsed actuals file as one batch. A batch already imported posts nothing again; a file
    /// with any broken row, or a row whose reference is already posted, is refused whole and posts nothing.
    /// </summary>
    public ImportOutcome ImportActuals(Guid batchId, ActualsFile file)
    {
        LedgerRules.ImportNamed.Require(batchId != Guid.Empty, "batchId", "A batch id is required.");
        if (HasImported(batchId)) return new ImportOutcome(batchId, AlreadyImported: true, 0);
        var errors = Refusals(file);
        if (errors.Count > 0)
        {
            var first = errors[0];
            throw LedgerRules.FilePostedWhole.Broken("csv",
                $"{errors.Count} broken row(s); line {first.LineNumber}, {first.Field}: {first.Message}");
        }
        foreach (var row in file.Rows) RequireLineInFund(row.Line);
        foreach (var row in file.Rows) Add(NewEntry(row.Line, EntryKind.Actual, row.Amount, row.PostingDate, row.Reference, batchId));
        return new ImportOutcome(batchId, AlreadyImported: false, file.Rows.Count);
    }

    /// <summary>Every reason the file cannot be imported: its broken rows and the rows whose reference is already posted.</summary>
    public IReadOnlyList<CsvLineError> Refusals(ActualsFile file) =>
        file.Errors.Concat(file.Rows.Where(r => Find(EntryKind.Actual, r.Reference) is not null)
                .Select(r => new CsvLineError(r.LineNumber, "reference", $"Actual {r.Reference} is already posted to this fund.")))
            .OrderBy(e => e.LineNumber).ToList();

    private LedgerEntry Add(LedgerEntry entry)
    {
        _entries.Add(entry);
        _posted.Add(entry);
        return entry;
    }

    private LedgerEntry NewEntry(BudgetLine line, EntryKind kind, decimal amount, DateOnly date, string reference, Guid? batchId) =>
        new(Guid.NewGuid(), FundId, line.Id, line.OwnerBodyId, kind, amount, date, reference,
            _fund.VatRecoveredBy(line.OwnerBodyId), batchId);

    private void RequireLineInFund(BudgetLine line)
    {
        if (line.FundId != FundId)
            throw LedgerRules.OfItsFund.Broken("budgetLineId", $"Budget line {line.Code} is not in this fund.");
    }
}
