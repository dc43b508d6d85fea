using Xunit;

namespace Interop.Tests.Grpc;

/// <summary>proto/check.sh (buf lint, then buf breaking against the last landed main) in the test command.</summary>
public sealed class ProtoContractTests
{
    [Fact]
    public async Task The_contracts_are_lint_clean_and_do_not_break_the_last_landed_main()
    {
        var result = await NodePeers.Run("bash", Path.Combine(NodePeers.ProtoDirectory, "check.sh"));

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task The_check_fails_when_a_landed_field_changes_type()
    {
        var repository = Directory.CreateTempSubdirectory("proto-breaking-").FullName;
        try
        {
            var proto = Directory.CreateDirectory(Path.Combine(repository, "proto", "demo", "v1")).Parent!.Parent!.FullName;
            File.Copy(Path.Combine(NodePeers.ProtoDirectory, "check.sh"), Path.Combine(proto, "check.sh"));
            File.Copy(Path.Combine(NodePeers.ProtoDirectory, "buf.yaml"), Path.Combine(proto, "buf.yaml"));
            var file = Path.Combine(proto, "demo", "v1", "money.proto");
            await File.WriteAllTextAsync(file, "syntax = \"proto3\";\n\npackage demo.v1;\n\nmessage Money {\n  int64 pence = 1;\n}\n");
            await Git(repository, "init", "-q");
            await Git(repository, "add", "-A");
            await Git(repository, "-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit", "-qm", "landed");
            await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("int64 pence", "double pence"));

            var result = await NodePeers.Run("env", $"BUF={NodePeers.Buf}", "bash", Path.Combine(proto, "check.sh"));

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("changed type from \"int64\" to \"double\"", result.Stdout + result.Stderr);
        }
        finally { Directory.Delete(repository, recursive: true); }
    }

    private static async Task Git(string directory, params string[] arguments)
    {
        var result = await NodePeers.Run("git", ["-C", directory, .. arguments]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
