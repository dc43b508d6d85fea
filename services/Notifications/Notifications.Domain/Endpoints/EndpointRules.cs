using Commissioning.Domain;

namespace Notifications.Domain.Endpoints;

/// <summary>The rules a webhook endpoint is registered, rotated, validated, disabled and enabled by.</summary>
public static class EndpointRules
{
    public static readonly Rule OrganisationCodeShape = new("organisation-code-shape", ViolationKind.Invalid,
        "An organisation code is letters, digits or hyphens, at most 20.", "ODS and GSS code forms");
    public static readonly Rule AbsoluteHttpAddress = new("absolute-http-address", ViolationKind.Invalid,
        "A webhook URL is an absolute http or https URL.", "issue 19 cap. 5");
    public static readonly Rule AddressWithoutCredentials = new("address-without-credentials",
        ViolationKind.Invalid, "A webhook URL carries no user name or password: the signature authenticates us.",
        "issue 19 cap. 5");
    public static readonly Rule HttpsOnly = new("https-only", ViolationKind.Invalid,
        "Webhooks go over https (http only to loopback, in a local run).", "issue 19 cap. 5");
    public static readonly Rule HostResolves = new("host-resolves", ViolationKind.Invalid,
        "A webhook URL's host resolves to an address.", "issue 19 cap. 5");
    public static readonly Rule PublicAddressOnly = new("public-address-only", ViolationKind.Invalid,
        "Webhooks go only to public addresses: not loopback, private, link-local or the metadata address.",
        "RFC 1918, 3927, 4193, 4291, 6890");
    public static readonly Rule SecretShape = new("signing-secret-shape", ViolationKind.Invalid,
        "A signing secret is 'whsec_' and the base64 of 24 to 64 random bytes.", "Standard Webhooks 1.0");
    public static readonly Rule RotationOverlap = new("rotation-overlap", ViolationKind.Invalid,
        "The old secret keeps signing after a rotation for more than no time and at most 7 days.",
        "issue 19 cap. 1");
    public static readonly Rule NewSecretDiffers = new("new-secret-differs", ViolationKind.Invalid,
        "A rotation's new secret differs from the ones that sign now.", "Standard Webhooks 1.0");
    public static readonly Rule DescriptionLength = new("endpoint-description-length", ViolationKind.Invalid,
        "An endpoint's description is at most 500 characters.");
    public static readonly Rule EventTypesNamed = new("event-types-named", ViolationKind.Invalid,
        "An endpoint names at least one event type to receive.", "issue 19 cap. 1");
    public static readonly Rule EventTypesAProviderMaySee = new("event-types-a-provider-may-see",
        ViolationKind.Invalid, "An endpoint receives only event types providers are sent.", "issue 19 cap. 1-2");
    public static readonly Rule OwnEndpointsOnly = new("own-endpoints-only", ViolationKind.Forbidden,
        "An organisation sees and changes only its own endpoints.", "issue 19 cap. 1");
    public static readonly Rule AwaitingValidation = new("endpoint-awaiting-validation", ViolationKind.Precondition,
        "Only an endpoint awaiting validation is validated.", "CloudEvents webhook §4.1");
    public static readonly Rule HandshakeAnswered = new("handshake-answered", ViolationKind.Precondition,
        "An endpoint is activated only when its receiver answers the handshake and allows our origin.",
        "CloudEvents webhook §4.1");
    public static readonly Rule DisablingReasonGiven = new("disabling-reason-given", ViolationKind.Invalid,
        "Disabling an endpoint says why.");
    public static readonly Rule DisabledOnce = new("endpoint-disabled-once", ViolationKind.Precondition,
        "An endpoint already disabled is not disabled again.");
    public static readonly Rule EnableOnlyDisabled = new("enable-only-disabled", ViolationKind.Precondition,
        "Only a disabled endpoint is enabled, and it is validated again before it receives.");
}
