using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.SeedWork;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

public class LedgerTests
{
    private sealed class PlymouthLedger
    {
        public Plymouth P { get; } = new();
        public Fund Pool { get; }
        public FundLedger Ledger { get; }
        public BudgetLine Acute { get; }
        public BudgetLine Wellbeing { get; }

        public PlymouthLedger()
        {
            Pool = P.Pool();
            Ledger = FundLedger.Open(Pool);
            // P:L309-313, 2015/16 (£k)
            Acute = BudgetLine.Create(P.Ccg.Id, Y2015, "ACUTE", "Acute", Pot.A, Thousands(151_414m));
            Wellbeing = BudgetLine.Create(P.Council.Id, Y2015, "WELL", "Wellbeing", Pot.A, Thousands(17_158m));
            var assessed = new RiskAssessment("IHWB-RA", "Finance lead", new DateOnly(2015, 2, 1));
            Acute.MoveIntoPool(Pool, assessed);
            Wellbeing.MoveIntoPool(Pool, assessed);
        }

        public ActualsCsvParser CcgParser() => new(Y2015, P.Ccg.Id, [Acute, Wellbeing]);
    }

    [Fact]
    public void A_correction_is_a_reversal_never_an_edit()
    {
        var l = new PlymouthLedger();
        var wrong = l.Ledger.Post(l.Acute, EntryKind.Actual, 1_000_000m, new DateOnly(2015, 4, 30), "INV-1");

        var reversal = l.Ledger.Reverse(wrong.Id, new DateOnly(2015, 5, 5), "posted to the wrong line");

        Assert.Equal(-1_000_000m, reversal.Amount);
        Assert.Equal(wrong.Id, reversal.ReversesEntryId);
        Assert.Equal(2, l.Ledger.Entries.Count);
        Assert.Equal(1_000_000m, l.Ledger.Entries[0].Amount);
        Assert.Equal(0m, l.Ledger.Entries.Sum(e => e.Amount));
    }

    [Fact]
    public void An_entry_is_reversed_once_and_a_reversal_is_never_reversed()
    {
        var l = new PlymouthLedger();
        var entry = l.Ledger.Post(l.Acute, EntryKind.Actual, 500m, new DateOnly(2015, 4, 30), "INV-1");
        var reversal = l.Ledger.Reverse(entry.Id, new DateOnly(2015, 5, 1), "duplicate");

        Assert.Equal(LedgerRules.ReversedOnce,
            Seeds.Violation(() => l.Ledger.Reverse(entry.Id, new DateOnly(2015, 5, 2), "again")).Rule);
        Assert.Equal(LedgerRules.ReversalNotReversed,
            Seeds.Violation(() => l.Ledger.Reverse(reversal.Id, new DateOnly(2015, 5, 2), "undo")).Rule);
        Assert.Equal(ViolationKind.NotFound, Seeds.Violation(() => l.Ledger.Reverse(Guid.NewGuid(), new DateOnly(2015, 5, 2), "x")).Kind);
        Assert.Equal(2, l.Ledger.Entries.Count);
    }

    [Fact]
    public void A_posting_with_a_fraction_of_a_penny_or_to_a_line_outside_the_fund_is_refused_and_writes_nothing()
    {
        var l = new PlymouthLedger();
        var outside = BudgetLine.Create(l.P.Ccg.Id, Y2015, "OUT", "Western Locality, not pooled", Pot.B, 1m);

        Assert.Equal(("amount", AmountRules.WholePence),
            Seeds.Violation(() => l.Ledger.Post(l.Acute, EntryKind.Actual, 10.001m,
                new DateOnly(2015, 4, 30), "x")).Named());
        Assert.Equal(("budgetLineId", LedgerRules.OfItsFund),
            Seeds.Violation(() => l.Ledger.Post(outside, EntryKind.Actual, 10m,
                new DateOnly(2015, 4, 30), "x")).Named());
        Assert.Equal(("postingDate", LedgerRules.InTheLinesYear),
            Seeds.Violation(() => l.Ledger.Post(l.Acute, EntryKind.Actual, 10m,
                new DateOnly(2016, 4, 1), "x")).Named());
        Assert.Empty(l.Ledger.Entries);
    }

