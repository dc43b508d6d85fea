using System.Net.Http.Json;
using System.Text;

namespace Authorisation.Tests;

/// <summary>
/// Sound request bodies for the writes a hostile partner tried on Wirral's records (issue 15): sent by
/// every refused caller, so that a missing check would change Wirral's pool, and the matrix would see it.
/// </summary>
public static class WirralBodies
{
    /// <summary>A refused caller's sound body, or an empty one for an admitted caller, who must not change the pool either.</summary>
    public static HttpContent Content(string pattern, bool refused, WirralWorld w) =>
        pattern.EndsWith("/actuals-imports", StringComparison.Ordinal)
            ? new StringContent(refused ? "budgetLineCode,amount\nCOUNCIL-ASC,1000.00\n" : "", Encoding.UTF8, "text/csv")
            : JsonContent.Create(refused ? For(pattern, w) : new { });

    private static object For(string pattern, WirralWorld w) => pattern switch
    {
        "/api/v1/partnerships/{id:guid}/bodies" => new { name = "Plymouth City Council", kind = "council", code = "E06000026" },
        "/api/v1/partnerships/{partnershipId:guid}/agreements" => new
        {
            title = "A second agreement", aims = new[] { "Aim" }, functions = new[] { "Function" }, termStart = "2019-04-01",
            termEnd = (string?)null, firstAnnualReview = "2020-03-31", noticePeriodMonths = 3,
        },
        "/api/v1/agreements/{id:guid}/notice" => new { servedBy = w.CouncilBody, servedOn = "2018-01-02" },
        "/api/v1/agreements/{id:guid}/termination" => new { on = "2018-06-30" },
        "/api/v1/agreements/{id:guid}/decisions/" => JointDecision(w, "A hostile variation"),
        "/api/v1/agreements/{id:guid}/decisions/{decisionId:guid}/conditions-met" =>
            new { condition = 1, metOn = "2017-12-01" },
        "/api/v1/agreements/{id:guid}/legal-scrutiny" => new
        {
            scrutinisedBy = "Solicitors", reference = "LS-1", completedOn = "2017-02-01",
        },
        "/api/v1/agreements/{id:guid}/funding-changes" => new
        {
            partnerBodyId = w.CouncilBody, kind = "reduction", description = "Cut", financialYear = "2017/18",
            annualImpact = -1_000_000m, recordedOn = "2017-06-01",
        },
        "/api/v1/funds/{id:guid}/ledger" => new
        {
            budgetLineId = w.CouncilLine, kind = "actual", amount = 1_000m, postingDate = "2017-06-01", reference = "matrix-1",
        },
        "/api/v1/funds/{id:guid}/budget-lines" => new
        {
            ownerBodyId = w.CouncilBody, financialYear = "2017/18", code = "MATRIX", name = "Matrix", pot = "a", amount = 1_000m,
            riskAssessment = new { reference = "RA", assessedBy = "JFG", assessedOn = "2017-03-15" },
        },
        "/api/v1/funds/{fundId:guid}/contributions/{id:guid}/receipts" => new { reference = "BACS", amount = 1_000m, receivedOn = "2017-04-01" },
        "/api/v1/funds/{fundId:guid}/scope-changes/" => ScopeChange(w.CcgBody, "MATRIX-B"),
        "/api/v1/funds/{fundId:guid}/scope-changes/{id:guid}/decisions" => new
        {
            partnerBodyId = w.CouncilBody, approved = false, decidedBy = "Cabinet", delegationReference = "Matrix",
            decidedOn = "2017-03-20",
        },
        _ => new { },
    };

    /// <summary>A sound proposal of an owner's Pot B service for the pool (W:616, W:620).</summary>
    public static object ScopeChange(Guid owner, string code) => new
    {
        ownerBodyId = owner, financialYear = "2017/18", code, name = "CCG services not yet pooled", pot = "b",
        amount = 73_200_000m, riskAssessment = new { reference = "RA", assessedBy = "JFG", assessedOn = "2017-03-01" },
        proposedOn = "2017-03-10",
    };

    /// <summary>A sound joint body's variation decision, with each Wirral partner's delegation (W:714).</summary>
    public static object JointDecision(WirralWorld w, string subject) => new
    {
        body = "Joint Board", subject, decidedOn = "2017-06-01", stage = "variation",
        delegations = new[]
        {
            new { partnerBodyId = w.CouncilBody, reference = "Cabinet delegation" },
            new { partnerBodyId = w.CcgBody, reference = "Governing Body delegation" },
        },
    };
}
