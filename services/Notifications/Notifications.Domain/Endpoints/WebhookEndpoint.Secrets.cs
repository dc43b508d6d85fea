using Commissioning.Domain;

namespace Notifications.Domain.Endpoints;

public sealed partial class WebhookEndpoint
{
    /// <summary>How long the previous secret signs after a rotation unless the provider says otherwise.</summary>
    public static readonly TimeSpan DefaultRotationOverlap = TimeSpan.FromHours(24);

    /// <summary>The longest overlap a provider may ask for: a week, after which the old secret must stop.</summary>
    public static readonly TimeSpan MaxRotationOverlap = TimeSpan.FromDays(7);

    /// <summary>
    /// The secrets that sign a delivery sent at <paramref name="at"/>, newest first. During a rotation's
    /// overlap both sign (Standard Webhooks sends one "v1,…" signature per secret), so a receiver that
    /// still holds the old secret keeps verifying until it has switched.
    /// </summary>
    public IReadOnlyList<SigningSecret> SigningSecrets(DateTimeOffset at) =>
        // Secrets are added in the order they were made, so the last one added is the newest.
        Enumerable.Reverse(_secrets).Where(s => s.SignsAt(at)).ToArray();

    /// <summary>
    /// Rule RotationOverlap: the new secret signs from now; the current one keeps signing for the overlap
    /// (24 h by default, more than none and at most 7 days). At most two secrets sign at once: a rotation
    /// during an overlap ends the oldest secret at once, since its receiver was told to move on.
    /// </summary>
    public void RotateSecret(SigningSecret next, DateTimeOffset at, TimeSpan? overlap = null)
    {
        var keep = overlap ?? DefaultRotationOverlap;
        EndpointRules.RotationOverlap.Require(keep > TimeSpan.Zero && keep <= MaxRotationOverlap, "overlap",
            $"The old secret keeps signing for more than no time and at most {MaxRotationOverlap.TotalDays} days.");
        var current = SigningSecrets(at).FirstOrDefault();
        EndpointRules.NewSecretDiffers.Require(_secrets.All(s => s.Value != next.Value), "secret",
            "The new secret must differ from the ones that sign now.");
        _secrets.RemoveAll(s => s != current);
        if (current is not null) _secrets[0] = current with { RetiresAt = at + keep };
        _secrets.Add(next with { CreatedAt = at, RetiresAt = null });
        Raise(new EndpointSecretRotated(Id, Owner, at, at + keep));
    }
}
