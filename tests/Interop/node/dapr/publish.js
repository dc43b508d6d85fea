// Publishes through a sidecar with the official Dapr JS SDK client, as an app would.
// Usage: node publish.js <dapr-http-port> <pubsub> <topic>
// Prints one JSON line with what each call returned.
const { DaprClient, CommunicationProtocolEnum } = require("@dapr/dapr");

async function main() {
  const [daprPort, pubsub, topic] = process.argv.slice(2);
  const client = new DaprClient({ daprHost: "127.0.0.1", daprPort, communicationProtocol: CommunicationProtocolEnum.HTTP });
  const single = await client.pubsub.publish(pubsub, topic, { orderId: 1 }, { metadata: { "cloudevent.id": "js-order-1", "cloudevent.type": "js.order.placed" } });
  const text = await client.pubsub.publish(pubsub, topic, "plain words");
  const own = await client.pubsub.publish(pubsub, topic,
    { specversion: "1.0", id: "js-own-1", source: "js-tests", type: "js.own", datacontenttype: "application/json", data: { orderId: 3 } },
    { contentType: "application/cloudevents+json" });
  const bulk = await client.pubsub.publishBulk(pubsub, topic, [{ orderId: 4 }, "five"]);
  const unknown = await client.pubsub.publish("no-such-pubsub", topic, { orderId: 6 });
  console.log(JSON.stringify({ single, text, own, bulkFailed: bulk.failedMessages.length, unknownFailed: unknown.error !== undefined }));
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
