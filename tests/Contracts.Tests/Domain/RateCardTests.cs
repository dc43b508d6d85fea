using Commissioning.Domain;
using Contracts.Domain.Markets;
using Contracts.Domain.RateCards;

namespace Contracts.Tests.Domain;

/// <summary>
/// P:L764: "consistent quality and rates irrespective of who is the commissioner". The documents
/// give no care rates, so the amounts here are illustrative.
/// </summary>
public class RateCardTests
{
    private static readonly DateOnly April2018 = new(2018, 4, 1);
    private static readonly DateOnly April2019 = new(2019, 4, 1);

    private static RateCard ResidentialWeekly()
    {
        var card = RateCard.Open(Seeds.WirralWestResidential, RateUnit.PerWeek);
        card.AddRate(April2018, new DateOnly(2019, 3, 31), 520.00m);
        card.ClearDomainEvents();
        return card;
    }

    [Theory]
    [InlineData("2018-04-01", 520.00)]
    [InlineData("2019-03-31", 520.00)]
    public void The_rate_in_force_on_a_date_is_found(string date, decimal expected)
    {
        Assert.Equal(expected, ResidentialWeekly().RateOn(DateOnly.Parse(date))!.Amount);
    }

    [Fact]
    public void No_rate_is_in_force_outside_the_published_periods()
    {
        var card = ResidentialWeekly();

        Assert.Null(card.RateOn(April2018.AddDays(-1)));
        Assert.Null(card.RateOn(April2019));
    }

    [Fact]
    public void Overlapping_rate_periods_are_refused_and_change_nothing()
    {
        var card = ResidentialWeekly();

        var violation = Violations.Expect(ViolationKind.Invalid, "effectiveFrom", () => card.AddRate(new DateOnly(2019, 1, 1), null, 540.00m));

        Assert.Contains("520.00", violation.Message);
        Assert.Single(card.Periods);
        Assert.Empty(card.DomainEvents);
    }

    [Fact]
    public void An_adjoining_period_is_accepted_and_published()
    {
        var card = ResidentialWeekly();

        card.AddRate(April2019, null, 540.00m);

        Assert.Equal(540.00m, card.RateOn(new DateOnly(2025, 1, 1))!.Amount);
        var e = Assert.IsType<RateChanged>(Assert.Single(card.DomainEvents));
        Assert.Equal((April2019, 540.00m, (decimal?)null), (e.EffectiveFrom, e.Amount, e.PreviousAmount));
    }

    [Fact]
    public void A_rate_change_closes_the_open_rate_the_day_before_and_is_an_event()
    {
        var card = RateCard.Open(Seeds.WirralWestHomeCare, RateUnit.PerHour);
        card.ChangeRate(April2018, 15.50m);
        card.ChangeRate(April2019, 16.25m);

        Assert.Equal(15.50m, card.RateOn(new DateOnly(2019, 3, 31))!.Amount);
        Assert.Equal(16.25m, card.RateOn(April2019)!.Amount);
        Assert.Equal(new DateOnly(2019, 3, 31), card.Periods[0].EffectiveTo);
        Assert.Equal(15.50m, card.DomainEvents.OfType<RateChanged>().Last().PreviousAmount);
    }

    [Fact]
    public void A_back_dated_change_is_refused_past_rates_stand()
    {
        var card = RateCard.Open(Seeds.WirralWestHomeCare, RateUnit.PerHour);
        card.ChangeRate(April2019, 16.25m);

        Violations.Expect(ViolationKind.Invalid, "effectiveFrom", () => card.ChangeRate(April2019, 17.00m));
        Assert.Equal(16.25m, card.RateOn(April2019)!.Amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-520)]
    [InlineData(520.005)]
    public void A_rate_is_positive_pounds_and_pence(decimal amount)
    {
        Violations.Expect(ViolationKind.Invalid, "amount", () => RateCard.Open(Seeds.WirralWestResidential, RateUnit.PerWeek).AddRate(April2018, null, amount));
    }

    [Fact]
    public void A_rate_card_is_by_service_type_unit_and_locality_only()
    {
        // Commissioner-neutral by construction (P:L764): nothing on a card or its lookup names a commissioner.
        var members = typeof(RateCard).GetProperties().Select(p => p.Name)
            .Concat(typeof(RateCard).GetMethod(nameof(RateCard.RateOn))!.GetParameters().Select(p => p.Name!));

        Assert.DoesNotContain(members, name => name.Contains("Commissioner", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(MarketSegment.Of(ServiceType.ResidentialCare, "Wirral West"), ResidentialWeekly().Segment);
    }
}
