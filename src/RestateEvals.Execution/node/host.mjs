// Serves an agent's transpiled module as a Restate endpoint on 127.0.0.1:PORT. Started by RestateEvals.Execution under
// Node's permission model; TASK_MODULE is the module, EXPORT the contract's export. Only that export is bound: a module
// that exports any other Restate definition (object, service, workflow) is refused, naming them, so a run can never
// register a service another run uses. Prints one JSON line: { listening: port, services: [...] } or { error }, and one
// line { refused } for each outbound network access the module tried (network.mjs).
import "./polyfill.mjs"; // before the SDK: Promise.withResolvers on Node 20
import "./network.mjs"; // before the module: no outbound connections, UDP or DNS (Node 20's permission model has no network switch)

import http2 from "node:http2";
import net from "node:net";
import { pathToFileURL } from "node:url";
import * as restate from "@restatedev/restate-sdk";

function fail(error) {
  process.stdout.write(JSON.stringify({ error }) + "\n");
  process.exit(3);
}

// Loopback only: any server the module starts itself (restate.serve, endpoint().listen(), http.createServer().listen())
// is bound to 127.0.0.1 on a free port instead of the address and port it asked for.
const ours = new WeakSet();
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (ours.has(this)) return listen.apply(this, args);
  const callback = typeof args[args.length - 1] === "function" ? args[args.length - 1] : undefined;
  return listen.call(this, { port: 0, host: "127.0.0.1" }, callback);
};

// Gone with RestateEvals: when the .NET process exits or is killed, its end of our stdin closes.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();

const port = Number(process.env.PORT);
const expected = process.env.EXPORT;
let mod;
try {
  mod = await import(pathToFileURL(process.env.TASK_MODULE).href);
} catch (e) {
  fail(`the module threw while loading: ${e?.stack ?? e}`);
}

const isDefinition = (v) => v !== null && typeof v === "object" && typeof v.name === "string" && ("object" in v || "service" in v || "workflow" in v);
const kind = (v) => ("object" in v ? "virtual object" : "workflow" in v ? "workflow" : "service");
const contract = mod[expected];
if (!isDefinition(contract)) {
  fail(`the module does not export \`${expected}\` as a Restate definition (exports: ${Object.keys(mod).join(", ") || "none"})`);
}
if (!("object" in contract)) {
  fail(`\`${expected}\` is not a virtual object (restate.object)`);
}
if (contract.name !== expected) {
  fail(`\`${expected}\` is named "${contract.name}", not "${expected}"`);
}
const others = Object.entries(mod).filter(([, v]) => isDefinition(v) && v !== contract);
if (others.length > 0) {
  const names = others.map(([name, v]) => `\`${name}\` (${kind(v)} "${v.name}")`).join(", ");
  fail(`the module exports other Restate definitions besides \`${expected}\`: ${names}; only the contract's \`${expected}\` may be served, so that no run registers a service another run uses`);
}

const server = http2.createServer(restate.createEndpointHandler({ services: [contract] }));
ours.add(server);
server.on("error", (e) => fail(`the endpoint could not listen: ${e.message}`));
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ listening: port, services: [contract.name] }) + "\n");
});
