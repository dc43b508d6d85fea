namespace Workforce.Domain.Transfers;

public enum DeadlineKind
{
    /// <summary>Employee Liability Information, no later than 28 days before the transfer (reg. 11(6)).</summary>
    EliDue,
    /// <summary>The planned opening of the collective consultation.</summary>
    ConsultationOpens,
    /// <summary>The consultation's planned close, and in any case before the transfer date.</summary>
    ConsultationCloses,
    /// <summary>The transfer date itself.</summary>
    Transfer,
}

public enum DeadlineState
{
    /// <summary>More than the warning window away.</summary>
    Upcoming,
    /// <summary>Within <see cref="TransferDeadlines.ApproachingWorkingDays"/> working days.</summary>
    Approaching,
    DueToday,
    /// <summary>Past its date and not done.</summary>
    Missed,
    /// <summary>Done on or before its date.</summary>
    Met,
    /// <summary>Done after its date.</summary>
    MetLate,
}

/// <summary>One deadline of a transfer project as it stands on a day.</summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly DueOn, DeadlineState State, DateOnly? DoneOn);
