namespace Commissioning.Testing;

public static class Repository
{
    /// <summary>The repository's root folder (where Commissioning.sln is), found above the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var at = new DirectoryInfo(AppContext.BaseDirectory); at is not null; at = at.Parent)
            if (File.Exists(Path.Combine(at.FullName, "Commissioning.sln"))) return at.FullName;
        throw new InvalidOperationException("No Commissioning.sln above the test binaries.");
    }
}
