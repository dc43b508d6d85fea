namespace CarePackages.Domain.Brokerage;

/// <summary>A provider's offer to meet a placement request, at a weekly price, in one brokerage round.</summary>
public sealed class Offer
{
    private Offer() { }

    internal Offer(Guid providerId, int round, decimal weeklyPrice, decimal qualityScore, string notes, DateTimeOffset submittedAt)
    {
        Id = Guid.NewGuid();
        ProviderId = providerId;
        Round = round;
        WeeklyPrice = weeklyPrice;
        QualityScore = qualityScore;
        Notes = notes;
        SubmittedAt = submittedAt;
        Status = OfferStatus.Submitted;
    }

    public Guid Id { get; private set; }
    public Guid ProviderId { get; private set; }
    public int Round { get; private set; }
    public decimal WeeklyPrice { get; private set; }
    /// <summary>The provider's quality score when it was invited, so a later rating change does not reshuffle a closed ranking.</summary>
    public decimal QualityScore { get; private set; }
    public string Notes { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public OfferStatus Status { get; private set; }
    public string? DeclineReason { get; private set; }
    /// <summary>Why the offer lapsed: its provider left brokerage before the award.</summary>
    public string? WithdrawalReason { get; private set; }

    internal void Decline(string reason)
    {
        Status = OfferStatus.Declined;
        DeclineReason = reason;
    }

    internal void Award() => Status = OfferStatus.Awarded;

    internal void Withdraw(string reason)
    {
        Status = OfferStatus.Withdrawn;
        WithdrawalReason = reason;
    }
}

public enum OfferStatus { Submitted, Declined, Awarded, Withdrawn }

/// <summary>A provider asked to offer in a round, with the facts that made it eligible.</summary>
public sealed record Invitation(Guid ProviderId, int Round, bool InBorough, decimal QualityScore)
{
    public bool Declined { get; init; }
    /// <summary>Why the invitation lapsed: the provider left brokerage during the round.</summary>
    public string? WithdrawnBecause { get; init; }
    public bool IsOpen => !Declined && WithdrawnBecause is null;
}

/// <summary>Why this person may be placed out of borough (H:L201: out-of-borough placements are the exception).</summary>
public sealed record OutOfBoroughException(string Reason, Guid RecordedBy, DateOnly RecordedOn);
