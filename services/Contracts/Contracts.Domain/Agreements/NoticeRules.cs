using Commissioning.Domain;

namespace Contracts.Domain.Agreements;

/// <summary>The rules notice on a contract is served by, and what notice stops.</summary>
public static class NoticeRules
{
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule ServedByAParty = new("notice-served-by-a-party", ViolationKind.Forbidden,
        "Notice is served by the contract's provider or one of its commissioners.");
    public static readonly Rule ServedAfterTheAward = new("notice-served-after-the-award", ViolationKind.Invalid,
        "Notice is served no earlier than the award.");
    public static readonly Rule CitesTheConsultation = new("notice-cites-the-consultation", ViolationKind.Invalid,
        "A commissioner's notice cites its documented consultation.", "P:L934");
    public static readonly Rule RunsOutWithinTheTerm = new("notice-runs-out-within-the-term", State,
        "Notice runs out before the term ends; a contract whose term ends first just expires.", "P:L421");
    public static readonly Rule NoChangeUnderNotice = new("no-change-under-notice", State,
        "A contract under notice is not varied, extended, novated or given notice again.");
}
