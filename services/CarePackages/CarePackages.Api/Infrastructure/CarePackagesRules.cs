using CarePackages.Domain.Assessments;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.People;
using CarePackages.Domain.Verification;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// The service's published rules, read once from configuration: the pseudonym key ("People:PseudonymKey",
/// base64, at least 32 bytes; there is deliberately no default, so a deployment without its own key
/// does not start), the verifiers' delegated limits ("Verification"), the brokerage window and
/// weighting ("Brokerage", 24 hours and 60/40 unless set) and the Section 75 delegations
/// ("Section75:Delegations:&lt;council code&gt;:&lt;provider code&gt;" = the functions that council's
/// agreement delegates to that provider).
/// </summary>
public sealed class CarePackagesRules(IConfiguration configuration)
{
    public PseudonymKey PseudonymKey { get; } = new(Convert.FromBase64String(configuration["People:PseudonymKey"]
        ?? throw new InvalidOperationException("Set People:PseudonymKey (base64, at least 32 bytes).")));

    public DelegatedAuthority Authority { get; } = new(
        configuration.GetValue<decimal>("Verification:VerifierWeeklyLimit"),
        configuration.GetValue<decimal>("Verification:VerifierOneOffLimit"));

    public BrokerageSettings Brokerage { get; } = new(
        TimeSpan.FromHours(configuration.GetValue("Brokerage:OfferWindowHours", 24d)),
        configuration.GetValue("Brokerage:QualityWeight", 60m),
        configuration.GetValue("Brokerage:CostWeight", 40m));

    private readonly IReadOnlyDictionary<(string Council, string Provider), HashSet<DelegableFunction>> _delegations =
        (configuration.GetSection("Section75:Delegations")
            .Get<Dictionary<string, Dictionary<string, DelegableFunction[]>>>() ?? [])
        .SelectMany(council => council.Value.Select(provider => (
            Key: (PlatformIds.NormalCode(council.Key), PlatformIds.NormalCode(provider.Key)), provider.Value)))
        .ToDictionary(d => d.Key, d => d.Value.ToHashSet());

    /// <summary>What the council's Section 75 agreement delegates to the caller's organisation, if anything.</summary>
    public Section75Delegation? DelegationTo(string? councilCode, string organisationCode) =>
        councilCode is not null && _delegations.TryGetValue(
            (PlatformIds.NormalCode(councilCode), PlatformIds.NormalCode(organisationCode)), out var functions)
            ? new Section75Delegation(PlatformIds.NormalCode(councilCode), PlatformIds.Organisation(organisationCode),
                PlatformIds.NormalCode(organisationCode), functions)
            : null;

    /// <summary>The councils whose agreements delegate anything to the provider: tenancies its users are in.</summary>
    public IEnumerable<string> CouncilsDelegatingTo(string providerCode) =>
        _delegations.Keys.Where(k => k.Provider == PlatformIds.NormalCode(providerCode)).Select(k => k.Council);
}

public static class CarePackagesRulesRegistration
{
    public static IServiceCollection AddCarePackagesRules(this IServiceCollection services)
    {
        services.AddSingleton<CarePackagesRules>();
        return services;
    }
}
