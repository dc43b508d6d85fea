// Reads rendered manifests (multi-document YAML) on stdin and prints them as one JSON document:
// { "objects": [...], "errors": ["Kind/name: what is wrong", ...] }. Kubernetes objects are checked
// against the Kubernetes schemas (kubernetes-models), Dapr's against dapr-schemas.json; a kind that
// neither knows is an error, so nothing rendered goes unchecked.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const daprSchemas = JSON.parse(readFileSync(new URL("./dapr-schemas.json", import.meta.url)));
const ajv = new Ajv({ allErrors: true, strict: false });
const daprValidators = new Map();

async function kubernetesModel(apiVersion, kind) {
  // kubernetes-models lays out core/v1 as v1/, the rest as <group>/<version>/.
  try {
    return (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
  } catch {
    return undefined;
  }
}

function daprErrors(object, key) {
  const schema = daprSchemas[key];
  if (!schema) return [`no schema for ${key}`];
  if (!daprValidators.has(key)) daprValidators.set(key, ajv.compile({ ...schema, $defs: daprSchemas.$defs }));
  const validate = daprValidators.get(key);
  return validate(object) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
}

// kustomize folds a long Secret value over lines; the API server's base64 decoder skips line breaks.
function forValidation(object) {
  if (object.kind !== "Secret" || !object.data) return object;
  const data = Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, String(v).replace(/\s+/g, "")]));
  return { ...object, data };
}

async function check(object) {
  const { apiVersion, kind } = object;
  const key = `${apiVersion}/${kind}`;
  if (apiVersion?.startsWith("dapr.io/")) return daprErrors(object, key);
  const Model = await kubernetesModel(apiVersion, kind);
  if (!Model) return [`unknown kind ${key}`];
  try {
    new Model(forValidation(object)).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

const input = readFileSync(0, "utf8");
const objects = [];
const errors = [];
for (const document of parseAllDocuments(input)) {
  if (document.errors.length) errors.push(...document.errors.map((e) => `YAML: ${e.message}`));
  const object = document.toJS();
  if (object == null) continue;
  objects.push(object);
  const name = `${object.kind}/${object.metadata?.name}`;
  for (const error of await check(object)) errors.push(`${name}: ${error}`);
}
process.stdout.write(JSON.stringify({ objects, errors }));
