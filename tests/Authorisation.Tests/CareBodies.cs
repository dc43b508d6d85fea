using System.Net.Http.Json;

namespace Authorisation.Tests;

/// <summary>
/// Sound request bodies for the writes a hostile partner tried on Wirral's care records (issue 15), and for
/// every write a provider within Wirral's tenancy may be refused by the domain: sent by every refused caller,
/// so that a missing check would change the record and the matrix would see it. An admitted caller sends an
/// empty body.
/// </summary>
public static class CareBodies
{
    /// <summary>The body to send, or none for the two steps that take none.</summary>
    public static HttpContent? Content(string pattern, bool refused, WirralCare w) =>
        pattern is "/api/v1/placement-requests/{id:guid}/closure"
            or "/api/v1/placement-requests/{id:guid}/invitation-decline"
            ? null
            : JsonContent.Create(refused ? For(pattern, w) : new { });

    private static object For(string pattern, WirralCare w) => pattern switch
    {
        "/api/v1/people" => new
        {
            nhsNumber = "4000000004", givenName = "Alex", familyName = "Smith", dateOfBirth = "1970-01-01",
        },
        "/api/v1/people/{id:guid}/cares-for" => new { caredForId = w.Person, since = "2018-04-01" },
        "/api/v1/people/{id:guid}/cares-for/{caredForId:guid}/end" => new { until = "2018-06-30" },
        "/api/v1/referrals" => new
        {
            personId = w.Person, routeOfAccess = "community-or-other", receivedOn = "2018-05-01",
        },
        "/api/v1/referrals/{id:guid}/closure" => new { closedOn = "2018-06-30" },
        "/api/v1/referrals/{id:guid}/transition" => new { transitionDate = "2018-06-30" },
        "/api/v1/referrals/{id:guid}/assessments" => new { startedOn = "2018-05-01" },
        "/api/v1/assessments/{id:guid}/wellbeing" => new { wellbeingArea = "personal-dignity", finding = "Invented" },
        "/api/v1/assessments/{id:guid}/needs" => new
        {
            wellbeingArea = "personal-dignity", description = "Invented", eligible = true,
        },
        "/api/v1/assessments/{id:guid}/completion" => new { completedOn = "2018-05-01", strengths = "Invented" },
        "/api/v1/assessments/{assessmentId:guid}/support-plans" => new { draftedOn = "2018-05-01" },
        "/api/v1/support-plans/{id:guid}/cost-lines" => new
        {
            needId = w.Need, serviceType = "home-care", description = "Invented", unitCost = 10m,
            costFrequency = "hourly", plannedUnitsPerWeek = 1m, startDate = "2018-05-07",
        },
        "/api/v1/support-plans/{id:guid}/other-support" => new
        {
            needId = w.Need, source = "family-and-friends", description = "Invented",
        },
        "/api/v1/support-plans/{id:guid}/quality-assurance" => new { on = "2018-05-01" },
        "/api/v1/support-plans/{id:guid}/submission" => new { on = "2018-05-01" },
        "/api/v1/support-plans/{supportPlanId:guid}/verification" => new { openedOn = "2018-05-01" },
        "/api/v1/verifications/{id:guid}/return" => new
        {
            reasons = new[] { "needs-not-met" }, note = "Invented", returnedOn = "2018-05-01",
        },
        "/api/v1/placement-requests/{id:guid}/offers" => new { weeklyPrice = 100.00m },
        "/api/v1/placement-requests/{id:guid}/offers/{offerId:guid}/decline" => new { reason = "By another council" },
        "/api/v1/placement-requests/{id:guid}/award" => new { offerId = w.Offer, reason = "By another council" },
        "/api/v1/placement-requests/{id:guid}/rebroker" => new { },
        "/api/v1/packages/{id:guid}/cost-changes" => new
        {
            lineId = Guid.Empty, unitCost = 100m, costFrequency = "weekly", effectiveFrom = "2018-05-01",
            recordedOn = "2018-05-01", reason = "Cut by another council",
        },
        "/api/v1/packages/{id:guid}/end" => new { endDate = "2018-06-30", endReason = "deceased" },
        "/api/v1/packages/{id:guid}/suspension" => new { from = "2018-06-01", reason = "hospital" },
        "/api/v1/support-plans/{id:guid}/crisis-risk" => new { atRisk = false },
        "/api/v1/support-plans/{id:guid}/crisis-plan" => new { offeredOn = "2018-06-30", accepted = false },
        "/api/v1/packages/{id:guid}/financial-assessment" => new { outcome = "no-charge", assessedOn = "2018-06-30" },
        "/api/v1/safeguarding-concerns/{id:guid}/proposed-outcome" => new { outcome = "No further action" },
        "/api/v1/safeguarding-concerns/{id:guid}/closure" => new { closedOn = "2018-06-30" },
        _ => new { },
    };
}
