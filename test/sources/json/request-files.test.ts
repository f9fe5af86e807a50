/**
 * Which JSON and JSONL files hold requests (issue 12 §1.1, §1.2): datasets,
 * transcripts, logs and broken API-response fixtures found by walking a
 * repository are skipped with a reason; request files, broken or not, are checked.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { JsonlFile, jsonSource, jsonlSource } from '../../../src/sources/json/index.js';
import { hasPlainStrings } from '../../../src/engine/plain-strings.js';
import { isEvidentRequestText, topLevelKeys } from '../../../src/sources/json/detect.js';
import { runCli, tempDirs, findingsOf } from '../../helpers/cli.js';

const WALKED = { explicit: false };
const line = (value: unknown): string => JSON.stringify(value);
const REQUEST = { model: 'claude-sonnet-5-5', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] };
const EXAMPLE = { messages: [{ role: 'user', content: 'What is 2+2?' }, { role: 'assistant', content: '4' }] };
const EXAMPLE_WITH_SYSTEM = { system: 'You are terse.', ...EXAMPLE };
/** A Claude Code session transcript turn: the model sits in a nested message. */
const TRANSCRIPT_TURN = {
  type: 'assistant',
  uuid: 'a1',
  timestamp: '2026-11-01T10:00:00Z',
  message: { id: 'msg_01', type: 'message', role: 'assistant', model: 'claude-sonnet-5-5', content: [{ type: 'text', text: 'Done.' }], usage: { input_tokens: 3, output_tokens: 2 } },
};
const TRANSCRIPT_USER = { type: 'user', uuid: 'u1', message: { role: 'user', content: 'Fix the bug' } };
/** An API response with a missing comma after "role". */
const BROKEN_RESPONSE = '{\n  "id": "msg_01",\n  "type": "message",\n  "role": "assistant"\n  "model": "claude-sonnet-5-5",\n  "content": [{"type": "text", "text": "Hi"}],\n  "usage": {"input_tokens": 3, "output_tokens": 2}\n}\n';

const summary = (r: ReturnType<typeof jsonlSource.extract>): { payloads: number; problems: number[]; skipped?: string } => ({
  payloads: r.payloads.length,
  problems: r.problems.map((p) => p.location.line),
  ...(r.skipped ? { skipped: r.skipped.reason } : {}),
});

describe('JSONL files that are not request files are skipped, with the reason', () => {
  it('a fine-tuning dataset: "messages" lines, with or without "system", no "model"', () => {
    for (const example of [EXAMPLE, EXAMPLE_WITH_SYSTEM]) {
      const r = jsonlSource.extract([line(example), line(example), ''].join('\n'), 'train.jsonl', WALKED);
      assert.deepEqual([r.payloads.length, r.problems.length], [0, 0]);
      assert.match(r.skipped?.reason ?? '', /no line has "model" or "max_tokens".*fine-tuning dataset/);
    }
  });

  it('a session transcript whose turns have a model in a nested message', () => {
    const r = jsonlSource.extract([line(TRANSCRIPT_USER), line(TRANSCRIPT_TURN), ''].join('\n'), 'session.jsonl', WALKED);
    assert.deepEqual([r.payloads.length, r.problems.length], [0, 0]);
    assert.match(r.skipped?.reason ?? '', /no line is a request body/);
  });

  it('a log where a request body is one line among many other entries', () => {
    const log = [line({ level: 'info', msg: 'start' }), line(REQUEST), line({ level: 'info', msg: 'sent', model: 'claude-sonnet-5-5' }), line(TRANSCRIPT_TURN)].join('\n');
    const r = jsonlSource.extract(log, 'app.ndjson', WALKED);
    assert.deepEqual([r.payloads.length, r.problems.length], [0, 0]);
    assert.match(r.skipped?.reason ?? '', /only 1 of its 4 lines look like request bodies/);
  });

  it('a file named on the command line without --kind is judged the same way', () => {
    const r = jsonlSource.extract(line(EXAMPLE), 'train.jsonl', { explicit: true });
    assert.deepEqual(summary(r).problems, []);
    assert.ok(r.skipped);
  });

  it('--kind on a named file (or standard input) still forces the check', () => {
    const text = [line(EXAMPLE), line(EXAMPLE)].join('\n');
    assert.equal(jsonlSource.extract(text, 'train.jsonl', { explicit: true, kind: 'messages' }).payloads.length, 2);
    assert.equal(jsonlSource.extract(text, '<stdin>.jsonl', { explicit: false, declaredRequest: true }).payloads.length, 2);
  });
});

