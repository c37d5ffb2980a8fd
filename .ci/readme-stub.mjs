// A loopback OpenAI-compatible chat-completions stub for .ci/readme-check: it plays a good agent and a judge.
// Usage: node readme-stub.mjs PORT_FILE MODE_FILE LOG_FILE
//   PORT_FILE  written with the port it listens on (127.0.0.1, a free port)
//   MODE_FILE  read on every judge call: "good" scores every criterion 5, "bad" scores every criterion 1
//   LOG_FILE   one line per request (kind and model), for the check's diagnostics
// Stops by itself after 30 minutes, in case nobody stops it.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';

const [portFile, modeFile, logFile] = process.argv.slice(2);
if (!portFile || !modeFile || !logFile) {
  console.error('usage: node readme-stub.mjs PORT_FILE MODE_FILE LOG_FILE');
  process.exit(2);
}

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
    let content;
    try {
      content = isJudge ? judgeReply(body) : agentAnswer;
    } catch (error) {
      return fail(400, error.message);
    }
    appendFileSync(logFile, `${isJudge ? `judge(${mode()})` : 'agent'} model=${body.model}\n`);
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
