using Xunit;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// A platform of the fuzz suite's own, so that the hostile requests it takes (a 4,000-character title is a
/// title) change no record the other end-to-end tests read. Its gateway's rate limit is raised past what
/// the suite sends: the limit is tested in Gateway.Tests, and 429s here would stop requests at the door.
/// </summary>
public sealed class FuzzPlatform : LocalPlatform
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits__Burst"] = "1000000",
        ["RateLimits__PerSecond"] = "1000000",
    };
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzPlatform>
{
    public const string Name = "fuzz";
}
