using System.Text.Json;
using System.Text.RegularExpressions;
using Commissioning.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// Requests the framework could not read: malformed JSON, a wrong type, an unknown or repeated field, a
/// value beyond the input limits, a parameter that does not parse (400, naming the field), or a body
/// over the size limit (413). The detail is said in the partner's terms: the framework's own words
/// name our C# types and parameters, which are no part of the API.
/// </summary>
internal sealed partial class BadRequestProblems : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return ValueTask.FromResult(false);
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return Problems.Write(context, 413, "The request body is too large.", bad.Message, "body");
        if (Find<JsonException>(bad) is { } json) return Json(context, json);
        if (ParameterOf(bad.Message) is { } parameter)
            return Broken(context, GeneralRules.ReadableParameter, parameter.Detail, parameter.Name);
        return Problems.Write(context, bad.StatusCode, GeneralRules.ReadableRequest.Says, bad.Message,
            type: GeneralRules.ReadableRequest.ProblemType);
    }

    private static ValueTask<bool> Json(HttpContext context, JsonException json)
    {
        if (MissingRequired(json.Message) is { Count: > 0 } missing)
            return Broken(context, GeneralRules.RequiredFieldsGiven,
                $"'{string.Join("', '", missing)}' {(missing.Count == 1 ? "is" : "are")} required.", missing[0]);
        var field = json is NullElementException element
            ? Below(FieldOf(json.Path), element.Element)
            : FieldOf(json.Path);
        return Broken(context, GeneralRules.ReadableBody, DetailOf(json, field), field);
    }

    /// <summary>A 400 whose type and title are the rule's, naming the field.</summary>
    private static ValueTask<bool> Broken(HttpContext context, Rule rule, string detail, string field) =>
        Problems.Write(context, 400, rule.Says, detail, field, type: rule.ProblemType);

    private static string DetailOf(JsonException json, string field) => json switch
    {
        InputLimitException or NullElementException or UnnamedChoiceException => $"'{field}' {json.Message}",
        _ when json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) =>
            $"'{field}' has a value of the wrong type, or a name that is not one of its allowed values.",
        _ when json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) =>
            $"'{field}' is not a field of this operation.",
        _ when json.Message.StartsWith("Duplicate property", StringComparison.Ordinal) =>
            $"'{field}' is given more than once.",
        // The reader's own syntax errors ("'x' is an invalid start of a value") name no type.
        _ when json.InnerException is null && !json.Message.Contains("type '", StringComparison.Ordinal) =>
            json.Message.Split(" Path:")[0].Split(" LineNumber:")[0],
        _ => $"The value at '{field}' cannot be read.",
    };

    /// <summary>The serializer lists missing constructor parameters as "...including: 'a', 'b'."</summary>
    private static List<string> MissingRequired(string message)
    {
        const string marker = "missing required properties including: ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? [] : message[(at + marker.Length)..].Split(',').Select(n => n.Trim(' ', '\'', '.'))
            .Where(n => n.Length > 0).ToList();
    }

    /// <summary>
    /// Route and query binding says 'Failed to bind parameter "int month" from "x".' or 'Required
    /// parameter "int month" was not provided': the partner hears the parameter's name, not its type.
    /// </summary>
    private static (string Name, string Detail)? ParameterOf(string message) =>
        FailedBinding().Match(message) is { Success: true } failed
            ? (failed.Groups["name"].Value, $"'{Shortened(failed.Groups["value"].Value)}' is not a valid {failed.Groups["name"].Value}.")
            : MissingParameter().Match(message) is { Success: true } missing
                ? (missing.Groups["name"].Value, $"'{missing.Groups["name"].Value}' is required.")
                : null;

    private static string Shortened(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex FailedBinding();

    [GeneratedRegex("""^Required parameter "[^"]* (?<name>\w+)" was not provided""")]
    private static partial Regex MissingParameter();

    /// <summary>"$.lines[2].amount" becomes "lines[2].amount"; the whole body is "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    /// <summary>"lines[0]" below the body is "lines[0]"; below "years[1]" it is "years[1].lines[0]".</summary>
    private static string Below(string parent, string child) => parent == "body" ? child : $"{parent}.{child}";

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException) if (e is T found) return found;
        return null;
    }
}
