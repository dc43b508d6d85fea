using System.Security.Cryptography;
using Notifications.Domain.Endpoints;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// Draws a signing secret as Standard Webhooks does: "whsec_" and the base64 of 24 bytes from the operating
/// system's cryptographic random source. The domain checks its shape and keeps its life.
/// </summary>
public static class SecretDraw
{
    private const int Bytes = 24;

    public static SigningSecret New(DateTimeOffset at) =>
        SigningSecret.New(SigningSecret.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes)), at);
}
