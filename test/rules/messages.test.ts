/**
 * Messages (issue 15 item 11; issue 11 §2 "Reports"): every finding on the
 * fixtures — request files, JSONL, JS/TS, Python, notebooks — opens with a short
 * sentence, then the API's answer, then the fix, with no aside (the rule tables
 * hold every rule's own cases to the same, test/helpers/rule-table.ts); an aside
 * is said once per run under the findings; and a Python call's message spells
 * the code it names as Python does, a JS call's as JS does.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/lint/lint-text.js';
import { RULES } from '../../rules/index.js';
import { REPO, runCli } from '../helpers/cli.js';
import { kwargs } from '../sources/python/helpers.js';
import { messageShapeProblems } from '../helpers/message-shape.js';

const DATE = '2026-11-26';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

function fixtureFindings(): JsonResult[] {
  const out = runCli(['fixtures/', '--format', 'json', '--date', DATE], { cwd: REPO }).stdout;
  return JSON.parse(out) as JsonResult[];
}

describe('message shape on the fixtures', () => {
  it('every finding: a short first sentence, the API answer, the fix, no aside', () => {
    const results = fixtureFindings();
    const problems: string[] = [];
    const rules = new Set<string>();
    for (const r of results) {
      for (const m of r.messages) {
        if (!m.ruleId) continue;
        rules.add(m.ruleId);
        for (const p of messageShapeProblems(m.message)) problems.push(`${m.ruleId}: ${p}`);
      }
    }
    // Enough of the catalogue is exercised for this to mean something.
    assert.ok(rules.size >= 15, `only ${rules.size} rules found something in fixtures/`);
    assert.deepEqual(problems, []);
  });

  it("no rule's note is repeated in its messages", () => {
    for (const rule of RULES) {
      if (!rule.meta.note) continue;
      for (const template of Object.values<string>(rule.meta.messages)) assert.ok(!template.includes(rule.meta.note), `${rule.id} says its note in a message`);
    }
  });
});

describe('asides are said once per run', () => {
  // Three findings of one rule that has a note (tool-use-id-unique).
  const toolUse = (id: string) => ({ type: 'tool_use', id, name: 't', input: {} });
  const result = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: 'ok' });
  const body = {
    model: 'claude-sonnet-5-5',
    max_tokens: 1024,
    tools: [{ name: 't', input_schema: { type: 'object' } }],
    messages: [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: [toolUse('a')] },
      { role: 'user', content: [result('a')] },
      { role: 'assistant', content: [toolUse('a')] },
      { role: 'user', content: [result('a')] },
      { role: 'assistant', content: [toolUse('a')] },
      { role: 'user', content: [result('a')] },
    ],
  };
  const rule = RULES.find((r) => r.id === 'tool-use-id-unique')!;
  const note = rule.meta.note!;
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('stylish: the note once under the findings, never on a finding', () => {
    const out = runCli(['--stdin', '--stdin-filename', 'conversation.json', '--date', DATE], { cwd: REPO, input: JSON.stringify(body) }).stdout;
    assert.equal(count(out, 'tool-use-id-unique  /messages/'), 2, out);
    assert.equal(count(out, note), 1, out);
    assert.ok(out.indexOf(note) > out.lastIndexOf('tool-use-id-unique  /messages/'), out);
    assert.match(out, /Each rule is explained at https:\/\/\S+<rule-id>\.md/);
  });

  it('github: one notice for the rule, not one per annotation', () => {
    const out = runCli(['--stdin', '--stdin-filename', 'conversation.json', '--date', DATE, '-f', 'github'], { cwd: REPO, input: JSON.stringify(body) }).stdout;
    const lines = out.trim().split('\n');
    assert.equal(lines.filter((l) => l.startsWith('::warning ') && l.includes('title=lint-payloads/tool-use-id-unique')).length, 2, out);
    const notices = lines.filter((l) => l.startsWith('::notice '));
    assert.deepEqual(notices.length, 1, out);
    assert.ok(notices[0]!.includes('title=lint-payloads/tool-use-id-unique::Tool use ids must be unique'), notices[0]);
  });

  it('json: messages only, as before (the note is the rule\'s, in its docs and SARIF help)', () => {
    const out = runCli(['--stdin', '--stdin-filename', 'conversation.json', '--date', DATE, '-f', 'json'], { cwd: REPO, input: JSON.stringify(body) }).stdout;
    assert.equal(count(out, note), 0);
    const sarif = runCli(['--stdin', '--stdin-filename', 'conversation.json', '--date', DATE, '-f', 'sarif'], { cwd: REPO, input: JSON.stringify(body) }).stdout;
    assert.equal(count(sarif, note), 1);
  });
});

describe('syntax is spelled in the language of the call', () => {
  const JS_HEAD = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
  const PY_HEAD = 'from anthropic import Anthropic\n\nclient = Anthropic()\n';
  const user = { role: 'user', content: 'Hi' };

  async function messagesOf(code: string, file: string, ruleId: string): Promise<string[]> {
    const result = await lintText(code, file, { date: DATE, apiVersion: '2026-10-21' });
    return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
  }

  /** The same call as JS and as Python: each message of the rule, in both. */
  async function both(ruleId: string, body: Record<string, unknown>, method = 'messages.create'): Promise<{ js: string; py: string }> {
    const js = await messagesOf(`${JS_HEAD}await client.${method}(${JSON.stringify(body)});\n`, 'app.ts', ruleId);
    const py = await messagesOf(`${PY_HEAD}client.${method}(\n${kwargs(body)}\n)\n`, 'app.py', ruleId);
    assert.equal(js.length, 1, `JS: ${JSON.stringify(js)}`);
    assert.equal(py.length, 1, `Python: ${JSON.stringify(py)}`);
    return { js: js[0]!, py: py[0]! };
  }

  it('sdk-long-request: max_tokens= and stream=True', async () => {
    const { js, py } = await both('sdk-long-request', { model: 'claude-sonnet-5-5', max_tokens: 64000, messages: [user] });
    assert.ok(js.startsWith('max_tokens: 64000 is above 21333') && js.includes('stream: true'), js);
    assert.ok(py.startsWith('max_tokens=64000 is above 21333') && py.includes('stream=True') && py.includes('timeout='), py);
  });

  it('forced-tool-choice: tool_choice={…}', async () => {
    const body = { model: 'claude-haiku-4-5', max_tokens: 4096, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [user] };
    const { js, py } = await both('forced-tool-choice', body);
    assert.ok(js.includes('Use tool_choice: {"type": "auto"}'), js);
    assert.ok(py.includes('Use tool_choice={"type": "auto"}'), py);
  });

  it('tool-choice-defined: tool_choice= with the literal of the choice', async () => {
    const { js, py } = await both('tool-choice-defined', { model: 'claude-sonnet-5-5', max_tokens: 1024, tool_choice: { type: 'any' }, messages: [user] });
    assert.ok(js.includes('use tool_choice: {"type": "auto"} or tool_choice: {"type": "none"}'), js);
    assert.ok(py.includes('use tool_choice={"type": "auto"} or tool_choice={"type": "none"}'), py);
  });

  it('tool-input-schema: members of a nested dict with True and False', async () => {
    const body = { model: 'claude-sonnet-5-5', max_tokens: 1024, tools: [{ name: 't', strict: true, input_schema: { type: 'object', properties: {} } }], messages: [user] };
    const { js, py } = await both('tool-input-schema', body);
    assert.ok(js.includes('sets strict: true') && js.includes('does not set additionalProperties: false'), js);
    assert.ok(py.includes('sets "strict": True') && py.includes('does not set "additionalProperties": False'), py);
  });

  it('request-schema: a quoted null is None', async () => {
    const { js, py } = await both('request-schema', { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user], metadata: { user_id: 5 } });
    assert.ok(js.includes('a string or null'), js);
    assert.ok(py.includes('a string or None'), py);
  });

  it('request-schema: a top-level member of a Python call is a keyword argument', async () => {
    const missing = await both('request-schema', { model: 'claude-sonnet-5-5', messages: [user] });
    assert.ok(missing.js.startsWith('Missing required field "max_tokens" in the request body.'), missing.js);
    assert.ok(missing.py.startsWith('Missing required argument max_tokens= in the call.'), missing.py);
    const typo = await both('request-schema', { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user], stop_sequence: ['x'] });
    assert.ok(typo.js.startsWith('Unknown field "stop_sequence" in the request body.') && typo.js.endsWith('Did you mean "stop_sequences"?'), typo.js);
    assert.ok(typo.py.startsWith('Unknown argument stop_sequence= in the call.') && typo.py.endsWith('Did you mean stop_sequences=?'), typo.py);
    const type = await both('request-schema', { model: 'claude-sonnet-5-5', max_tokens: 'invalid', messages: [user] });
    assert.ok(type.js.startsWith('max_tokens must be an integer, not a string.'), type.js);
    assert.ok(type.py.startsWith('max_tokens= must be an integer, not a string.'), type.py);
    // Nested members are dict keys in Python too: named as before.
    const nested = await both('request-schema', { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi', type: 'x' }] });
    assert.equal(nested.py, nested.js);
  });

  it('no-sampling-params: the removed parameter as the call passes it', async () => {
    const { js, py } = await both('no-sampling-params', { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user], temperature: 0.5 });
    assert.ok(js.startsWith('"temperature" was removed in API version 2026-10-21'), js);
    assert.ok(py.startsWith('temperature= was removed in API version 2026-10-21'), py);
  });

  it('sampling-params-model: the parameter to remove as the call passes it, in the message and its suggestion', async () => {
    const body = { model: 'claude-opus-5-5', max_tokens: 1024, messages: [user], top_k: 5 };
    const js = await lintText(`${JS_HEAD}await client.messages.create(${JSON.stringify(body)});\n`, 'app.ts', { date: DATE, apiVersion: '2023-06-01' });
    const py = await lintText(`${PY_HEAD}client.messages.create(\n${kwargs(body)}\n)\n`, 'app.py', { date: DATE, apiVersion: '2023-06-01' });
    const [j] = js.messages.filter((m) => m.ruleId === 'sampling-params-model');
    const [p] = py.messages.filter((m) => m.ruleId === 'sampling-params-model');
    assert.ok(j!.message.endsWith('Remove "top_k".') && j!.suggestions?.[0]?.desc === 'Remove "top_k"', JSON.stringify(j));
    assert.ok(p!.message.endsWith('Remove top_k=.') && p!.suggestions?.[0]?.desc === 'Remove top_k=', JSON.stringify(p));
  });

  it('a raw HTTP call in Python (httpx json=) is a dict with Python literals', async () => {
    const body = { model: 'claude-haiku-4-5', max_tokens: 4096, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [user] };
    const code = `import httpx\n\nhttpx.post("https://api.anthropic.com/v1/messages", headers={"anthropic-version": "2026-10-21"}, json=${JSON.stringify(body)})\n`;
    const [m] = await messagesOf(code, 'raw.py', 'forced-tool-choice');
    assert.ok(m?.includes('Use "tool_choice": {"type": "auto"}'), m);
  });

  it('in a batch the params are a dict, not keyword arguments', async () => {
    const requests = [{ custom_id: 'a', params: { model: 'claude-sonnet-5-5', max_tokens: 0, messages: [user] } }];
    const { js, py } = await both('max-tokens-limit', { requests }, 'messages.batches.create');
    assert.ok(js.startsWith('max_tokens: 0 (prompt-cache pre-warming)'), js);
    assert.ok(py.startsWith('"max_tokens": 0 (prompt-cache pre-warming)'), py);
  });
});
