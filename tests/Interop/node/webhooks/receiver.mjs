// An independent receiver of one webhook delivery: verifies it as Standard Webhooks 1.0 with the
// `standardwebhooks` library and with `svix` (the receivers providers use), once per secret a receiver may
// hold, and parses the body with the CloudEvents SDK (`cloudevents`), as a provider's system would.
// Usage: node webhooks/receiver.mjs <delivery.json>, the file holding
//   {"headers": {"webhook-id": ..., "webhook-timestamp": ..., "webhook-signature": ..., "content-type": ...},
//    "body": "<the body exactly as received>", "secrets": ["whsec_...", ...]}
// Prints JSON: {"receivers": [{"secret": i, "standardwebhooks": {verified, error?}, "svix": {verified, error?}}],
//               "cloudevent": {parsed, id, type, source, subject, time, specversion, datacontenttype, data}
//                             or {parsed: false, error}}.
import { readFile } from "node:fs/promises";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { HTTP } from "cloudevents";

const [file] = process.argv.slice(2);
const { headers, body, secrets } = JSON.parse(await readFile(file, "utf8"));

function verified(verify) {
  try {
    verify();
    return { verified: true };
  } catch (error) {
    return { verified: false, error: `${error.name}: ${error.message}` };
  }
}

function parsed() {
  try {
    const event = HTTP.toEvent({ headers, body });
    const { id, type, source, subject, time, specversion, datacontenttype, data } = event;
    return { parsed: true, id, type, source, subject, time, specversion, datacontenttype, data };
  } catch (error) {
    const details = error.errors ? " " + JSON.stringify(error.errors) : "";
    return { parsed: false, error: `${error.name}: ${error.message}${details}` };
  }
}

const receivers = secrets.map((secret, index) => ({
  secret: index,
  standardwebhooks: verified(() => new StandardWebhook(secret).verify(body, headers)),
  svix: verified(() => new SvixWebhook(secret).verify(body, headers)),
}));
console.log(JSON.stringify({ receivers, cloudevent: parsed() }));
