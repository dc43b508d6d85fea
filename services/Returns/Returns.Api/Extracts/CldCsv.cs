using System.Text;
using Returns.Domain.Cld;
using Returns.Domain.Returns;

namespace Returns.Api.Extracts;

/// <summary>
/// The CLD flat file the collection takes (issue 18 cap. 2): CSV with the specification's headers in file order
/// (<see cref="CldHeaders.All"/>), one line per row in the version's order, RFC 4180 quoting, CRLF line ends,
/// UTF-8 without a byte order mark, so the same rows always give the same bytes and the same hash.
/// </summary>
public static class CldCsv
{
    public const string MediaType = "text/csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(IReadOnlyList<ReturnRow> rows)
    {
        var text = new StringBuilder();
        Line(text, CldHeaders.All);
        foreach (var row in rows) Line(text, CldHeaders.All.Select(h => row.Fields.GetValueOrDefault(h)));
        return Utf8.GetBytes(text.ToString());
    }

    private static void Line(StringBuilder text, IEnumerable<string?> values) =>
        text.Append(string.Join(',', values.Select(Quoted))).Append("\r\n");

    private static string Quoted(string? value) => value is null ? ""
        : value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value
        : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
