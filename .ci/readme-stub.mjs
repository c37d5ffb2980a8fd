// A loopback OpenAI-compatible chat-completions stub for .ci/readme-check: it plays a good agent and a judge.
// Usage: node readme-stub.mjs PORT_FILE MODE_FILE LOG_FILE REPO
//   PORT_FILE  written with the port it listens on (127.0.0.1, a free port)
//   MODE_FILE  read on every judge call and code request: "good" scores every criterion 5 and writes the good code,
//              "bad" scores every criterion 1 and writes flawed code, "bad-code" scores 5 but writes flawed code
//   LOG_FILE   one line per request (kind and model), for the check's diagnostics
//   REPO       the repository: the code turn of grading by execution ("Now write that fix as code. ...") is answered
//              with src/RestateEvals.Execution/Tasks/<case>/good.ts (or its first flawed-*.ts), the case being the
//              one of src/RestateEvals/Cases/*.json whose input is the conversation's first user message
// Stops by itself after 30 minutes, in case nobody stops it.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';

const [portFile, modeFile, logFile, repo] = process.argv.slice(2);
if (!portFile || !modeFile || !logFile || !repo) {
  console.error('usage: node readme-stub.mjs PORT_FILE MODE_FILE LOG_FILE REPO');
  process.exit(2);
}

// The case id by its input (the conversation's first user message), from the case files the package ships.
const casesDir = join(repo, 'src/RestateEvals/Cases');
const tasksDir = join(repo, 'src/RestateEvals.Execution/Tasks');
const caseByInput = new Map(readdirSync(casesDir).filter((f) => f.endsWith('.json')).map((f) => {
  const c = JSON.parse(readFileSync(join(casesDir, f), 'utf8'));
  return [c.input.trim(), c.id];
}));
const codeRequestStart = 'Now write that fix as code.';

const agentAnswer = [
  'Exclusive handlers of a Restate virtual object run one at a time per key, so the read-modify-write on one key is already serialized.',
  'Remove the application mutex: it adds nothing on one key and only blocks calls on other keys.',
  'Keep the state in the object with ctx.get and ctx.set, and model each independent unit (for example one SKU) as its own key.',
].join('\n');

function mode() {
  try {
    return readFileSync(modeFile, 'utf8').trim();
  } catch {
    return 'good';
  }
}

function text(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => part?.text ?? '').join('');
  return '';
}

function judgeReply(body) {
  const ids = body.response_format?.json_schema?.schema?.properties?.criteria?.items?.properties?.id?.enum;
  if (!Array.isArray(ids) || ids.length === 0) throw new Error('judge request without criterion ids in response_format');
  const user = (body.messages ?? []).filter((m) => m.role === 'user').map((m) => text(m.content)).join('\n');
  // The answer sits between an opening tag and a closing tag each on a line of its own (the instructions name the tag too).
  const match = /^<(answer-[0-9a-f]+)>\n([\s\S]*?)\n<\/\1>$/m.exec(user);
  if (!match) throw new Error('judge request without an <answer-NONCE> block');
  // A verbatim quote of the answer: its first line (up to 60 characters), at least 8 characters.
  const quote = match[2].trim().split('\n')[0].slice(0, 60).trim();
  if (quote.length < 8) throw new Error('answer too short to quote');
  const good = mode() !== 'bad';
  const criteria = ids.map((id) => ({
    id,
    evidence: quote,
    reasoning: good ? `The answer covers ${id} clearly.` : `The answer does not address ${id}.`,
    score: good ? 5 : 1,
  }));
  return JSON.stringify({ criteria });
}

// The code turn: the case's good reference implementation, or in "bad" and "bad-code" mode its first flawed one.
function codeReply(messages) {
  const users = messages.filter((m) => m.role === 'user').map((m) => text(m.content));
  const id = caseByInput.get((users[0] ?? '').trim());
  if (!id) throw new Error('code request in a conversation whose first user message is no case input');
  let files;
  try {
    files = readdirSync(join(tasksDir, id)).filter((f) => f.endsWith('.ts')).sort();
  } catch {
    throw new Error(`code request for ${id}, which has no executable task`);
  }
  const file = mode() === 'good' ? 'good.ts' : files.find((f) => f.startsWith('flawed-'));
  if (!file || !files.includes(file)) throw new Error(`no ${mode() === 'good' ? 'good.ts' : 'flawed-*.ts'} for ${id}`);
  const code = readFileSync(join(tasksDir, id, file), 'utf8').trimEnd();
  return { id, file, content: '```ts\n' + code + '\n```' };
}

const server = createServer((req, res) => {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { raw += chunk; });
  req.on('end', () => {
    const fail = (status, message) => {
      appendFileSync(logFile, `error ${status} ${req.method} ${req.url}: ${message}\n`);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message, type: 'invalid_request_error' } }));
    };
    if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) return fail(404, 'not found');
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return fail(400, 'body is not JSON');
    }
    if (body.stream) return fail(400, 'streaming is not supported by this stub');
    const isJudge = body.response_format?.type === 'json_schema';
    const messages = body.messages ?? [];
    const lastUser = messages.filter((m) => m.role === 'user').map((m) => text(m.content)).at(-1) ?? '';
    const isCode = !isJudge && lastUser.startsWith(codeRequestStart);
    let content, kind;
    try {
      if (isJudge) {
        content = judgeReply(body);
        kind = `judge(${mode()})`;
      } else if (isCode) {
        const code = codeReply(messages);
        content = code.content;
        kind = `code(${mode()}) ${code.id} ${code.file}`;
      } else {
        content = agentAnswer;
        kind = 'agent';
      }
    } catch (error) {
      return fail(400, error.message);
    }
    appendFileSync(logFile, `${kind} model=${body.model}\n`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({
      id: 'chatcmpl-readme-stub',
      object: 'chat.completion',
      created: 1700000000,
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
    }));
  });
});

server.listen(0, '127.0.0.1', () => {
  writeFileSync(portFile, String(server.address().port));
});
setTimeout(() => process.exit(0), 30 * 60 * 1000).unref();
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
