// No outbound network for the agent's module: Node 20's permission model has no network switch, so every way out that
// Node's built-in modules offer is refused here before the module loads (TCP and TLS connections, including http,
// https, http2 and fetch, which all connect through net.Socket; UDP sends; DNS queries other than looking up an
// address or localhost). Each refusal throws in the
// module and is reported on stdout as one JSON line { refused }, so the run fails with what was tried. Together with
// the permission model (no child processes, no workers, no native addons, no process.binding) this keeps well-meant
// code off the network; it is not a boundary against code written to escape it (a container is).
import dgram from "node:dgram";
import dns from "node:dns";
import net from "node:net";

function refuse(what) {
  process.stdout.write(JSON.stringify({ refused: what }) + "\n");
  const error = new Error(`RestateEvals sandbox: outbound network access is refused (${what}); the module may only serve its handlers`);
  error.code = "ERR_RESTATEEVALS_NETWORK_REFUSED";
  return error;
}

function target(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args;
  if (first !== null && typeof first === "object") return first.path ?? `${first.host ?? "localhost"}:${first.port}`;
  if (typeof first === "string" && !/^\d+$/.test(first)) return first;
  return `${typeof second === "string" ? second : "localhost"}:${first}`;
}

function lock(owner, name, value) {
  Object.defineProperty(owner, name, { value, writable: false, configurable: false, enumerable: false });
}

lock(net.Socket.prototype, "connect", function (...args) {
  const error = refuse(`connect to ${target(args)}`);
  process.nextTick(() => this.destroy(error));
  return this;
});

for (const name of ["send", "connect"]) {
  lock(dgram.Socket.prototype, name, function (...args) {
    const rest = name === "send" ? args.slice(1) : args; // send(message, [offset, length,] port, address)
    const port = rest.filter((a) => typeof a === "number").at(-1);
    throw refuse(`UDP ${name} to ${rest.find((a) => typeof a === "string") ?? "localhost"}${port === undefined ? "" : `:${port}`}`);
  });
}

const queries = ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCaa", "resolveCname", "resolveMx", "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTxt", "reverse"];
for (const owner of [dns, dns.promises, dns.Resolver.prototype, dns.promises.Resolver.prototype]) {
  for (const name of queries) {
    if (typeof owner[name] !== "function") continue;
    const isPromise = owner === dns.promises || owner === dns.promises.Resolver.prototype;
    const original = owner[name];
    lock(owner, name, function (host, ...rest) {
      // An address, or localhost, needs no query (listen() looks up its own address this way).
      if (name === "lookup" && typeof host === "string" && (net.isIP(host) !== 0 || host === "localhost")) return original.call(this, host, ...rest);
      const error = refuse(`DNS ${name} of ${host}`);
      if (isPromise) return Promise.reject(error);
      const callback = [...arguments].reverse().find((a) => typeof a === "function");
      if (callback) process.nextTick(callback, error);
      else throw error;
    });
  }
}
