using Commissioning.Domain;

namespace Contracts.Domain.DueDiligence;

public sealed record DueDiligenceAreaAssessed(
    Guid AssessmentId, Guid ProviderId, DueDiligenceArea Area, AreaOutcome Outcome, DateOnly AssessedOn) : IDomainEvent;

public sealed record DueDiligenceSignedOff(
    Guid AssessmentId, Guid ProviderId, string SignedOffBy, string SignatoryRole, DateOnly SignedOffOn) : IDomainEvent;
