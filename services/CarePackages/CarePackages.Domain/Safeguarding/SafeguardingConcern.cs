using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Safeguarding;

/// <summary>
/// A safeguarding concern and the worklist it lands on. Any concern about a child is child
/// protection and goes to the council, whoever raised it and however they labelled it: child
/// protection was not transferred (A R-SG-01..03, §1.16.5 L416). For a disabled child served under
/// the delegation the provider co-works (R-SG-04) but the case stays on the council's worklist.
/// Adult concerns may be investigated by a provider under delegation, but only the council's
/// safeguarding manager closes them, after scrutiny of the outcome (P:L833-835).
/// </summary>
public sealed class SafeguardingConcern : AggregateRoot
{
    private SafeguardingConcern() { }

    public string PersonReference { get; private set; } = "";
    public ConcernKind Kind { get; private set; }
    public Worklist Worklist { get; private set; }
    public Guid? InvestigatingProviderId { get; private set; }
    public Guid? CoWorkingProviderId { get; private set; }
    public Guid RaisedByOrganisationId { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    public string Summary { get; private set; } = "";
    public string? ProposedOutcome { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>
    /// Records a concern and routes it. <c>deliveringProviderId</c> is the provider serving the person under
    /// the Section 75 delegation, if any; <c>investigationDelegated</c> says whether the agreement
    /// delegates adult safeguarding investigation to it.
    /// </summary>
    public static SafeguardingConcern Report(Person subject, Actor raisedBy, string summary, DateOnly on,
        Guid? deliveringProviderId, bool investigationDelegated)
    {
        SafeguardingRules.ConcernDescribed.Require(!string.IsNullOrWhiteSpace(summary), "summary",
            "Describe the concern.");
        var child = subject.IsChildOn(on);
        var concern = new SafeguardingConcern
        {
            PersonReference = subject.Reference,
            Kind = child ? ConcernKind.ChildProtection : ConcernKind.AdultSafeguarding,
            RaisedByOrganisationId = raisedBy.OrganisationId,
            RaisedOn = on,
            Summary = summary.Trim(),
        };
        if (child)
        {
            concern.Worklist = Worklist.CouncilChildProtection;
            concern.CoWorkingProviderId = deliveringProviderId;
        }
        else if (deliveringProviderId is { } provider && investigationDelegated)
        {
            concern.Worklist = Worklist.ProviderInvestigation;
            concern.InvestigatingProviderId = provider;
        }
        else
        {
            concern.Worklist = Worklist.CouncilAdultSafeguarding;
        }
        concern.Raise(new SafeguardingConcernRaised(concern.Id, subject.PersonReference, concern.Kind, concern.Worklist,
            concern.InvestigatingProviderId, on));
        return concern;
    }

    /// <summary>Whether this concern is on <paramref name="actor"/>'s worklist. Child protection never is for provider staff.</summary>
    public bool IsOnWorklistOf(Actor actor) => Worklist switch
    {
        Worklist.ProviderInvestigation => actor.OrganisationId == InvestigatingProviderId && !actor.IsCouncil,
        _ => actor.Role == Role.CouncilSafeguarding,
    };

    /// <summary>Still open and on <paramref name="actor"/>'s worklist: what their worklist lists.</summary>
    public bool IsOpenOnWorklistOf(Actor actor) => ClosedOn is null && IsOnWorklistOf(actor);

    /// <summary>The investigating provider proposes an outcome; the case then waits for the council's scrutiny.</summary>
    public void ProposeOutcome(Actor investigator, string outcome)
    {
        EnsureOpen();
        if (Worklist != Worklist.ProviderInvestigation || investigator.OrganisationId != InvestigatingProviderId || investigator.IsCouncil)
            throw SafeguardingRules.InvestigatorProposes.Broken("concernId",
                "Only the investigating provider proposes an outcome.");
        SafeguardingRules.ConcernDescribed.Require(!string.IsNullOrWhiteSpace(outcome), "outcome",
            "Describe the proposed outcome.");
        ProposedOutcome = outcome.Trim();
        Worklist = Worklist.CouncilAdultSafeguarding;
    }

    /// <summary>Only the council's safeguarding manager closes a concern, and a delegated investigation only with an outcome to scrutinise.</summary>
    public void Close(Actor manager, DateOnly on)
    {
        EnsureOpen();
        if (manager.Role != Role.CouncilSafeguarding)
            throw SafeguardingRules.CouncilCloses.Broken("role",
                "Only the council's safeguarding manager closes a concern.");
        if (InvestigatingProviderId is not null && ProposedOutcome is null)
            throw SafeguardingRules.ClosedAfterScrutiny.Broken("outcome",
                "The delegated investigation has not proposed an outcome yet.");
        SafeguardingRules.ClosedAfterRaised.Require(on >= RaisedOn, "closedOn",
            "A concern cannot close before it was raised.");
        ClosedOn = on;
        Raise(new SafeguardingConcernClosed(Id, People.PersonReference.From(PersonReference), on));
    }

    private void EnsureOpen()
    {
        if (ClosedOn is not null) throw SafeguardingRules.ConcernOpen.Broken("concernId", "The concern is closed.");
    }
}

public enum ConcernKind { ChildProtection, AdultSafeguarding }

public enum Worklist { CouncilChildProtection, CouncilAdultSafeguarding, ProviderInvestigation }
