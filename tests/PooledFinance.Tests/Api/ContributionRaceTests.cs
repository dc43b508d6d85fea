using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// 20 identical contribution requests sent at once store exactly one contribution (P's CCG, £321m for
/// 2015/16, P:L304), on SQLite and on PostgreSQL, where the writers truly run side by side: the store's
/// unique index decides, not a read-then-write check. The others are told it already exists (409).
/// </summary>
public abstract class ContributionRaceTests : IAsyncLifetime
{
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
        var contribution = new
        {
            partnerBodyId = _p.CcgId, financialYear = "2015/16", basis = "What the CCG would have spent itself (P:L372)",
            basisAmount = 321_000_000m, source = "revenue-budget",
        };

        var answers = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => ccg.PostAsJsonAsync(_p.Fund("/contributions"), contribution)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var stored = (await Ok(ccg.GetAsync(_p.Fund("/contributions")))).EnumerateArray().ToList();
        Assert.Equal(321_000_000m, Assert.Single(stored).GetProperty("total").GetDecimal());
        await Refused(Task.FromResult(answers.First(a => a.StatusCode == HttpStatusCode.Conflict)), HttpStatusCode.Conflict,
            "partnerBodyId");
    }
}

public sealed class SqliteContributionRaceTests : ContributionRaceTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresContributionRaceTests(PostgresServer postgres) : ContributionRaceTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => new()
    {
        ["Store:Provider"] = "Postgres",
        ["Store:ConnectionString"] = postgres.CreateDatabase("contribution_race"),
    };
}
