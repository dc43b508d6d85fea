using System.Text;
using Returns.Domain.Returns;

namespace Returns.Api.Extracts;

/// <summary>
/// A return's flat file (issue 18 cap. 2): CSV with its headers in file order (CLD's the specification's,
/// ASC-FR's the data file's), one line per row in the version's order, RFC 4180 quoting, CRLF line ends, UTF-8
/// without a byte order mark, so the same rows always give the same bytes and the same hash.
/// </summary>
public static class ReturnCsv
{
    public const string MediaType = "text/csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(IReadOnlyList<string> headers, IReadOnlyList<ReturnRow> rows)
    {
        var text = new StringBuilder();
        Line(text, headers);
        foreach (var row in rows) Line(text, headers.Select(h => row.Fields.GetValueOrDefault(h)));
        return Utf8.GetBytes(text.ToString());
    }

    private static void Line(StringBuilder text, IEnumerable<string?> values) =>
        text.Append(string.Join(',', values.Select(Quoted))).Append("\r\n");

    private static string Quoted(string? value) => value is null ? ""
        : value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value
        : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
