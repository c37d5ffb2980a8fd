// Prints, as JSON, the headless Chromium that @sparticuz/chromium ships and the folder of the libraries it bundles
// (NSS, NSPR, expat), decompressed on first use into .cache/ beside this file (not the shared temp folder, where a
// stale binary of another version would be reused). The bundled libraries are unpacked only in environments the package
// recognises, so this says it is one; a machine without those libraries runs the browser with LD_LIBRARY_PATH set to
// "libraries".
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const cache = path.join(path.dirname(fileURLToPath(import.meta.url)), ".cache");
fs.mkdirSync(cache, { recursive: true });
process.env.TMPDIR = cache;
process.env.AWS_LAMBDA_JS_RUNTIME ??= "nodejs20.x";
const { default: chromium } = await import("@sparticuz/chromium");
const executable = await chromium.executablePath();
process.stdout.write(JSON.stringify({ executable, libraries: path.join(cache, "al2023", "lib") }));