describe('request JSONL files are still checked, broken lines and all', () => {
  it('a request file with one broken line: the broken line is reported, the others checked', () => {
    const text = [line(REQUEST), '{"model": "claude-sonnet-5-5", "max_tokens": 5,', line(REQUEST)].join('\n');
    assert.deepEqual(summary(jsonlSource.extract(text, 'requests.jsonl', WALKED)), { payloads: 2, problems: [2] });
  });

  it('a request file whose only line is broken, but evidently a request (missing comma)', () => {
    const text = '{"model": "claude-sonnet-5-5" "max_tokens": 5, "messages": []}\n';
    assert.deepEqual(summary(jsonlSource.extract(text, 'requests.jsonl', WALKED)), { payloads: 0, problems: [1] });
  });

  it('a broken line that is not evidently a request does not make a dataset a request file', () => {
    const text = [line(EXAMPLE), '{"messages": [{"role": "user", "content": "x"}', line(EXAMPLE)].join('\n');
    const r = jsonlSource.extract(text, 'train.jsonl', WALKED);
    assert.deepEqual([r.payloads.length, r.problems.length], [0, 0]);
  });

  it('a request file where one line lacks "model": that line is a request missing its model, reported by the schema', () => {
    const text = [line(REQUEST), line(REQUEST), line(EXAMPLE)].join('\n');
    assert.deepEqual(summary(jsonlSource.extract(text, 'requests.jsonl', WALKED)), { payloads: 3, problems: [] });
  });

  it('a request file with a stray line that is no request: that line is reported', () => {
    const text = [line(REQUEST), line(REQUEST), line({ note: 'todo' })].join('\n');
    assert.deepEqual(summary(jsonlSource.extract(text, 'requests.jsonl', WALKED)), { payloads: 2, problems: [3] });
  });

  it('batch lines, and batch lines of a cloud platform, make a request file', () => {
    const batch = [line({ custom_id: 'a', params: REQUEST }), line({ custom_id: 'b', params: REQUEST })].join('\n');
    assert.deepEqual(summary(jsonlSource.extract(batch, 'batch.jsonl', WALKED)), { payloads: 1, problems: [] });
  });
});

describe('broken JSON is reported only when it is evidently a request body', () => {
  it('top-level keys of text that does not parse: quotes of both kinds, bare keys, nesting', () => {
    assert.deepEqual([...topLevelKeys(BROKEN_RESPONSE)], ['id', 'type', 'role', 'model', 'content', 'usage']);
    assert.deepEqual([...topLevelKeys("{'model': 'x', max_tokens: 5, 'messages': [{'role': 'user'}]}")], ['model', 'max_tokens', 'messages']);
    assert.deepEqual([...topLevelKeys('{"a": "x\\"y: 1", "b": {"messages": 1}}')], ['a', 'b']);
    assert.deepEqual([...topLevelKeys('[{"model": 1, "messages": 2}]')], []);
  });

  it('which texts are evidently requests', () => {
    assert.equal(isEvidentRequestText(BROKEN_RESPONSE), false);
    assert.equal(isEvidentRequestText('{"model": "claude-sonnet-5-5", "messages": [1,]}'), true);
    assert.equal(isEvidentRequestText('{model: "claude-sonnet-5-5", max_tokens: 100}'), true);
    assert.equal(isEvidentRequestText('{"custom_id": "a", "params": {"model": "x",}}'), true);
    assert.equal(isEvidentRequestText('{"requests": [{"custom_id": "a", "params": {}},]}'), true);
    assert.equal(isEvidentRequestText('{"messages": {"hello": "Hello",}}'), false);
  });

  it('an API-response fixture with a missing comma, found by walking: skipped with the reason', () => {
    const r = jsonSource.extract(BROKEN_RESPONSE, 'fixtures/response.json', WALKED);
    assert.deepEqual([r.payloads.length, r.problems.length], [0, 0]);
    assert.match(r.skipped?.reason ?? '', /not evidently a request body/);
  });

  it('a broken request body, found by walking: reported at the parser position', () => {
    const r = jsonSource.extract('{\n  "model": "claude-sonnet-5-5",\n  "messages": [1,]\n}\n', 'req.json', WALKED);
    assert.deepEqual(r.problems.map((p) => [p.location.line, p.location.column]), [[3, 18]]);
  });
});

describe('the CLI walking a repository with datasets, transcripts and fixtures', () => {
  const dir = tempDirs(after);
  it('reports only the request files', () => {
    const d = dir({
      'data/train.jsonl': [line(EXAMPLE_WITH_SYSTEM), line(EXAMPLE)].join('\n') + '\n',
      'logs/session.jsonl': [line(TRANSCRIPT_USER), line(TRANSCRIPT_TURN)].join('\n') + '\n',
      'test/fixtures/response.json': BROKEN_RESPONSE,
      'requests/bad.jsonl': [line(REQUEST), line({ ...REQUEST, max_token: 5 })].join('\n') + '\n',
    });
    const r = runCli(['.', '-f', 'json', '--date', '2026-11-26'], { cwd: d });
    assert.deepEqual(findingsOf(r.stdout, d), { 'requests/bad.jsonl': [{ ruleId: 'request-schema', line: 2, column: 91, pointer: '/max_token' }] });
  });
});

describe('JSONL lines whose strings JSON writes as themselves (request-size-limit counts them by length)', () => {
  const lines = [
    '{"model":"claude-sonnet-5-5","max_tokens":1,"messages":[{"role":"user","content":"plain"}]}',
    '{"model":"claude-sonnet-5-5","max_tokens":1,"messages":[{"role":"user","content":"an escaped \\"quote\\""}]}',
    '{"model":"claude-sonnet-5-5","max_tokens":1,"messages":[{"role":"user","content":"plain again"}]}',
  ];
  const text = `${lines.join('\n')}\n`;
  const bodies = (ascii: boolean | undefined) =>
    new JsonlFile('requests.jsonl', { explicit: true }, text.length * 3).window({ text, firstIndexLine: 1, ...(ascii === undefined ? {} : { ascii }) }).payloads.map((p) => p.payload);
  it('in an ASCII window, the lines without a backslash are marked, the one with an escape is not', () => {
    assert.deepEqual(bodies(true).map(hasPlainStrings), [true, false, true]);
  });
  it('nothing is marked when the reader does not know the window is ASCII', () => {
    assert.deepEqual(bodies(undefined).map(hasPlainStrings), [false, false, false]);
    assert.deepEqual(bodies(false).map(hasPlainStrings), [false, false, false]);
  });
});
