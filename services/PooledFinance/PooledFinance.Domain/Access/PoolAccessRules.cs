using Commissioning.Domain;

namespace PooledFinance.Domain.Access;

/// <summary>
/// Who may read and change pooled finance (W:716 open book; W:618 and W:427 records changed only by their owner;
/// P:L399 the pool manager's duties).
/// </summary>
public static class PoolAccessRules
{
    private const ViolationKind Forbidden = ViolationKind.Forbidden;

    public static readonly Rule NoProviderAccess = new("no-provider-access-to-pooled-finance", Forbidden,
        "A care provider's users have no access to pooled finance.");
    public static readonly Rule ReadByItsPartners = new("pool-read-by-its-partners", Forbidden,
        "A pool, and a partnership's records, are read by its partners only, each reading all of it (open book).",
        "W:716");
    public static readonly Rule ChangedByAFinanceOfficer = new("pool-changed-by-a-finance-officer", Forbidden,
        "Only a partner's finance officer changes a pool's records; its other users read them.");
    public static readonly Rule PartnersOwnRecordsOnly = new("partner-changes-its-own-records", Forbidden,
        "A partner changes only its own body's records; the other partners' are read-only to it (open book).",
        "W:716, W:618, W:427");
    public static readonly Rule PoolManagerOfTheHost = new("pool-manager-of-the-host", Forbidden,
        "Only the fund's pool manager, who sits with the host, runs its settlement and submits its BCF plan.",
        "P:L399, S:30, S:93");
    public static readonly Rule ApproverOfThePartnerBody = new("approver-of-the-partner-body", Forbidden,
        "A partner body's approval is recorded only by that body's approver, under its delegation.");
}
