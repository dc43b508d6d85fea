using Commissioning.Domain;

namespace CarePackages.Domain.Verification;

/// <summary>
/// Who pays for a package and from which fund and budget line (anchors B.9: LA, NHS CHC, NHS FNC,
/// joint with percentages; DOMAIN.md adds a BCF scheme). The shares' percentages add up to exactly
/// 100 and amounts are apportioned with <see cref="Money.Split"/>, so they add back to the penny.
/// FNC is held as its percentage share of the package like the other streams; the fixed national
/// FNC weekly rate is converted to that share by the verifier.
/// </summary>
public sealed record FundingSplit
{
    private FundingSplit(IReadOnlyList<FundingShare> shares) => Shares = shares;

    public IReadOnlyList<FundingShare> Shares { get; }

    /// <summary>One stream paying the whole package, or <see cref="FundingArrangement.Joint"/> when several share it.</summary>
    public FundingArrangement Arrangement => Shares.Select(s => s.Stream).Distinct().Count() > 1
        ? FundingArrangement.Joint
        : (FundingArrangement)Shares[0].Stream;

    public static FundingSplit Create(IReadOnlyList<FundingShare> shares)
    {
        FundingRules.SharesMakeTheWhole.Require(shares is { Count: > 0 }, "fundingShares",
            "A funding split needs at least one share.");
        foreach (var share in shares) Validate(share);
        FundingRules.SharesMakeTheWhole.Require(shares.Sum(s => s.Percent) == 100m, "fundingShares",
            $"Funding shares add up to {shares.Sum(s => s.Percent)}%, not 100%.");
        FundingRules.SharesMakeTheWhole.Require(shares.DistinctBy(s => (s.Stream, s.FundId, s.BudgetLineCode,
            s.BcfScheme)).Count() == shares.Count,
            "fundingShares", "The same stream and budget line appears twice.");
        return new FundingSplit(shares.ToArray());
    }

    /// <summary>Splits an amount across the shares in order, to the penny.</summary>
    public IReadOnlyList<decimal> Apportion(decimal amount) => Money.Split(amount, Shares.Select(s => s.Percent).ToArray());

    private static void Validate(FundingShare share)
    {
        FundingRules.ShareStated.Require(Enum.IsDefined(share.Stream), "fundingStream", "Not a funding stream.");
        FundingRules.ShareStated.Require(share.Percent is > 0 and <= 100 && decimal.Round(share.Percent,
            2) == share.Percent,
            "percent", "A share is more than 0% and at most 100%, to two decimal places.");
        FundingRules.ShareStated.Require(share.FundId != Guid.Empty, "fundId",
            "Each share names the fund it is charged to.");
        FundingRules.ShareStated.Require(!string.IsNullOrWhiteSpace(share.BudgetLineCode), "budgetLineCode",
            "Each share names its budget line.");
        if (share.Stream == FundingStream.Bcf)
            FundingRules.BcfShareNamesItsScheme.Require(!string.IsNullOrWhiteSpace(share.BcfScheme), "bcfScheme",
                "A BCF share names its BCF scheme.");
        else
            FundingRules.BcfShareNamesItsScheme.Require(share.BcfScheme is null, "bcfScheme",
                "Only a BCF share has a BCF scheme.");
    }
}

public sealed record FundingShare(FundingStream Stream, decimal Percent, Guid FundId, string BudgetLineCode, string? BcfScheme = null);

public enum FundingStream { LaSocialCare, NhsChc, NhsFnc, Bcf }

/// <summary>The first four match <see cref="FundingStream"/> member for member.</summary>
public enum FundingArrangement { LaSocialCare, NhsChc, NhsFnc, Bcf, Joint }
