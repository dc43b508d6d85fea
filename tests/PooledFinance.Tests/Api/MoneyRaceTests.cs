using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// 20 identical requests sent at once record money once (issue 15 §3), on SQLite and on PostgreSQL, where the
/// writers truly run side by side: a contribution (P's CCG, £321m for 2015/16, P:L304) by the store's unique
/// index on body and year; a receipt of its first quarterly instalment (£80.25m) by the contribution's version,
/// which lets one writer of the record through; a posting by its reference's unique index. The store decides, not a
/// read-then-write check: the others are told it already exists or changed under them (409), or, for a posting
/// with the same reference, given the entry already recorded. A governance decision (the joint board's settlement)
/// likewise by its unique index on what makes it the same, each retry answered with the one stored (issue 16).
/// </summary>
public abstract class MoneyRaceTests : IAsyncLifetime
{
    private const int Racers = 20;

    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _p = null!;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>(Settings());
        _p = await PartnerPool.Plymouth(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Twenty_identical_contribution_requests_at_once_store_one()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);

        var answers = await Race(() => ccg.PostAsJsonAsync(_p.Fund("/contributions"), Contribution()));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created),
            a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var stored = (await Ok(ccg.GetAsync(_p.Fund("/contributions")))).EnumerateArray().ToList();
        Assert.Equal(321_000_000m, Assert.Single(stored).GetProperty("total").GetDecimal());
        var conflict = answers.First(a => a.StatusCode == HttpStatusCode.Conflict);
        await Refused(Task.FromResult(conflict), HttpStatusCode.Conflict, "partnerBodyId");
    }

    [Fact]
    public async Task Twenty_identical_receipts_at_once_record_one()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        var id = Id(await Ok(ccg.PostAsJsonAsync(_p.Fund("/contributions"), Contribution())));
        await Ok(ccg.PostAsJsonAsync(_p.Fund($"/contributions/{id}/agreement"),
            new { agreedOn = "2015-03-01", frequency = "quarterly" }));

        var answers = await Race(() => ccg.PostAsJsonAsync(_p.Fund($"/contributions/{id}/receipts"),
            new { reference = "BACS 0401", amount = 80_250_000m, receivedOn = "2015-04-01" }));

        Assert.Single(answers, a => a.IsSuccessStatusCode);
        Assert.All(answers.Where(a => !a.IsSuccessStatusCode),
            a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var stored = await Ok(ccg.GetAsync(_p.Fund($"/contributions/{id}")));
        Assert.Equal(80_250_000m, Assert.Single(stored.GetProperty("receipts").EnumerateArray()).GetProperty("amount")
            .GetDecimal());
        Assert.Equal(240_750_000m, stored.GetProperty("outstanding").GetDecimal());
    }

    [Fact]
    public async Task Twenty_identical_postings_at_once_leave_one_entry()
    {
        var books = await LedgerBooks.Create(_service);

        var answers = await Race(() => books.Post(books.CouncilLine, "commitment", 27_820.00m, "2017-06-05",
            "commitment:42"));

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode || a.StatusCode == HttpStatusCode.Conflict,
            $"{(int)a.StatusCode}"));
        var ids = await Task.WhenAll(answers.Where(a => a.IsSuccessStatusCode).Select(async a => Id(await Ok(
            Task.FromResult(a)))));
        Assert.Single(ids.Distinct());
        Assert.Equal(27_820.00m, (await books.Total()).GetProperty("committed").GetDecimal());
    }

    [Fact]
    public async Task Twenty_identical_settlement_decisions_at_once_record_one_and_answer_each_with_it()
    {
        using var council = _p.Council(Roles.Commissioner);
        var path = $"/api/v1/agreements/{_p.AgreementId}/decisions";
        // P's joint board settling the 2015/16 year under both partners' delegations (W:714).
        var decision = new
        {
            body = "Joint Commissioning Board", subject = "Year-end settlement 2015/16", decidedOn = "2016-05-18",
            stage = "settlement", delegations = new[]
            {
                new { partnerBodyId = _p.CouncilId, reference = "Cabinet delegation" },
                new { partnerBodyId = _p.CcgId, reference = "Governing Body delegation" },
            },
        };

        var answers = await Race(() => council.PostAsJsonAsync(path, decision));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            $"{(int)a.StatusCode}"));
        var ids = await Task.WhenAll(answers.Select(async a => Id(await Ok(Task.FromResult(a)))));
        var stored = (await Ok(council.GetAsync(path))).GetProperty("decisions").EnumerateArray()
            .Where(d => d.GetProperty("stage").GetString() == "settlement").Select(Id).ToList();
        Assert.Equal(Assert.Single(ids.Distinct()), Assert.Single(stored));
    }

    private object Contribution() => new
    {
        partnerBodyId = _p.CcgId, financialYear = "2015/16", basis = "What the CCG would have spent itself (P:L372)",
        basisAmount = 321_000_000m, source = "revenue-budget",
    };

    private static Task<HttpResponseMessage[]> Race(Func<Task<HttpResponseMessage>> send) =>
        Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => send()));
}

public sealed class SqliteMoneyRaceTests : MoneyRaceTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresMoneyRaceTests(PostgresServer postgres) : MoneyRaceTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => new()
    {
        ["Store:Provider"] = "Postgres",
        ["Store:ConnectionString"] = postgres.CreateDatabase("money_race"),
    };
}
