using Commissioning.Domain;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Staff;

/// <summary>
/// The employment a staff record holds: FTE, the start of continuous service, the terms and conditions
/// (the written particulars' reference), the pension scheme and the pay band where it is known.
/// </summary>
public sealed record StaffTerms(
    Fte Fte,
    DateOnly ContinuousServiceStart,
    string TermsReference,
    PensionScheme PensionScheme,
    string? PayBand = null,
    string? PostTitle = null)
{
    /// <summary>Rule OnePersonAtMostOneFte: more than nothing and at most one FTE.</summary>
    public static readonly Fte Full = Fte.Of(1, "fte");

    internal StaffTerms Checked(PersonalDetails person, DateOnly today)
    {
        StaffRules.OnePersonAtMostOneFte.Require(Fte > Fte.Zero && Fte <= Full, "fte",
            $"A person holds more than 0 and at most 1 FTE, not {Fte}.");
        StaffRules.ServiceFromBirthToToday.Require(ContinuousServiceStart <= today, "continuousServiceStart",
            "Continuous service cannot start in the future.");
        StaffRules.ServiceFromBirthToToday.Require(ContinuousServiceStart > person.DateOfBirth,
            "continuousServiceStart",
            "Continuous service cannot start before the person was born.");
        StaffRules.TermsNamed.Require(!string.IsNullOrWhiteSpace(TermsReference), "termsReference",
            "Name the terms and conditions (the written particulars) the person is employed on.");
        return this with
        {
            TermsReference = TermsReference.Trim(),
            PayBand = string.IsNullOrWhiteSpace(PayBand) ? null : PayBand.Trim(),
            PostTitle = string.IsNullOrWhiteSpace(PostTitle) ? null : PostTitle.Trim(),
        };
    }
}

/// <summary>A decision of a governance body, by its reference and date (W:856's "no transfer" is one).</summary>
public sealed record GovernanceDecision(string Body, string Reference, DateOnly DecidedOn)
{
    internal GovernanceDecision Checked(string field)
    {
        StaffRules.DecisionCited.Require(!string.IsNullOrWhiteSpace(Body), $"{field}.body",
            "Name the body that decided.");
        StaffRules.DecisionCited.Require(!string.IsNullOrWhiteSpace(Reference), $"{field}.reference",
            "Give the decision's reference.");
        return this with { Body = Body.Trim(), Reference = Reference.Trim() };
    }
}
