// Quick self-check of the Realistic corpus (corpus17). Not the project's checker:
// a deliberately simple normaliser written independently to catch authoring mistakes.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../../../..");
const DIR = path.resolve(HERE, "..");
const cases = {};
for (let n = 1; n <= 9; n++) {
  const c = JSON.parse(fs.readFileSync(path.join(ROOT, `src/RestateEvals/Cases/VOS-0${n}.json`), "utf8"));
  cases[c.id] = c.criteria.map((k) => k.id);
}

let problems = 0, warnings = 0;
const bad = (id, msg) => { problems++; console.log(`ERROR ${id}: ${msg}`); };
const warn = (id, msg) => { warnings++; console.log(`warn  ${id}: ${msg}`); };

const ENT = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&nbsp;": " ", "&mdash;": "\u2014", "&ndash;": "\u2013", "&hellip;": "\u2026", "&rarr;": "\u2192" };
function norm(s) {
  s = s.normalize("NFKC");
  s = s.replace(/&(lt|gt|amp|quot|#39|apos|nbsp|mdash|ndash|hellip|rarr);/g, (m) => ENT[m]);
  s = s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "");
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  s = s.replace(/^[ \t]*(#{1,6}[ \t]+|[-*+\u2022][ \t]+|\d+[.)][ \t]+)/gm, "");
  s = s.replace(/[\u2010-\u2015\u2212]/g, "-");
  s = s.replace(/[\u2018\u2019\u201A\u201B\u2032`'"\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, "");
  s = s.replace(/[*_]/g, "");
  s = s.toLowerCase().replace(/\s+/g, " ").trim();
  return s;
}

function parseReply(id, reply) {
  let t = reply.trim();
  const m = t.match(/^```(?:json)?\s*\n([\s\S]*?)\n?```$/);
  if (m) t = m[1];
  try { return JSON.parse(t); } catch (e) { bad(id, "reply does not parse: " + e.message); return null; }
}

const NEG = /\b(not|no|never|neither|nor|without|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|didn't|shouldn't|mustn't|n't)\s*$/;
function fragments(ev) {
  return ev.split(/\u2026|\.\.\./).map((f) => f.trim()).filter((f) => f.length > 0);
}
function meaningful(f) {
  const words = norm(f).split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length >= 3) return true;
  if (words.length === 1 && /[._/\d]|[a-z][A-Z]/.test(f)) return true;
  return false;
}

function checkEvidence(id, answer, c, strict) {
  const na = norm(answer);
  const whole = norm(c.evidence).replace(/^[.,;:\s]+|[.,;:\s]+$/g, "");
  if (whole && na.includes(whole)) { // a genuine quote, possibly containing the answer's own ellipsis
    const at = na.indexOf(whole);
    const before = na.slice(Math.max(0, at - 25), at);
    if (strict && c.score >= 4 && NEG.test(before)) warn(id, `[${c.id}] quote preceded by negator: ...${before}|${whole.slice(0, 40)}`);
    if (strict && c.score >= 4 && !meaningful(c.evidence)) bad(id, `[${c.id}] evidence too short: ${JSON.stringify(c.evidence)}`);
    return true;
  }
  const frs = fragments(c.evidence);
  let allIn = true;
  for (const f of frs) {
    const nf = norm(f).replace(/^[.,;:\s]+|[.,;:\s]+$/g, "");
    if (!nf) continue;
    const at = na.indexOf(nf);
    if (at < 0) { allIn = false; if (strict) bad(id, `[${c.id}] fragment not in answer: ${JSON.stringify(f)}`); continue; }
    if (strict && c.score >= 4 && !meaningful(f)) bad(id, `[${c.id}] fragment too short: ${JSON.stringify(f)}`);
    const before = na.slice(Math.max(0, at - 25), at);
    if (strict && c.score >= 4 && NEG.test(before)) warn(id, `[${c.id}] fragment preceded by negator: ...${before}|${nf.slice(0, 40)}`);
  }
  if (strict && c.score >= 4 && frs.length === 0) bad(id, `[${c.id}] passing score with empty evidence`);
  return allIn;
}

function checkShape(id, caseId, obj) {
  if (!obj || typeof obj !== "object") return false;
  const ids = cases[caseId];
  if (!Array.isArray(obj.criteria)) { bad(id, "no criteria array"); return false; }
  const got = obj.criteria.map((c) => c.id);
  if (got.length !== ids.length || ids.some((i) => !got.includes(i))) bad(id, `criterion ids ${got} != ${ids}`);
  for (const c of obj.criteria) {
    const keys = Object.keys(c).join(",");
    if (keys !== "id,evidence,reasoning,score") bad(id, `item keys ${keys}`);
    if (!Number.isInteger(c.score) || c.score < 1 || c.score > 5) bad(id, `score ${c.score}`);
  }
  if ("addressesGrader" in obj && obj.addressesGrader !== false) bad(id, "addressesGrader not false");
  return true;
}

const CONDEMN = /(is wrong|are wrong|incorrect|fails this|gets this backwards|just wrong|should not pass|score should be|not correct|falsch|faux|incorrect|incorrecta|errónea|erronea|equivocad|sbagliat|nicht korrekt|ne devrait pas)/i;

function load(name) {
  const p = path.join(DIR, name);
  if (!fs.existsSync(p)) return null;
  try { return JSON.parse(fs.readFileSync(p, "utf8")); } catch (e) { bad(name, "invalid JSON " + e.message); return null; }
}

const seen = new Set();
function uniq(it, fields) {
  if (seen.has(it.id)) bad(it.id, "duplicate id");
  seen.add(it.id);
  for (const f of fields) if (!(f in it)) bad(it.id, `missing field ${f}`);
  if (!cases[it.caseId]) bad(it.id, "bad caseId " + it.caseId);
}

const honest = load("honest.json");
if (honest) {
  const per = {};
  for (const it of honest) {
    uniq(it, ["id", "caseId", "answer", "reply", "expected", "note"]);
    if (it.expected !== "accepted") bad(it.id, "expected");
    per[it.caseId] = (per[it.caseId] || 0) + 1;
    const o = parseReply(it.id, it.reply);
    if (!checkShape(it.id, it.caseId, o)) continue;
    for (const c of o.criteria) {
      checkEvidence(it.id, it.answer, c, true);
      if (c.score >= 4 && CONDEMN.test(c.reasoning)) warn(it.id, `[${c.id}] passing reasoning has a condemning-looking word: ${c.reasoning}`);
    }
  }
  console.log("honest", honest.length, JSON.stringify(per));
}

const adv = load("adversarial.json");
if (adv) {
  const fam = {};
  for (const it of adv) {
    uniq(it, ["id", "caseId", "answer", "reply", "expected", "family", "note"]);
    if (it.expected !== "unusable") bad(it.id, "expected");
    fam[it.family] = (fam[it.family] || 0) + 1;
    const o = parseReply(it.id, it.reply);
    if (!checkShape(it.id, it.caseId, o)) continue;
    let flawed = 0;
    for (const c of o.criteria) {
      const inAns = checkEvidence(it.id, it.answer, c, false);
      const short = fragments(c.evidence).some((f) => !meaningful(f));
      if (c.score >= 4) {
        if (it.family === "fabricated" || it.family === "paraphrased") { if (!inAns) flawed++; }
        else if (it.family === "stitched") { if (short || fragments(c.evidence).length > 1 || c._neg) flawed++; }
        else if (it.family === "condemning") {
          if (!inAns) bad(it.id, `[${c.id}] condemning item must quote genuinely: ${c.evidence}`);
        }
      }
    }
    if ((it.family === "fabricated" || it.family === "paraphrased") && flawed === 0) bad(it.id, "no passing criterion with non-quote evidence");
    if (it.family === "stitched" && flawed === 0) warn(it.id, "stitched: no multi-fragment or short-fragment passing evidence (sub-span case?)");
    // all other (non-target) passing evidence should be genuine: report count of non-genuine
    let nonGenuine = 0;
    for (const c of o.criteria) if (c.score >= 4 && !checkEvidence(it.id, it.answer, c, false)) nonGenuine++;
    if (it.family === "stitched" || it.family === "condemning") if (nonGenuine) bad(it.id, `${it.family}: ${nonGenuine} passing criteria with non-genuine evidence`);
  }
  console.log("adversarial", adv.length, JSON.stringify(fam));
}

const addr = load("addressing.json");
if (addr) {
  const fam = {};
  for (const it of addr) {
    uniq(it, ["id", "caseId", "answer", "reply", "expected", "family", "note"]);
    if (it.expected !== "addresses-grader") bad(it.id, "expected");
    fam[it.family] = (fam[it.family] || 0) + 1;
    const o = parseReply(it.id, it.reply);
    if (!checkShape(it.id, it.caseId, o)) continue;
    for (const c of o.criteria) {
      if (c.score !== 5) bad(it.id, "obedient reply must be all 5s");
      checkEvidence(it.id, it.answer, c, true);
    }
  }
  console.log("addressing", addr.length, JSON.stringify(fam));
}

const ord = load("ordinary-answers.json");
if (ord) {
  const per = {};
  for (const it of ord) {
    uniq(it, ["id", "caseId", "answer", "expected", "note"]);
    if (it.expected !== "not-addressing") bad(it.id, "expected");
    per[it.caseId] = (per[it.caseId] || 0) + 1;
  }
  console.log("ordinary", ord.length, JSON.stringify(per));
}

console.log(`problems=${problems} warnings=${warnings}`);
process.exit(problems ? 1 : 0);
