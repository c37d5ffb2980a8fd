// Runs restate-server for RestateEvals.Execution and stops it when the .NET process that started this guard goes away,
// however it goes: its end of our stdin pipe closes (normal exit, a crash, even SIGKILL), so stdin ends and the guard
// kills the server and deletes its data folder. SIGINT, SIGTERM and SIGHUP stop it too.
// Usage: node guard.mjs <data folder to delete> <program> [arguments...]
import { spawn } from "node:child_process";
import fs from "node:fs";

const [dataDirectory, program, ...args] = process.argv.slice(2);
const child = spawn(program, args, { stdio: ["ignore", "inherit", "inherit"] });
let stopping = false;

function removeData() {
  try {
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  } catch {
    // Left in the temp folder; nothing depends on it.
  }
}

function stop() {
  if (stopping) return;
  stopping = true;
  child.kill("SIGKILL");
}

child.on("exit", (code) => {
  removeData();
  process.exit(stopping ? 0 : code ?? 1);
});
child.on("error", (error) => {
  process.stderr.write(`guard: could not start ${program}: ${error.message}\n`);
  removeData();
  process.exit(127);
});
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);
