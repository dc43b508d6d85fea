using Commissioning.Domain;

namespace CarePackages.Domain.People;

/// <summary>The rules a person's record, their caring relationships and their reference keep.</summary>
public static class PeopleRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const string PersonalData = "ARCHITECTURE \"Personal data\"";

    public static readonly Rule NhsNumberChecks = new("nhs-number-checks", Invalid,
        "An NHS number has ten digits whose last is the modulus 11 check digit of the first nine.",
        PersonalData);
    public static readonly Rule PersonStated = new("person-stated", Invalid,
        "A person has a given name, a family name and a date of birth not in the future.", PersonalData);
    public static readonly Rule CarerIsSomeoneElse = new("carer-is-someone-else", Invalid,
        "A person is not their own carer, and a caring relationship ends no earlier than it started.", "A §3.4 L716");
    public static readonly Rule CaringRecordedOnce = new("caring-recorded-once", ViolationKind.AlreadyExists,
        "A caring relationship still running is recorded once.", "A §3.4 L716");
    public static readonly Rule PersonNhsNumberOnce = new("person-registered-once", ViolationKind.AlreadyExists,
        "A person with an NHS number is registered once.", PersonalData);
    public static readonly Rule ReferenceShaped = new("person-reference-shaped", Invalid,
        "A person reference is pr_ and 32 lower-case hex digits, made under a pseudonym key of at least 32 bytes.");
}