    [Fact]
    public void Entries_record_the_VAT_regime_of_the_funds_model_W_L682()
    {
        var l = new PlymouthLedger();

        var entry = l.Ledger.Post(l.Acute, EntryKind.Actual, 100m, new DateOnly(2015, 4, 30), "INV-1");

        Assert.Equal(l.P.Council.Id, entry.VatRecoveredBy); // lead commissioner: the host council's regime
        Assert.Equal(1, entry.Month);
    }

    [Fact]
    public void A_reference_is_posted_once_per_kind_and_PostOnce_returns_the_entry_already_there()
    {
        var l = new PlymouthLedger();
        var first = l.Ledger.PostOnce(l.Acute, EntryKind.Commitment, 27_820m, new DateOnly(2015, 6, 5), "commitment:42");

        var again = l.Ledger.PostOnce(l.Acute, EntryKind.Commitment, 27_820m, new DateOnly(2015, 6, 5), "commitment:42");

        Assert.Equal(first, again);
        Assert.Single(l.Ledger.Posted);
        Assert.Equal(LedgerRules.ReferencePostedOnce, Seeds.Violation(() => l.Ledger.PostOnce(l.Acute,
            EntryKind.Commitment, 30_000m, new DateOnly(2015, 6, 5), "commitment:42")).Rule);
        Assert.Equal(LedgerRules.ReferencePostedOnce, Seeds.Violation(() => l.Ledger.Post(l.Acute,
            EntryKind.Commitment, 27_820m, new DateOnly(2015, 6, 5), "commitment:42")).Rule);
        Assert.Equal(EntryKind.Actual, l.Ledger.Post(l.Acute, EntryKind.Actual, 27_820m, new DateOnly(2015, 6, 30), "commitment:42").Kind);
    }

    [Fact]
    public void The_rules_see_entries_the_store_loaded_an_already_reversed_entry_is_not_reversed_again()
    {
        var l = new PlymouthLedger();
        var entry = l.Ledger.Post(l.Acute, EntryKind.Actual, 500m, new DateOnly(2015, 4, 30), "INV-1");
        var reversal = l.Ledger.Reverse(entry.Id, new DateOnly(2015, 5, 1), "duplicate");

        var reloaded = new FundLedger(l.Pool, [entry, reversal]);

        Assert.Equal(("entryId", LedgerRules.ReversedOnce),
            Seeds.Violation(() => reloaded.Reverse(entry.Id, new DateOnly(2015, 5, 2), "again")).Named());
        Assert.Empty(reloaded.Posted);
        Assert.Equal(("fundId", LedgerRules.OfItsFund),
            Seeds.Violation(() => new FundLedger(new Plymouth().Pool(), [entry])).Named());
    }

    [Fact]
    public void A_reversal_stays_in_the_year_of_the_entry_it_reverses()
    {
        var l = new PlymouthLedger();
        var march = l.Ledger.Post(l.Acute, EntryKind.Actual, 500m, new DateOnly(2016, 3, 31), "INV-9");

        Assert.Equal(("postingDate", LedgerRules.ReversalInItsYear),
            Seeds.Violation(() => l.Ledger.Reverse(march.Id, new DateOnly(2016, 4, 1), "late")).Named());
        Assert.Equal(("postingDate", LedgerRules.ReversalInItsYear),
            Seeds.Violation(() => l.Ledger.Reverse(march.Id, new DateOnly(2016, 3, 30), "early")).Named());
        Assert.Single(l.Ledger.Posted);
    }

    private const string GoodCsv = """
        date,budgetLine,amount,reference,description
        2015-04-30,ACUTE,1250000.00,GL-1001,Acute contract April
        2015-05-31,ACUTE,-1200.50,GL-1002,"Credit note, duplicate invoice"
        2015-05-31,acute,980000,GL-1003,Acute contract May
        """;

