using Commissioning.Domain;
using Returns.Domain.SeedWork;

namespace Returns.Domain.Returns;

// The facts issue 18 cap. 9 publishes (validated, signed off, submitted, overdue) and the lifecycle's others.

public sealed record ReturnOpened(Guid ReturnId, ReturnKind Kind, CouncilCode Council, string Period,
    DateOnly DueOn, DateTimeOffset At) : IDomainEvent;

public sealed record ReturnValidated(Guid ReturnId, CouncilCode Council, int Version, int Rows, DateTimeOffset At)
    : IDomainEvent;

public sealed record ReturnSignedOff(Guid ReturnId, CouncilCode Council, int Version, string By, DateTimeOffset At)
    : IDomainEvent;

public sealed record ReturnSubmitted(Guid ReturnId, ReturnKind Kind, CouncilCode Council, string Period,
    int Version, string ArtefactSha256, DateTimeOffset At) : IDomainEvent;

public sealed record ReturnResubmissionStarted(Guid ReturnId, CouncilCode Council, int Version, string Reason,
    DateTimeOffset At) : IDomainEvent;

/// <summary>Raised once per state as the due date approaches, falls and is missed.</summary>
public sealed record ReturnDueStateReached(Guid ReturnId, CouncilCode Council, ReturnKind Kind, string Period,
    DateOnly DueOn, Periods.DueState State) : IDomainEvent;
