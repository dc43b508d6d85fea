using Commissioning.Domain;

namespace PooledFinance.Domain.Contributions;

/// <summary>The rules a prior-year deficit or debt held outside the pool keeps (W:427-434).</summary>
public static class DebtRules
{
    public static readonly Rule RepaidByItsOwner = new("debt-repaid-by-its-owner", ViolationKind.Forbidden,
        "A deficit is repaid solely by the body that owes it.", "W:427");
    public static readonly Rule RepaymentWithinTheOutstanding = new("debt-repayment-within-the-outstanding",
        ViolationKind.Invalid, "A repayment is no more than what is outstanding on the debt.");
}
