using Commissioning.Domain;

namespace PooledFinance.Domain.Settlement;

/// <summary>One band of a share profile: the split that applies to the variance up to <see cref="UpTo"/> (no limit when null).</summary>
public sealed record ShareBand(decimal? UpTo, IReadOnlyList<PartnerAmount> Percentages);

/// <summary>
/// A line's share profile, as the common s75 schedule has it: fixed (one band) or variable (the
/// split changes as the variance grows; each band's percentages apply to the part of the variance
/// within it, measured by size so overspends and underspends use the same bands).
/// </summary>
public sealed record ShareProfile
{
    public ShareProfile(IReadOnlyList<ShareBand> bands)
    {
        SettlementRules.ProfileBandsRise.Require(bands.Count > 0, "bands", "A profile has at least one band.");
        SettlementRules.ProfileBandsRise.Require(bands[^1].UpTo is null, "bands",
            "The last band has no upper limit.");
        var previous = 0m;
        foreach (var band in bands.Take(bands.Count - 1))
        {
            SettlementRules.ProfileBandsRise.Require(band.UpTo > previous, "bands",
                "Band limits are positive and rise from band to band.");
            previous = band.UpTo!.Value;
        }
        foreach (var band in bands) SplitPercentages.Require(band.Percentages, "bands");
        Bands = bands;
    }

    public IReadOnlyList<ShareBand> Bands { get; }

    public static ShareProfile Fixed(IReadOnlyList<PartnerAmount> percentages) => new([new ShareBand(null, percentages)]);

    /// <summary>The parts of <paramref name="variance"/> falling in each band, signed like the variance.</summary>
    public IEnumerable<(ShareBand band, decimal part)> Slice(decimal variance)
    {
        var size = Math.Abs(variance);
        var floor = 0m;
        foreach (var band in Bands)
        {
            var part = Math.Min(size, band.UpTo ?? size) - floor;
            if (part <= 0) yield break;
            yield return (band, Math.Sign(variance) * part);
            floor += part;
        }
    }
}

public sealed record LineProfile(Guid BudgetLineId, ShareProfile Profile);

/// <summary>A fixed or variable share profile per spend line; lines without one follow <see cref="Otherwise"/>.</summary>
public sealed record LineShareProfiles(IReadOnlyList<LineProfile> Profiles, ShareRule Otherwise) : ShareRule
{
    public override string Name => $"Share profile per line; other lines {Otherwise.Name}";

    public override IEnumerable<SettlementLine> Apportion(IReadOnlyList<SettlementItem> items, SettlementInputs inputs)
    {
        var profiled = new List<SettlementItem>();
        foreach (var item in items)
        {
            var profile = Profiles.FirstOrDefault(p => p.BudgetLineId == item.BudgetLineId)?.Profile;
            if (profile is null) continue;
            profiled.Add(item);
            foreach (var (band, part) in profile.Slice(item.Variance))
                yield return Split(item.Description, part,
                    $"profile band {(band.UpTo is { } upTo ? $"to {upTo:#,0.##}" : "above")}: {Describe(band.Percentages, "%")}", band.Percentages);
        }
        foreach (var line in Otherwise.Apportion(items.Except(profiled).ToList(), inputs))
            yield return line;
    }

    public override IEnumerable<Guid> PartnersNamed() =>
        Profiles.SelectMany(p => p.Profile.Bands).SelectMany(b => b.Percentages).Select(p => p.PartnerBodyId)
            .Concat(Otherwise.PartnersNamed());
}
