using Contracts.Domain.Markets;
using ContractsCaller = Contracts.Domain.Access.Caller;

namespace Contracts.Api.Infrastructure;

public static class CallerAccess
{
    /// <summary>The caller as the domain's access policy sees it: the token's "org" claim and roles.</summary>
    public static ContractsCaller ContractsCaller(this HttpContext http)
    {
        var caller = Commissioning.Identity.Caller.From(http.User);
        return new ContractsCaller(caller.Organisation, caller.Roles);
    }
}

/// <summary>Query-string values in the API's own spelling: kebab-case enum names, ISO dates.</summary>
public static class QueryValues
{
    public static T Parse<T>(string? text, string field) where T : struct, Enum =>
        text is { Length: > 0 } && !char.IsDigit(text[0]) && Enum.TryParse<T>(text.Replace("-", ""), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw ContractsApiRules.QueryValueKnown.Broken(field,
                $"'{text}' is not a {typeof(T).Name} (e.g. {Example<T>()}).");

    public static MarketSegment Segment(string? serviceType, string? locality) =>
        MarketSegment.Of(Parse<ServiceType>(serviceType, "serviceType"), locality!);

    private static string Example<T>() where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(Enum.GetValues<T>()[0].ToString());
}
