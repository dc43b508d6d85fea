using Commissioning.Domain;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.DueDiligence;

/// <summary>The post that signs off a commissioner's due diligence (P:L817: Strategic Director for People).</summary>
public sealed record DueDiligenceSignatory(string Commissioner, string Title)
{
    public bool Holds(string? title) => string.Equals(title?.Trim(), Title, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Who signs off due diligence, named per commissioner in its configuration: P names the signatory
/// after the six-function evaluation team, "sign off being provided by the Strategic Director for
/// People" (P:L817), a post of the council (C_plymouth_halton.md L372, L828). Other councils name
/// their own post; a commissioner that names none cannot sign off or award.
/// </summary>
public sealed class DueDiligenceSignatories
{
    private readonly Dictionary<string, DueDiligenceSignatory> _byCommissioner;

    public DueDiligenceSignatories(IReadOnlyDictionary<string, string> titles) =>
        _byCommissioner = titles
            .Select(t => new DueDiligenceSignatory(OrganisationCode.Normalise(t.Key, "commissioner"),
                Text.Required(t.Value, "signatoryRole")))
            .ToDictionary(s => s.Commissioner);

    /// <summary>The commissioner's signatory, or a refusal naming <paramref name="field"/> if it names none.</summary>
    public DueDiligenceSignatory For(string commissioner, string field) =>
        _byCommissioner.GetValueOrDefault((commissioner ?? "").Trim().ToUpperInvariant())
        ?? throw DueDiligenceRules.SignatoryConfigured.Broken(field,
            $"{commissioner} names no due-diligence signatory in its configuration.");
}
