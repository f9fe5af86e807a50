/** The Node API as users import it: ESLint's lintText form, and every option checked with a clear error. */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { tempDirs } from './helpers/cli.js';

const api = (await import('lint-payloads')) as typeof import('../src/index.js');
const BODY = { model: 'claude-sonnet-5-5', max_token: 5, messages: [{ role: 'user', content: 'x' }] };
const TEXT = JSON.stringify(BODY, null, 2);
const dir = tempDirs(after);

describe('Node API: lintText', () => {
  it("lintText(text, { filePath, ...options }) as ESLint's, and the older (text, filePath, options) give the same result", async () => {
    const a = await api.lintText(TEXT, { filePath: 'request.json', date: '2026-11-26', apiVersion: '2026-10-21' });
    const b = await api.lintText(TEXT, 'request.json', { date: '2026-11-26', apiVersion: '2026-10-21' });
    assert.deepEqual(a, b);
    assert.equal(a.filePath, path.resolve('request.json'));
    assert.deepEqual(a.messages.map((m) => [m.ruleId, m.pointer, m.line, m.column]), [['request-schema', '/max_token', 3, 3]]);
  });

  it('the file path decides the source: a .ts path reads code', async () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();\nawait c.messages.create(${JSON.stringify(BODY)});\n`;
    const r = await api.lintText(code, { filePath: 'app.ts', date: '2026-11-26', apiVersion: '2026-10-21' });
    assert.deepEqual(r.messages.map((m) => [m.ruleId, m.pointer, m.line]), [['request-schema', '/max_token', 3]]);
  });

  it('without a file path, the text is a request body', async () => {
    const r = await api.lintText(TEXT, { date: '2026-11-26', apiVersion: '2026-10-21' });
    assert.deepEqual(r.messages.map((m) => m.ruleId), ['request-schema']);
  });
});

describe('Node API: options are checked, with errors that name them', () => {
  const rejects = async (run: () => unknown, message: RegExp): Promise<void> => {
    await assert.rejects(async () => run(), (e: Error) => {
      assert.equal(e.name, 'LintPayloadsOptionError');
      assert.ok(e instanceof TypeError && e instanceof api.LintPayloadsOptionError);
      assert.match(e.message, message);
      return true;
    });
  };

  it('checkPayload: an API version that does not exist is a clear error, not "Cannot find module"', async () => {
    await rejects(() => api.checkPayload(BODY, { kind: 'messages', apiVersion: '2025-01-01' as never, date: '2026-11-26' }), /^checkPayload options\.apiVersion: expected one of "2023-06-01", "2026-10-21", "unknown", got "2025-01-01"\.$/);
    await rejects(() => api.checkPayload(BODY, { kind: 'message' as never, apiVersion: '2026-10-21', date: '2026-11-26' }), /checkPayload options\.kind: expected one of "messages", "count-tokens", "batch", got "message"/);
    await rejects(() => api.checkPayload(BODY, { kind: 'messages', apiVersion: '2026-10-21' } as never), /checkPayload options\.date is required/);
    await rejects(() => api.checkPayload(BODY, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', endpiont: 'beta' } as never), /unknown option "endpiont"\. Did you mean "endpoint"\?/);
    await rejects(() => api.checkPayload(BODY, undefined as never), /checkPayload options are required/);
  });

  it('lintText and lintFiles: versions, dates, rules, kinds, and unknown options', async () => {
    await rejects(() => api.lintText(TEXT, { apiVersion: '2025-01-01' as never }), /lintText options\.apiVersion: expected one of "2023-06-01", "2026-10-21", "auto"/);
    await rejects(() => api.lintText(TEXT, { date: '2026-02-30' }), /lintText options\.date: expected a date as YYYY-MM-DD, got "2026-02-30"/);
    await rejects(() => api.lintText(TEXT, { rules: { 'no-retired-modle': 'off' } }), /unknown rule "no-retired-modle"\. Did you mean "no-retired-model"\?/);
    await rejects(() => api.lintText(TEXT, { rules: { 'no-retired-model': 2 as never } }), /rules\.no-retired-model: expected "off", "warn" or "error"/);
    await rejects(() => api.lintText(TEXT, { filepath: 'a.ts' } as never), /unknown option "filepath"\. Did you mean "filePath"\?/);
    await rejects(() => api.lintText(42 as never), /expected the text as a string/);
    await rejects(() => api.lintFiles('requests/' as never), /lintFiles patterns: expected an array of paths or globs/);
    await rejects(() => api.lintFiles([], { concurrency: 0 }), /concurrency: expected a whole number ≥ 1 or "auto", got 0/);
    await rejects(() => api.lintFiles([], { cache: { location: '.c', strategy: 'mtime' as never } }), /cache\.strategy: expected one of "content", "metadata"/);
    await rejects(() => api.lintFiles([], { cwd: path.join(dir(), 'missing') }), /cwd: expected an existing folder/);
    await rejects(() => api.lintFiles([], { ignorePatterns: ['x'] } as never), /unknown option "ignorePatterns"/);
  });

  it('valid options pass', async () => {
    const d = dir({ 'r.json': TEXT });
    const run = await api.lintFiles(['.'], { cwd: d, date: '2026-11-26', apiVersion: 'auto', ignore: ['x/'], noIgnore: false, errorOnUnmatchedPattern: true, concurrency: 'auto', rules: { 'no-retired-model': 'off' } });
    assert.deepEqual(run.results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]), [['r.json', ['request-schema']]]);
  });
});
