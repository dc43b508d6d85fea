using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.People;

/// <summary>
/// A person known to the service. Identity (NHS number, name, date of birth) lives only here;
/// everything that leaves the service names the person by <see cref="Reference"/>.
/// </summary>
public sealed class Person : AggregateRoot
{
    private readonly List<CaringRelationship> _caresFor = [];

    private Person() { }

    public string NhsNumber { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    public string Reference { get; private set; } = "";

    /// <summary>The people this person cares for (CLD links up to three adults for a carer).</summary>
    public IReadOnlyList<CaringRelationship> CaresFor => _caresFor;

    public PersonReference PersonReference => People.PersonReference.From(Reference);

    public static Person Register(string nhsNumber, string givenName, string familyName, DateOnly dateOfBirth,
        DateOnly today, PseudonymKey key)
    {
        var number = People.NhsNumber.Parse(nhsNumber);
        PeopleRules.PersonStated.Require(!string.IsNullOrWhiteSpace(givenName), "givenName",
            "A given name is required.");
        PeopleRules.PersonStated.Require(!string.IsNullOrWhiteSpace(familyName), "familyName",
            "A family name is required.");
        PeopleRules.PersonStated.Require(dateOfBirth <= today, "dateOfBirth",
            "The date of birth cannot be in the future.");
        var person = new Person
        {
            NhsNumber = number.Value,
            GivenName = givenName.Trim(),
            FamilyName = familyName.Trim(),
            DateOfBirth = dateOfBirth,
            Reference = People.PersonReference.Derive(number, key).Value,
        };
        person.Raise(new PersonRegistered(person.Id, person.PersonReference));
        return person;
    }

    /// <summary>Completed years of age on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date) => Age.On(DateOfBirth, date);

    public bool IsChildOn(DateOnly date) => AgeOn(date) < 18;

    /// <summary>
    /// Records that this person is an unpaid carer for <paramref name="caredFor"/>. Carers have their
    /// own right to an assessment (A §3.4 L716); a carer under 18 is a young carer, which calls for a
    /// whole-family consideration (A §5.9.1 L1014), so that is raised as an event.
    /// </summary>
    public void StartCaringFor(Person caredFor, DateOnly since)
    {
        if (caredFor.Id == Id) throw PeopleRules.CarerIsSomeoneElse.Broken("caredForId",
            "A person cannot be their own carer.");
        if (_caresFor.Any(c => c.CaredForId == caredFor.Id && c.Until is null))
            throw PeopleRules.CaringRecordedOnce.Broken("caredForId", "This caring relationship is already recorded.");
        _caresFor.Add(new CaringRelationship(caredFor.Id, caredFor.Reference, since));
        Raise(new CarerLinked(Id, PersonReference, caredFor.PersonReference, IsChildOn(since)));
    }

    public void StopCaringFor(Guid caredForId, DateOnly until)
    {
        var link = _caresFor.SingleOrDefault(c => c.CaredForId == caredForId && c.Until is null)
            ?? throw RuleViolation.NotFound("caredForId", "No current caring relationship with that person.");
        link.End(until);
    }
}

/// <summary>A carer's link to a person they care for, known by id and reference, never by identity.</summary>
public sealed class CaringRelationship
{
    private CaringRelationship() { }

    internal CaringRelationship(Guid caredForId, string caredForReference, DateOnly since)
    {
        CaredForId = caredForId;
        CaredForReference = caredForReference;
        Since = since;
    }

    public Guid CaredForId { get; private set; }
    public string CaredForReference { get; private set; } = "";
    public DateOnly Since { get; private set; }
    public DateOnly? Until { get; private set; }

    internal void End(DateOnly until)
    {
        PeopleRules.CarerIsSomeoneElse.Require(until >= Since, "until",
            "A caring relationship cannot end before it started.");
        Until = until;
    }
}

/// <summary>
/// Age in completed years. Someone born on 29 February reaches an age on 1 March in a common year,
/// the reading usually taken in England and Wales.
/// </summary>
public static class Age
{
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        var years = date.Year - dateOfBirth.Year;
        return date < Birthday(dateOfBirth, date.Year) ? years - 1 : years;
    }

    /// <summary>The date the person reaches <paramref name="years"/>.</summary>
    public static DateOnly Reaches(DateOnly dateOfBirth, int years) => Birthday(dateOfBirth, dateOfBirth.Year + years);

    private static DateOnly Birthday(DateOnly dateOfBirth, int year) =>
        dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
}
