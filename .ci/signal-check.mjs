// Stopping a run stops the sandbox: starts the execution benchmark (one restate-server, endpoint processes for the
// agent's code), waits until it is running tasks, sends SIGINT (Ctrl+C), SIGTERM or SIGKILL, and checks that the test
// host exited and every process it started (restate-server, its guard, endpoints, the type-checker) is gone: on SIGKILL
// no .NET code runs, and the processes stop themselves when their stdin closes. Node spawns the child with
// default signal dispositions, so SIGINT is not ignored even when this script runs in a background job.
// Usage: node .ci/signal-check.mjs <RestateEvals.Benchmarks.dll>
import { spawn, execSync } from "node:child_process";

const dll = process.argv[2];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
// One `ps` per look: every process's parent and command line.
const table = () =>
  execSync("ps -e -o pid=,ppid=,stat=,args=", { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/))
    .filter(Boolean)
    .map(([, pid, ppid, stat, args]) => ({ pid: Number(pid), ppid: Number(ppid), stat, args }));
const descendants = (root, rows = table()) => {
  const children = rows.filter((row) => row.ppid === root);
  return children.flatMap((child) => [child, ...descendants(child.pid, rows)]);
};
const describe = (pid) => table().find((row) => row.pid === pid)?.args ?? "?";

let failed = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGKILL"]) {
  const host = spawn("dotnet", [dll, "--execution", "1"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  host.stdout.on("data", (d) => (output += d));
  host.stderr.on("data", (d) => (output += d));
  const exited = new Promise((resolve) => host.on("exit", (code, sig) => resolve({ code, sig })));

  // Wait until the server runs and an endpoint process for an agent's module exists.
  let started = [];
  for (let i = 0; i < 240 && !started.some((p) => p.args.includes("host.mjs")); i++) {
    await sleep(250);
    started = descendants(host.pid);
  }
  const server = started.filter((p) => p.args.includes("restate-server") && !p.args.includes("guard.mjs")).map((p) => p.pid);
  const endpoints = started.filter((p) => p.args.includes("host.mjs")).map((p) => p.pid);
  if (server.length === 0 || endpoints.length === 0) {
    console.error(`signal-check ${signal}: the sandbox did not start (server ${server}, endpoints ${endpoints}):\n${output}`);
    console.error(started.map((p) => `${p.pid} ${p.stat} ${p.args.slice(0, 160)}`).join("\n"));
    host.kill("SIGKILL");
    process.exit(1);
  }

  host.kill(signal);
  const result = await Promise.race([exited, sleep(20000).then(() => null)]);
  for (let i = 0; i < 50 && started.some((p) => alive(p.pid)); i++) await sleep(100);
  const left = started.map((p) => p.pid).filter(alive);
  if (result === null || left.length > 0) {
    failed = true;
    console.error(`signal-check ${signal}: FAILED: host ${result === null ? "still running" : "exited"}; left running: ${left.map((p) => `${p} ${describe(p).slice(0, 120)}`).join("; ") || "none"}`);
    host.kill("SIGKILL");
    left.forEach((pid) => process.kill(pid, "SIGKILL"));
  } else {
    console.log(`signal-check ${signal}: the test host exited (${result.sig ?? "exit " + result.code}) and stopped all ${started.length} processes it started (restate-server ${server.join(",")}; endpoint(s) ${endpoints.join(",")})`);
  }
}
process.exit(failed ? 1 : 0);
