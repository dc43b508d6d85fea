using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Verification;

/// <summary>
/// The council's scheme of delegation for agreeing funding. The documents give no figures
/// (A §8.6, P §8.33), so both limits are configuration: a verifier may agree a package up to and
/// including <see cref="VerifierWeeklyLimit"/> a week and one-off costs up to <see cref="VerifierOneOffLimit"/>;
/// above either, only a senior verifier may. Provider staff can never agree funding (P:L799).
/// </summary>
public sealed record DelegatedAuthority
{
    public DelegatedAuthority(decimal verifierWeeklyLimit, decimal verifierOneOffLimit)
    {
        VerificationRules.LimitsStated.Require(verifierWeeklyLimit > 0, "verifierWeeklyLimit",
            "The verifier's weekly limit must be positive.");
        VerificationRules.LimitsStated.Require(verifierOneOffLimit >= 0, "verifierOneOffLimit",
            "The one-off limit cannot be negative.");
        VerifierWeeklyLimit = verifierWeeklyLimit;
        VerifierOneOffLimit = verifierOneOffLimit;
    }

    public decimal VerifierWeeklyLimit { get; }
    public decimal VerifierOneOffLimit { get; }

    public static void EnsureVerifier(Actor actor)
    {
        if (actor.Role is not (Role.Verifier or Role.SeniorVerifier))
            throw VerificationRules.VerifierOnly.Broken("role",
                "Only the council's verification team can decide on a support plan.");
    }

    public void EnsurePermits(Actor actor, decimal weeklyCost, decimal oneOffCost)
    {
        EnsureVerifier(actor);
        if (actor.Role == Role.SeniorVerifier) return;
        if (weeklyCost > VerifierWeeklyLimit)
            throw VerificationRules.WithinDelegatedAuthority.Broken("weeklyCost",
                $"£{weeklyCost:N2} a week is above the verifier limit of £{VerifierWeeklyLimit:N2}; a senior verifier must agree it.");
        if (oneOffCost > VerifierOneOffLimit)
            throw VerificationRules.WithinDelegatedAuthority.Broken("oneOffCost",
                $"One-off costs of £{oneOffCost:N2} are above the verifier limit of £{VerifierOneOffLimit:N2}; a senior verifier must agree them.");
    }
}
