// Validates an AsyncAPI document with the official parser (@asyncapi/parser), as a provider's tooling would.
// Usage: node webhooks/asyncapi.mjs <document.json>
// Prints JSON: {valid, version, errors, warnings, infos, hints, diagnostics: [{severity, code, message, path}],
// channels, operations, messages}. Exits 0 when it parsed with no error, 1 otherwise.
import { readFile } from "node:fs/promises";
import { Parser, DiagnosticSeverity } from "@asyncapi/parser";

const [file] = process.argv.slice(2);
const text = await readFile(file, "utf8");
const { document, diagnostics } = await new Parser().parse(text);
const names = { [DiagnosticSeverity.Error]: "error", [DiagnosticSeverity.Warning]: "warning",
  [DiagnosticSeverity.Information]: "info", [DiagnosticSeverity.Hint]: "hint" };
const listed = diagnostics.map(d => ({ severity: names[d.severity], code: d.code, message: d.message,
  path: d.path.join("/") }));
const count = severity => listed.filter(d => d.severity === severity).length;
const result = {
  valid: document !== undefined && count("error") === 0,
  version: document?.version(),
  errors: count("error"), warnings: count("warning"), infos: count("info"), hints: count("hint"),
  diagnostics: listed,
  channels: document ? document.channels().all().map(c => c.id()) : [],
  operations: document ? document.operations().all().map(o => ({ id: o.id(), action: o.action(),
    channels: o.channels().all().map(c => c.id()) })) : [],
  messages: document ? document.messages().all().map(m => m.name()) : [],
};
console.log(JSON.stringify(result));
process.exit(result.valid ? 0 : 1);
