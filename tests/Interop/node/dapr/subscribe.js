// Subscribes with the official Dapr JS SDK server and reports every delivery on stdout.
// Usage: node subscribe.js <app-port> <dapr-http-port> <pubsub> <topic> <dead-letter-topic>
// A delivery whose data has behaviour "drop" is answered DROP; "retry-once" is answered RETRY the first time.
const { DaprServer, DaprPubSubStatusEnum, CommunicationProtocolEnum } = require("@dapr/dapr");

async function main() {
  const [appPort, daprPort, pubsub, topic, deadLetterTopic] = process.argv.slice(2);
  const server = new DaprServer({
    serverHost: "127.0.0.1", serverPort: appPort, communicationProtocol: CommunicationProtocolEnum.HTTP,
    clientOptions: { daprHost: "127.0.0.1", daprPort, communicationProtocol: CommunicationProtocolEnum.HTTP },
  });
  const seen = new Map();
  await server.pubsub.subscribeWithOptions(pubsub, topic, {
    deadLetterTopic,
    callback: async (data, headers) => {
      const count = (seen.get(data.key) ?? 0) + 1;
      seen.set(data.key, count);
      console.log("RECEIVED " + JSON.stringify({ data, attempt: count }));
      if (data.behaviour === "drop") return DaprPubSubStatusEnum.DROP;
      if (data.behaviour === "retry-once" && count === 1) return DaprPubSubStatusEnum.RETRY;
      return DaprPubSubStatusEnum.SUCCESS;
    },
  });
  await server.start();
  console.log("READY");
}

main().catch((e) => { console.error(e); process.exit(1); });