    [Fact]
    public void A_valid_csv_is_imported_as_actuals_and_a_reimport_of_the_batch_writes_nothing()
    {
        var l = new PlymouthLedger();
        var file = l.CcgParser().Parse(GoodCsv);
        var batch = Guid.NewGuid();

        var first = l.Ledger.ImportActuals(batch, file);
        var again = l.Ledger.ImportActuals(batch, file);

        Assert.True(file.IsValid);
        Assert.Equal("Credit note, duplicate invoice", file.Rows[1].Description);
        Assert.Equal((false, 3), (first.AlreadyImported, first.EntriesPosted));
        Assert.Equal((true, 0), (again.AlreadyImported, again.EntriesPosted));
        Assert.Equal(3, l.Ledger.Entries.Count);
        Assert.Equal(2_228_799.50m, l.Ledger.Entries.Sum(e => e.Amount));
    }

    [Fact]
    public void Every_broken_row_is_reported_with_its_line_number_and_field()
    {
        var l = new PlymouthLedger();
        const string csv = """
            date,budgetLine,amount,reference
            2015-04-30,ACUTE,100.00,GL-1
            2015-04-31,ACUTE,100.00,GL-2
            2015-04-30,NOPE,100.00,GL-3
            2015-04-30,ACUTE,100.005,GL-4
            2015-04-30,WELL,100.00,GL-5
            2016-04-01,ACUTE,100.00,GL-6
            2015-04-30,ACUTE,100.00,
            2015-04-30,ACUTE,100.00,GL-1
            2015-04-30,ACUTE
            """;

        var file = l.CcgParser().Parse(csv);

        Assert.Equal(
        [
            (3, "date"), (4, "budgetLine"), (5, "amount"), (6, "budgetLine"), (7, "date"), (8, "reference"), (9, "reference"), (10, "csv"),
        ], file.Errors.Select(e => (e.LineNumber, e.Field)));
        Assert.Contains("another partner", file.Errors[3].Message);
        Assert.Single(file.Rows);
    }

    [Fact]
    public void A_file_with_a_broken_row_is_refused_whole_and_writes_nothing()
    {
        var l = new PlymouthLedger();
        var file = l.CcgParser().Parse("date,budgetLine,amount,reference\n2015-04-30,ACUTE,100.00,GL-1\n2015-04-30,ACUTE,abc,GL-2\n");
        var batch = Guid.NewGuid();

        var violation = Seeds.Violation(() => l.Ledger.ImportActuals(batch, file));

        Assert.Equal(("csv", LedgerRules.FilePostedWhole), violation.Named());
        Assert.Contains("line 3, amount", violation.Message);
        Assert.Empty(l.Ledger.Entries);
        Assert.False(l.Ledger.HasImported(batch));
    }

    [Fact]
    public void A_file_whose_reference_is_already_posted_is_refused_naming_its_line_and_writes_nothing()
    {
        var l = new PlymouthLedger();
        var earlier = l.Ledger.Post(l.Acute, EntryKind.Actual, 1_250_000m, new DateOnly(2015, 4, 30), "GL-1001");
        var ledger = new FundLedger(l.Pool, [earlier]);
        var file = l.CcgParser().Parse(GoodCsv);

        var refusal = Assert.Single(ledger.Refusals(file));
        Assert.Equal((2, "reference"), (refusal.LineNumber, refusal.Field));
        Assert.Contains("line 2, reference", Seeds.Violation(() => ledger.ImportActuals(Guid.NewGuid(), file)).Message);
        Assert.Empty(ledger.Posted);
    }

    [Fact]
    public void A_header_without_the_required_columns_is_reported_on_line_1()
    {
        var l = new PlymouthLedger();

        var file = l.CcgParser().Parse("date,budgetLine,reference\n2015-04-30,ACUTE,GL-1\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal((1, "amount"), (error.LineNumber, error.Field));
    }
}
