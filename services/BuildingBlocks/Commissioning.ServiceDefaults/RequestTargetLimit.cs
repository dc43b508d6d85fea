using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// A request whose path and query are longer than <see cref="Longest"/> characters is refused with a 414
/// problem. Kestrel's own refusal of a long request line has no body, so Kestrel is given room
/// (<see cref="KestrelLineRoom"/>) and the refusal is made here, where it can say what was wrong.
/// </summary>
internal static class RequestTargetLimit
{
    public const int Longest = 8 * 1024;
    public const int KestrelLineRoom = 64 * 1024;

    public static void UseRequestTargetLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var length = request.PathBase.Value?.Length + request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (length <= Longest)
        {
            await next(context);
            return;
        }
        var field = request.QueryString.Value?.Length > Longest / 2 ? "query" : "path";
        await Problems.Write(context, StatusCodes.Status414UriTooLong, "The request target is too long.",
            $"The path and query are {length:N0} characters; at most {Longest:N0} are taken.", field);
    });
}
