using Commissioning.Domain;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.Framework;

/// <summary>
/// The single provider framework and commissioning gateway (W:414) run as a dynamic purchasing list:
/// lots by service type and locality, admission open on any day the list is open, exclusion when a
/// member stops meeting the published criteria.
/// </summary>
public sealed class ProviderFramework : AggregateRoot
{
    private readonly List<MarketSegment> _lots = [];
    private readonly List<FrameworkMembership> _members = [];

    private ProviderFramework() { }

    public string Name { get; private set; } = "";
    public DateOnly OpensOn { get; private set; }
    public DateOnly? ClosesOn { get; private set; }
    public bool RequiresLivingWage { get; private set; }
    public IReadOnlyCollection<MarketSegment> Lots => _lots;
    public IReadOnlyCollection<FrameworkMembership> Members => _members;

    public static ProviderFramework Publish(
        string name, DateOnly opensOn, DateOnly? closesOn, IEnumerable<MarketSegment> lots, bool requiresLivingWage)
    {
        FrameworkRules.ClosesAfterItOpens.Require(closesOn is null || closesOn >= opensOn, "closesOn",
            "The list cannot close before it opens.");
        var framework = new ProviderFramework
        {
            Name = Text.Required(name, "name"), OpensOn = opensOn, ClosesOn = closesOn, RequiresLivingWage = requiresLivingWage,
        };
        framework._lots.AddRange(lots.Distinct());
        FrameworkRules.HasALot.Require(framework._lots.Count > 0, "lots", "A framework needs at least one lot.");
        return framework;
    }

    public void AddLot(MarketSegment lot)
    {
        if (_lots.Contains(lot)) throw FrameworkRules.LotOnce.Broken("lots", $"{lot} is already a lot.");
        _lots.Add(lot);
    }

    public bool IsAdmitted(Guid providerId, MarketSegment lot) => _members.Any(m => m.IsCurrent && m.ProviderId == providerId && m.Lot == lot);

    public bool IsAdmitted(string providerOdsCode, MarketSegment lot) =>
        _members.Any(m => m.IsCurrent && m.ProviderOdsCode == providerOdsCode && m.Lot == lot);

    /// <summary>Admits the provider to every lot asked for, or to none if any lot fails.</summary>
    public void Admit(Provider provider, IReadOnlyCollection<MarketSegment> lots, DateOnly admittedOn)
    {
        FrameworkRules.AdmissionNamesALot.Require(lots.Count > 0, "lots", "Name at least one lot.");
        if (admittedOn < OpensOn || admittedOn > ClosesOn)
            throw FrameworkRules.OpenOnTheDay.Broken("admittedOn", $"{Name} is not open on {admittedOn:yyyy-MM-dd}.");
        foreach (var lot in lots)
        {
            FrameworkRules.AdmissionNamesALot.Require(_lots.Contains(lot), "lots", $"{lot} is not a lot of {Name}.");
            if (IsAdmitted(provider.Id, lot))
                throw FrameworkRules.AdmittedOnce.Broken("lots", $"The provider is already on {lot}.");
            AdmissionCriteria.Require(provider, lot, RequiresLivingWage);
        }
        // Members hold the lot as the framework publishes it, whatever case the request used.
        var admitted = lots.Distinct().Select(lot => _lots.First(published => published == lot)).ToList();
        _members.AddRange(admitted.Select(lot => new FrameworkMembership(provider.Id, provider.OdsCode, lot, admittedOn)));
        Raise(new ProviderAdmittedToFramework(Id, provider.Id, provider.OdsCode, admitted, admittedOn));
    }

    public void Exclude(Guid providerId, string reason, DateOnly excludedOn)
    {
        var text = Text.Required(reason, "reason");
        var current = _members.Where(m => m.IsCurrent && m.ProviderId == providerId).ToList();
        if (current.Count == 0) throw RuleViolation.NotFound("providerId", "The provider is not on this list.");
        FrameworkRules.ExcludedAfterAdmission.Require(current.All(m => excludedOn >= m.AdmittedOn), "excludedOn",
            "Exclusion cannot precede admission.");
        current.ForEach(m => m.End(text, excludedOn));
        Raise(new ProviderExcludedFromFramework(Id, providerId, current[0].ProviderOdsCode, text, excludedOn));
    }

    /// <summary>
    /// Re-applies the published criteria to a member after its record changed (a new CQC rating, a
    /// serious concern): a member that no longer meets them leaves every lot.
    /// </summary>
    public void Reassess(Provider provider, DateOnly on)
    {
        var failure = _members.Where(m => m.IsCurrent && m.ProviderId == provider.Id)
            .Select(m => AdmissionCriteria.FirstFailure(provider, m.Lot, RequiresLivingWage))
            .FirstOrDefault(f => f is not null);
        if (failure is { } found) Exclude(provider.Id, found.Reason, on);
    }
}
