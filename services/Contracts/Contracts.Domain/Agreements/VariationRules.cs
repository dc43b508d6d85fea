using Commissioning.Domain;

namespace Contracts.Domain.Agreements;

/// <summary>The rules a contract is varied, extended and novated by once awarded.</summary>
public static class VariationRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule ChangesValueOrTerm = new("variation-changes-value-or-term", Invalid,
        "A variation changes the value, the term or both.");
    public static readonly Rule WithinTheTerm = new("variation-within-the-term", Invalid,
        "A variation takes effect within the term.");
    public static readonly Rule NotBeforeAnEarlierVariation = new("variation-not-before-an-earlier-one", Invalid,
        "A variation takes effect no earlier than the variation before it.");
    public static readonly Rule TermOutlastsTheVariation = new("varied-term-outlasts-the-variation", Invalid,
        "A varied term ends no earlier than the variation takes effect.");
    public static readonly Rule TermKeepsItsPhases = new("varied-term-keeps-its-phases", Invalid,
        "A varied term ends no earlier than any contracted phase starts.");
    public static readonly Rule ExtensionOptionLeft = new("extension-option-left", State,
        "Extensions are taken in order, once each.");
    public static readonly Rule ExtensionBeforeTheNoticePeriod = new("extension-before-the-notice-period", Invalid,
        "An extension is taken up no later than the notice period before the term ends.", "P:L934");
    public static readonly Rule NovatedToAnotherHost = new("novated-to-another-host", Invalid,
        "A contract is novated to a commissioner other than its host and its provider.");
    public static readonly Rule NovatedWhileItRuns = new("novated-while-it-runs", State,
        "A contract is novated with effect no later than its last day.");
}
