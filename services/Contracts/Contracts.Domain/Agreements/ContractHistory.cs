namespace Contracts.Domain.Agreements;

/// <summary>The annual value in force from a date until the next period starts.</summary>
public sealed record ValuePeriod(DateOnly From, decimal AnnualValue);

/// <summary>An extension the contract allows, of so many months, used at most once and in order.</summary>
public sealed class ExtensionOption
{
    private ExtensionOption() { }

    internal ExtensionOption(int sequence, int months) => (Sequence, Months) = (sequence, months);

    public int Sequence { get; private set; }
    public int Months { get; private set; }
    public DateOnly? ExercisedOn { get; private set; }

    internal void Exercise(DateOnly on) => ExercisedOn = on;
}

/// <summary>A change to value or term, with the approvals that authorised it; extensions are recorded as variations too.</summary>
public sealed record ContractVariation(
    int Number, string Reason, DateOnly EffectiveFrom,
    decimal AnnualValueBefore, decimal AnnualValueAfter, DateOnly EndsOnBefore, DateOnly EndsOnAfter,
    IReadOnlyList<Approval> Approvals);

/// <summary>The contract moved from one commissioning host to another (P:L438).</summary>
public sealed record Novation(string FromCommissioner, string ToCommissioner, DateOnly EffectiveOn, IReadOnlyList<Approval> Approvals);

/// <summary>Notice served by a party; the contract's last day is the day the notice runs out.</summary>
public sealed record TerminationNotice(string ServedBy, DateOnly ServedOn, DateOnly TerminatesOn, string Reason, string? ConsultationReference);

/// <summary>What the contract commits in a financial year: pooled finance records it against the fund.</summary>
public sealed record FinancialYearCommitment(Commissioning.Domain.FinancialYear Year, decimal Amount);
