using Returns.Domain.Periods;

namespace Returns.Domain.Returns;

/// <summary>A due state told: the due date it was told for, the state, and the London date it was raised on.</summary>
public sealed record DueNotice(DateOnly DueOn, DueState State, DateOnly RaisedOn);
