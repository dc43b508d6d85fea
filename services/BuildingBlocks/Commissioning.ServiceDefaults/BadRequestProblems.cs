using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// Requests the framework could not read: malformed JSON, a wrong type, an unknown field (400, with
/// the JSON path of the field), or a body over the size limit (413).
/// </summary>
internal sealed class BadRequestProblems : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return ValueTask.FromResult(false);
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return Problems.Write(context, 413, "The request body is too large.", bad.Message, "body");
        if (Find<JsonException>(bad) is { } json)
        {
            if (MissingRequired(json.Message) is { Count: > 0 } missing)
                return Problems.Write(context, 400, "The request body is missing required fields.",
                    $"'{string.Join("', '", missing)}' {(missing.Count == 1 ? "is" : "are")} required.", missing[0]);
            var field = FieldOf(json.Path);
            // The serializer's own words name our C# types for a wrong type; say it in the caller's terms.
            var detail = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? $"'{field}' has a value of the wrong type, or a name that is not one of its allowed values."
                : json.Message.Split(" Path:")[0];
            return Problems.Write(context, 400, "The request body is not valid JSON for this operation.", detail, field);
        }
        return Problems.Write(context, bad.StatusCode, "The request could not be read.", bad.Message);
    }

    /// <summary>The serializer lists missing constructor parameters as "...including: 'a', 'b'."</summary>
    private static List<string> MissingRequired(string message)
    {
        const string marker = "missing required properties including: ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? [] : message[(at + marker.Length)..].Split(',').Select(n => n.Trim(' ', '\'', '.')).Where(n => n.Length > 0).ToList();
    }

    /// <summary>"$.lines[2].amount" becomes "lines[2].amount"; the whole body is "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException) if (e is T found) return found;
        return null;
    }
}
