using CarePackages.Domain.People;
using Commissioning.Domain;
using Commissioning.Testing;

namespace CarePackages.Tests.Domain;

public class NhsNumberTests
{
    // Weights 10..2 over 9434765919's first nine digits sum to 299; 299 mod 11 = 2; 11 − 2 = 9, the last digit.
    [Theory]
    [InlineData("9434765919", "9434765919")]
    [InlineData("943 476 5919", "9434765919")]
    [InlineData("943-476-5919", "9434765919")]
    [InlineData("4010232137", "4010232137")]
    [InlineData("9434765870", "9434765870")] // remainder 0 → 11 → check digit 0
    public void Accepts_numbers_whose_check_digit_is_modulus_11(string text, string digits) =>
        Assert.Equal(digits, NhsNumber.Parse(text).Value);

    [Theory]
    [InlineData("9434765918")] // check digit should be 9
    [InlineData("4010232138")] // check digit should be 7
    [InlineData("1234567890")] // first nine sum to 210, 210 mod 11 = 1, 11 − 1 = 10: no valid number has this stem
    [InlineData("943476591")] // nine digits
    [InlineData("94347659190")] // eleven digits
    [InlineData("94347A5919")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_numbers_that_fail_the_check_naming_the_field(string? text)
    {
        var violation = Assert.Throws<RuleViolation>(() => NhsNumber.Parse(text));
        Assert.Equal(("nhsNumber", PeopleRules.NhsNumberChecks), violation.Named());
        Assert.Equal(ViolationKind.Invalid, violation.Kind);
    }

    [Fact]
    public void Prints_in_the_NHS_three_three_four_format() =>
        Assert.Equal("943 476 5919", NhsNumber.Parse("9434765919").ToString());
}
