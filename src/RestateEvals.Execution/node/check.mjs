// Type-checks and transpiles agents' modules; never runs them. Started once per sandbox as a server: each line on stdin
// is a run folder; for each, it reads <runDir>/task.ts, checks it (strict) against the pinned Restate SDK's types, on
// success writes <runDir>/task.mjs (ES2022, imports of "./payments" pointed at payments.mjs), and prints one JSON line:
// { request, ok, diagnostics: string[], imports: string[] } (request: the line asked), or { request, error }. The parsed library files (TypeScript's lib, @types/node,
// the SDK) are kept between requests, so a check after the first takes about 0.1 s instead of 1-2 s.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import ts from "typescript";

const options = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts"],
  types: ["node"],
  typeRoots: [path.join(process.cwd(), "node_modules", "@types")],
  skipLibCheck: true,
  noEmitOnError: true,
  esModuleInterop: true,
  allowSyntheticDefaultImports: true,
  sourceMap: false,
  declaration: false,
};

// Library files never change while the sandbox runs: parse them once. The agent's files are always read afresh.
const runs = path.join(process.cwd(), "runs") + path.sep;
const base = ts.createCompilerHost(options);
const parsed = new Map();
const host = {
  ...base,
  getSourceFile(name, languageVersion, onError, shouldCreate) {
    if (path.resolve(name).startsWith(runs)) return base.getSourceFile(name, languageVersion, onError, shouldCreate);
    if (!parsed.has(name)) parsed.set(name, base.getSourceFile(name, languageVersion, onError, shouldCreate));
    return parsed.get(name);
  },
};
let previous;

function check(runDir) {
  const file = path.join(runDir, "task.ts");
  const source = fs.readFileSync(file, "utf8");
  const imports = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
  const program = ts.createProgram([file], options, host, previous);
  previous = program;
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (d.file && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${path.basename(d.file.fileName)}(${line + 1},${character + 1}): error TS${d.code}: ${text}`;
    }
    return `error TS${d.code}: ${text}`;
  });

  if (diagnostics.length === 0) {
    let output;
    program.emit(program.getSourceFile(file), (name, text) => {
      if (name.endsWith(".js")) output = text;
    });
    if (output === undefined) {
      diagnostics.push("error: the TypeScript compiler emitted no JavaScript");
    } else {
      // The sandbox's payment provider is payments.mjs; Node's ESM loader needs the file name.
      output = output.replace(/(\bfrom\s*|\bimport\s*\(\s*)(["'])\.\/payments(?:\.js|\.mjs)?\2/g, "$1$2./payments.mjs$2");
      fs.writeFileSync(path.join(runDir, "task.mjs"), output);
    }
  }

  return { ok: diagnostics.length === 0, diagnostics, imports };
}

const lines = readline.createInterface({ input: process.stdin });
process.stdout.write(JSON.stringify({ ready: true }) + "\n");
// The loop ends when stdin does: when the .NET process exits or is killed, this process exits too.
for await (const line of lines) {
  const runDir = line.trim();
  if (!runDir) continue;
  let reply;
  try {
    reply = check(path.resolve(runDir));
  } catch (error) {
    reply = { error: String(error?.stack ?? error) };
  }
  process.stdout.write(JSON.stringify({ request: runDir, ...reply }) + "\n");
}
