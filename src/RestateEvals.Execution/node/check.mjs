// Type-checks and transpiles an agent's module: node check.mjs <runDir>. Reads <runDir>/task.ts, checks it against the
// pinned Restate SDK's types (strict), and on success writes <runDir>/task.mjs (ES2022, imports of "./payments" pointed
// at payments.mjs). Prints one JSON line: { ok, diagnostics: string[], imports: string[] }. Never runs the module.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const runDir = path.resolve(process.argv[2] ?? ".");
const file = path.join(runDir, "task.ts");
const source = fs.readFileSync(file, "utf8");
const imports = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);

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

const program = ts.createProgram([file], options);
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

process.stdout.write(JSON.stringify({ ok: diagnostics.length === 0, diagnostics, imports }) + "\n");
