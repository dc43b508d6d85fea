using Notifications.Domain.SeedWork;
using Notifications.Domain.Visibility;
using static Notifications.Tests.Domain.Seeds;

namespace Notifications.Tests.Domain;

public class ProviderVisibilityTests
{
    [Fact]
    public void A_placement_request_is_seen_by_the_two_invited_providers_and_not_a_third()
    {
        var facts = EventFacts.Invitation(ProviderEventTypes.PlacementOffered, [CareHome, HomeCare]);

        Assert.Equal(new HashSet<OrganisationCode> { CareHome, HomeCare }, ProviderVisibility.SeenBy(facts));
        Assert.False(ProviderVisibility.MaySee(facts, ThirdProvider));
    }

    [Fact]
    public void An_award_is_seen_by_the_offering_provider_only()
    {
        // The award event names the awarded provider; the other invited providers do not learn of it.
        var facts = new EventFacts(ProviderEventTypes.PlacementAwarded, [CareHome, HomeCare], CareHome, null);

        Assert.Equal([CareHome], ProviderVisibility.SeenBy(facts));
        Assert.False(ProviderVisibility.MaySee(facts, HomeCare));
        Assert.False(ProviderVisibility.MaySee(facts, ThirdProvider));
    }

    [Theory]
    [InlineData(ProviderEventTypes.ContractAwarded)]
    [InlineData(ProviderEventTypes.ContractVaried)]
    [InlineData(ProviderEventTypes.ContractNovated)]
    [InlineData(ProviderEventTypes.ContractTerminated)]
    [InlineData(ProviderEventTypes.RateChanged)]
    [InlineData(ProviderEventTypes.ProviderSuspended)]
    [InlineData(ProviderEventTypes.ProviderEligibleAgain)]
    [InlineData(ProviderEventTypes.ProviderAdmitted)]
    public void A_contract_rate_or_provider_event_is_seen_by_the_provider_it_names_only(string type)
    {
        var facts = EventFacts.Naming(type, HomeCare);

        Assert.Equal([HomeCare], ProviderVisibility.SeenBy(facts));
        Assert.False(ProviderVisibility.MaySee(facts, CareHome));
        Assert.False(ProviderVisibility.MaySee(facts, ThirdProvider));
    }

    [Theory]
    [InlineData(ProviderEventTypes.PlacementAwarded)]
    [InlineData(ProviderEventTypes.ContractVaried)]
    [InlineData(ProviderEventTypes.RateChanged)]
    public void A_rule_whose_fact_is_missing_shows_the_event_to_nobody(string type) =>
        Assert.Empty(ProviderVisibility.SeenBy(new EventFacts(type, [CareHome, HomeCare], null, null)));

    [Theory]
    [InlineData("commissioning.care-packages.package-verified.v1")]
    [InlineData("commissioning.finance.budget-line-changed.v1")]
    [InlineData("commissioning.workforce.staff-transferred.v1")]
    [InlineData("")]
    public void An_event_type_the_table_does_not_name_is_seen_by_no_provider(string type)
    {
        Assert.Empty(ProviderVisibility.SeenBy(new EventFacts(type, [CareHome], CareHome, CareHome)));
        Assert.Null(ProviderVisibility.RuleFor(type));
    }

    [Fact]
    public void The_table_names_the_types_the_services_publish()
    {
        Assert.Equal(
        [
            "commissioning.care-packages.placement-awarded.v1",
            "commissioning.care-packages.placement-offered.v1",
            "commissioning.contracts.contract-awarded.v1",
            "commissioning.contracts.contract-novated.v1",
            "commissioning.contracts.contract-terminated.v1",
            "commissioning.contracts.contract-varied.v1",
            "commissioning.contracts.provider-admitted.v1",
            "commissioning.contracts.provider-eligible-again.v1",
            "commissioning.contracts.provider-suspended.v1",
            "commissioning.contracts.rate-changed.v1",
        ], ProviderVisibility.EventTypes);
    }

    [Fact]
    public void Every_type_in_the_table_has_a_message_in_the_event_protos()
    {
        var protos = Path.Combine(RepositoryRoot(), "proto", "commissioning", "events", "v1");
        var messages = Directory.GetFiles(protos, "*.proto").SelectMany(File.ReadAllLines)
            .Where(l => l.StartsWith("message ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1]).ToHashSet();

        foreach (var type in ProviderVisibility.EventTypes)
            Assert.Contains(MessageName(type), messages);
    }

    /// <summary>"commissioning.contracts.provider-eligible-again.v1" is the message ProviderEligibleAgain.</summary>
    private static string MessageName(string type) => string.Concat(type.Split('.')[2].Split('-')
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Commissioning.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Commissioning.sln not found above the tests.");
    }
}
