using Commissioning.Domain;

namespace PooledFinance.Domain.SeedWork;

/// <summary>The rules money and stated text keep as they enter the domain (<see cref="Amounts"/>).</summary>
public static class AmountRules
{
    public static readonly Rule WholePence = new("amount-in-whole-pence", ViolationKind.Invalid,
        "An amount is in pounds and whole pence: the ledger holds it as whole pence.");
    public static readonly Rule NotNegative = new("amount-not-negative", ViolationKind.Invalid,
        "An amount that cannot be negative (a commitment, a delivered saving, a VAT figure) is zero or more.");
    public static readonly Rule AboveZero = new("amount-above-zero", ViolationKind.Invalid,
        "An amount that must be positive (a contribution's basis, a requirement, a deficit) is more than zero.");
    public static readonly Rule NotZero = new("amount-not-zero", ViolationKind.Invalid,
        "A posting moves money: its amount is not zero.");
    public static readonly Rule TextGiven = new("text-not-blank", ViolationKind.Invalid,
        "A name, reference or description the record needs is given, not blank.");
}
