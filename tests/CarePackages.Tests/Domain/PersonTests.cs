using CarePackages.Domain.People;
using Commissioning.Domain;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

public class PersonTests
{
    private static readonly PseudonymKey OtherKey = new(Enumerable.Repeat((byte)7, 32).ToArray());

    [Fact]
    public void The_person_reference_is_stable_for_the_same_NHS_number_and_key()
    {
        var first = PersonReference.Derive(NhsNumber.Parse("9434765919"), Key);
        var again = PersonReference.Derive(NhsNumber.Parse("943 476 5919"), Key);
        Assert.Equal(first, again);
        Assert.Matches("^pr_[0-9a-f]{32}$", first.Value);
    }

    [Fact]
    public void The_reference_depends_on_the_key_and_does_not_contain_the_number()
    {
        var number = NhsNumber.Parse("9434765919");
        var reference = PersonReference.Derive(number, Key);
        Assert.NotEqual(reference, PersonReference.Derive(number, OtherKey));
        Assert.NotEqual(reference, PersonReference.Derive(NhsNumber.Parse("4010232137"), Key));
        Assert.DoesNotContain("9434765919", reference.Value);
    }

    [Fact]
    public void A_short_key_is_refused() =>
        Assert.Equal(("pseudonymKey", PeopleRules.ReferenceShaped),
            Violation(() => new PseudonymKey(new byte[16])).Named());

    [Fact]
    public void Registration_keeps_identity_here_and_the_event_carries_only_the_reference()
    {
        var person = Adult();
        var registered = Assert.IsType<PersonRegistered>(Assert.Single(person.DomainEvents));
        Assert.Equal("9434765919", person.NhsNumber);
        Assert.Equal(person.Reference, registered.Person.Value);
        Assert.DoesNotContain("9434765919", registered.ToString());
        Assert.DoesNotContain("Jones", registered.ToString());
    }

    [Theory]
    [InlineData("9434765918", "Sam", "Jones", "nhsNumber")]
    [InlineData("9434765919", " ", "Jones", "givenName")]
    [InlineData("9434765919", "Sam", "", "familyName")]
    public void Registration_refuses_bad_identity(string nhs, string given, string family, string field) =>
        Assert.Equal(field, Violation(() => Person.Register(nhs, given, family, new DateOnly(1980, 1, 1), Today, Key)).Field);

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused() =>
        Assert.Equal(("dateOfBirth", PeopleRules.PersonStated), Violation(() => Person.Register("9434765919", "Sam",
            "Jones", Today.AddDays(1), Today, Key)).Named());

    [Fact]
    public void Age_counts_completed_years_and_a_leap_day_birthday_arrives_on_1_March()
    {
        var dob = new DateOnly(2000, 2, 29);
        Assert.Equal(17, Age.On(dob, new DateOnly(2018, 2, 28)));
        Assert.Equal(18, Age.On(dob, new DateOnly(2018, 3, 1)));
        Assert.Equal(new DateOnly(2018, 3, 1), Age.Reaches(dob, 18));
    }

    // A §3.4 L716 carers' right to an assessment; A §5.9.1 L1014 young carers.
    [Fact]
    public void A_carer_is_linked_to_the_people_cared_for_and_a_young_carer_is_flagged()
    {
        var mother = Adult("4010232137", new DateOnly(1960, 1, 1));
        var son = Person.Register("9434765870", "Ash", "Jones", new DateOnly(2003, 6, 1), Today, Key);
        son.StartCaringFor(mother, Today);

        var link = Assert.Single(son.CaresFor);
        Assert.Equal(mother.Id, link.CaredForId);
        Assert.Equal(mother.Reference, link.CaredForReference);
        var linked = son.DomainEvents.OfType<CarerLinked>().Single();
        Assert.True(linked.YoungCarer);
        Assert.Equal(mother.PersonReference, linked.CaredFor);
    }

    [Fact]
    public void A_person_cannot_care_for_themselves_or_be_linked_twice()
    {
        var carer = Adult("4010232137");
        var caredFor = Adult();
        Assert.Equal(("caredForId", PeopleRules.CarerIsSomeoneElse), Violation(() => carer.StartCaringFor(carer,
            Today)).Named());
        carer.StartCaringFor(caredFor, Today);
        Assert.Equal(ViolationKind.AlreadyExists, Violation(() => carer.StartCaringFor(caredFor, Today)).Kind);
        Assert.Single(carer.CaresFor);
    }
}
