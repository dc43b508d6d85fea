using Commissioning.Domain;

namespace Workforce.Domain.Staff;

/// <summary>
/// A member of staff's identity: personal data that stays in the workforce service. Everything that
/// leaves it (events, other services, commissioners' views) carries the pseudonymous reference instead.
/// </summary>
public sealed record PersonalDetails(string GivenName, string FamilyName, DateOnly DateOfBirth, string? PayrollNumber)
{
    /// <summary>Age in whole years on <paramref name="on"/>, as the ELI pack states it (anchors B.10 "identity and
    /// age").</summary>
    public int AgeOn(DateOnly on)
    {
        var age = on.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > on ? age - 1 : age;
    }

    internal PersonalDetails Checked()
    {
        StaffRules.PersonNamed.Require(!string.IsNullOrWhiteSpace(GivenName), "givenName", "A given name is required.");
        StaffRules.PersonNamed.Require(!string.IsNullOrWhiteSpace(FamilyName), "familyName",
            "A family name is required.");
        return this with
        {
            GivenName = GivenName.Trim(),
            FamilyName = FamilyName.Trim(),
            PayrollNumber = string.IsNullOrWhiteSpace(PayrollNumber) ? null : PayrollNumber.Trim(),
        };
    }
}

/// <summary>A disciplinary or grievance case, or a tribunal claim, that the ELI pack may need to disclose.</summary>
public sealed record EmploymentCase(EmploymentCaseKind Kind, DateOnly StartedOn, string Summary);

/// <summary>A spell with one employer; continuity of employment runs across spells (A §5.17 L1196).</summary>
public sealed record EmploymentSpell(string EmployerCode, DateOnly From, DateOnly? To);
