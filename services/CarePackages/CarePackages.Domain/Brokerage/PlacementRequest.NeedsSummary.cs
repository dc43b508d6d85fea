using System.Text.RegularExpressions;
using CarePackages.Domain.People;
using Commissioning.Domain;

namespace CarePackages.Domain.Brokerage;

/// <summary>The needs summary providers read, guarded against identifying the person.</summary>
public sealed partial class PlacementRequest
{
    /// <summary>
    /// Providers see the summary, so it must not identify the person. A guard, not a proof: it refuses
    /// a valid NHS number or a written date (a date of birth) anywhere in the text.
    /// </summary>
    private static void ValidateNeedsSummary(string needsSummary)
    {
        BrokerageRules.NeedsSummaryAnonymous.Require(
            !string.IsNullOrWhiteSpace(needsSummary) && needsSummary.Length <= 2000, "needsSummary",
            "A needs summary of up to 2,000 characters is required.");
        if (TenDigits().Matches(needsSummary).Any(m => NhsNumber.IsValid(m.Value)) || WrittenDate().IsMatch(needsSummary))
            throw BrokerageRules.NeedsSummaryAnonymous.Broken("needsSummary",
                "The needs summary must not identify the person (NHS number or date).");
    }

    [GeneratedRegex(@"\d{3}[ -]?\d{3}[ -]?\d{4}")]
    private static partial Regex TenDigits();

    [GeneratedRegex(@"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")]
    private static partial Regex WrittenDate();
}
