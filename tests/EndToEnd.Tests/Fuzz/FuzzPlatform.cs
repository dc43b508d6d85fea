using Xunit;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// A platform of the fuzz suite's own, so that the hostile requests it takes (a 4,000-character title is a
/// title) change no record the other end-to-end tests read, with its gateway's rate limit raised.
/// </summary>
public sealed class FuzzPlatform : LocalPlatform
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(UnlimitedRates);
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzPlatform>
{
    public const string Name = "fuzz";
}
