using Commissioning.Domain;
using Commissioning.Eventing.Outbox;
using Commissioning.Protos;
using Commissioning.Protos.Common.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Returns.Api.Apis;
using Returns.Api.Infrastructure;
using Returns.Domain.Returns;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Returns.Api.Events;

/// <summary>
/// The return's facts others hear about (issue 18 cap. 9), as the integration events of
/// proto/commissioning/events/v1/returns_events.proto: topic "statutory-returns.&lt;name&gt;", type
/// "commissioning.statutory-returns.&lt;name&gt;.v1", subject the return's id, in the save's transaction. Opening
/// and starting a resubmission stay inside the service.
/// </summary>
public static class ReturnsEvents
{
    public static void Publish(ReturnsStore store, StatutoryReturn r, IDomainEvent domainEvent)
    {
        var at = Timestamp.FromDateTimeOffset(store.SavedAt);
        IMessage? message = domainEvent switch
        {
            ReturnValidated e => new ProtoEvents.ReturnValidated
                { Return = Ref(r), Version = e.Version, Rows = e.Rows, OccurredAt = at },
            ReturnSignedOff e => new ProtoEvents.ReturnSignedOff
                { Return = Ref(r), Version = e.Version, SignedOffBy = e.By, OccurredAt = at },
            ReturnSubmitted e => new ProtoEvents.ReturnSubmitted
                { Return = Ref(r), Version = e.Version, ArtefactSha256 = e.ArtefactSha256, OccurredAt = at },
            ReturnDueStateReached e => new ProtoEvents.ReturnDueStateReached
            {
                Return = Ref(r), DueOn = e.DueOn.ToProtoDate(), State = ReturnView.Code(e.State), OccurredAt = at,
            },
            _ => null,
        };
        if (message is not null) Enqueue(store, NameOf(message), r, message);
    }

    /// <summary>"ReturnSignedOff" is published as "return-signed-off".</summary>
    private static string NameOf(IMessage message) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(message.Descriptor.Name);

    private static ProtoEvents.ReturnRef Ref(StatutoryReturn r) => new()
    {
        ReturnId = r.Id.ToString(), Kind = ReturnView.Code(r.Kind), Period = r.Period.Label,
        Council = new OrganisationRef { Code = r.Council.Value, Kind = OrganisationKind.Council },
    };

    private static void Enqueue(ReturnsStore store, string name, StatutoryReturn r, IMessage message) =>
        store.Outbox().Enqueue($"{ReturnsStore.Source}.{name}", $"commissioning.{ReturnsStore.Source}.{name}.v1",
            r.Id.ToString(), message);
}
