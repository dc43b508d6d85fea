namespace CarePackages.Api.Apis;

/// <summary>A person registered by the council, identified by their NHS number.</summary>
public sealed record NewPerson(string NhsNumber, string GivenName, string FamilyName, DateOnly DateOfBirth);
/// <summary>This person starts caring for another registered person.</summary>
public sealed record CaringRequest(Guid CaredForId, DateOnly Since);
/// <summary>The last day this person cared for the other.</summary>
public sealed record CaringEndRequest(DateOnly Until);
