using Commissioning.Domain;

namespace CarePackages.Domain.Brokerage;

/// <summary>The rules a placement request, its offers and the brokerage settings keep (P CPV-05).</summary>
public static class BrokerageRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;
    private const ViolationKind Forbidden = ViolationKind.Forbidden;

    public static readonly Rule AgreedPlanBrokered = new("agreed-plan-brokered", State,
        "Only a plan whose funding is agreed is brokered.", "P CPV-05");
    public static readonly Rule PlacementStated = new("placement-request-stated", Invalid,
        "A placement request is for an agreed plan and states a service type, a locality and a start date not passed.",
        "P CPV-05");
    public static readonly Rule NeedsSummaryAnonymous = new("needs-summary-anonymous", Invalid,
        "A needs summary of up to 2,000 characters names neither the person's NHS number nor a date.", "P CPV-05");
    public static readonly Rule InBoroughFirst = new("in-borough-first", State,
        "A placement goes to in-borough framework providers first; out of borough needs a recorded exception.",
        "H:L201");
    public static readonly Rule ExceptionHasReason = new("out-of-borough-exception-has-reason", Invalid,
        "An out-of-borough exception states its reason.", "H:L201");
    public static readonly Rule OfferPriced = new("offer-priced-weekly", Invalid,
        "An offer is a weekly price above zero in pounds and pence.", "P CPV-05");
    public static readonly Rule OneOfferPerRound = new("one-offer-per-round", ViolationKind.AlreadyExists,
        "A provider offers once in a round.", "P CPV-05");
    public static readonly Rule AnsweredOncePerRound = new("answered-once-per-round", State,
        "A provider that has offered in a round does not decline it.", "P CPV-05");
    public static readonly Rule WithinTheOfferWindow = new("within-the-offer-window", State,
        "Offers are made while the window is open, and it closes at its time unless every provider has answered.",
        "P CPV-05");
    public static readonly Rule PlacementStatusAllows = new("placement-status-allows", State,
        "A placement request moves through offers open, offers closed and awarded in order; a round's offers are "
        + "awarded or declined before re-brokering, and a withdrawn offer is no longer awarded.", "P CPV-05");
    public static readonly Rule ChoiceRecorded = new("offer-choice-recorded", Invalid,
        "Declining an offer, or awarding one ranked below the first, records why.", "P CPV-05");
    public static readonly Rule BrokerOnly = new("broker-only", Forbidden,
        "Only the council's brokerage team brokers a placement.", "P CPV-05");
    public static readonly Rule SentToTheProvider = new("sent-to-the-provider", Forbidden,
        "A provider sees and answers only a placement request its organisation is invited to in the round.",
        "P CPV-05");
    public static readonly Rule RankingForTheCouncil = new("ranking-for-the-council", Forbidden,
        "Only council staff see the ranking, which names every bidder's price.", "P CPV-05");
    public static readonly Rule SettingsWeighed = new("brokerage-settings-weighed", Invalid,
        "The offer window is positive and the quality and cost weights are percentages adding up to 100.",
        "P CPV-05");
}
