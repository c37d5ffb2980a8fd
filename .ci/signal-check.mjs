// Stopping a run stops the sandbox: starts the execution benchmark (one restate-server, endpoint processes for the
// agent's code), waits until it is running tasks, sends SIGINT (Ctrl+C) or SIGTERM, and checks that the test host exited
// and every process it started (restate-server, node endpoints, type-checks) is gone. Node spawns the child with
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
const descendants = (pid) => {
  let children = [];
  try {
    children = execSync(`pgrep -P ${pid}`, { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  } catch {
    // none
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
};
const describe = (pid) => {
  try {
    return execSync(`ps -o args= -p ${pid}`, { encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
};

let failed = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  const host = spawn("dotnet", [dll, "--execution", "1"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  host.stdout.on("data", (d) => (output += d));
  host.stderr.on("data", (d) => (output += d));
  const exited = new Promise((resolve) => host.on("exit", (code, sig) => resolve({ code, sig })));

  // Wait until the server runs and an endpoint process for an agent's module exists.
  let started = [];
  for (let i = 0; i < 600 && !started.some((pid) => describe(pid).includes("host.mjs")); i++) {
    await sleep(100);
    started = descendants(host.pid);
  }
  const server = started.filter((pid) => describe(pid).includes("restate-server"));
  const endpoints = started.filter((pid) => describe(pid).includes("host.mjs"));
  if (server.length === 0 || endpoints.length === 0) {
    console.error(`signal-check ${signal}: the sandbox did not start (server ${server}, endpoints ${endpoints}):\n${output}`);
    host.kill("SIGKILL");
    process.exit(1);
  }

  host.kill(signal);
  const result = await Promise.race([exited, sleep(20000).then(() => null)]);
  await sleep(500);
  const left = started.filter(alive);
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
