using System.Text.Json.Nodes;

namespace Commissioning.Testing.OpenApi;

/// <summary>A checked-in document and a copy to change, to show what the breaking-change check finds.</summary>
public sealed class DocumentChange(CheckedInDocument document)
{
    public JsonObject Before { get; } = document.Read()!;

    public JsonObject After { get; } = document.Read()!;

    public JsonObject Schema(string name) => After["components"]!["schemas"]![name]!.AsObject();

    public IReadOnlyList<string> Breaks() => BreakingChanges.Between(Before, After);
}
