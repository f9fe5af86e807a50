/**
 * The standing adversarial suite (issue 13): property-based tests over the
 * JSON, JSONL, JS/TS, Python and notebook sources (through the real CLI entry, in
 * process) and the Node API. Properties: nothing throws (an internal error is a failure), the
 * output is deterministic, and no secret planted in the input appears in any
 * output of any format. Growth cases are test/hostile/quadratic.test.ts.
 *
 * `npm test` runs a bounded number of cases; `npm run fuzz` sets FUZZ_RUNS high.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { checkPayload, InvalidInputError } from '../../src/index.js';
import { lintText } from '../../src/lint/lint-text.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };

const SECRETS = [['sk', 'ant', 'api03', 'Fz8'.repeat(14)].join('-'), ['sk', 'proj', 'Lm4'.repeat(12)].join('-'), 'AKIA' + 'ZXCVBNMASD123456', 'ghp_' + 'Qp9'.repeat(12), 'AIza' + 'Sy0123456789_abcdefghijklmnopqrstuvw'.slice(0, 35)];
const FORMATS = ['stylish', 'json', 'sarif', 'github'];

/** Strings a hostile file holds: ordinary text, control characters, long runs, keys. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...SECRETS),
  fc.constantFrom('\u001b]0;t\u0007', '\u202e', '@'.repeat(300), ' '.repeat(300), 'a'.repeat(200), 'claude-sonnet-5-5', 'user', 'assistant', 'text', 'image', 'tool_use', 'cache_control', 'max_tokens'),
);

const fieldName = fc.oneof(hostileString, fc.constantFrom('model', 'max_tokens', 'messages', 'role', 'content', 'type', 'text', 'system', 'tools', 'tool_choice', 'temperature', 'top_p', 'thinking', 'cache_control', 'metadata', 'stop_sequences', 'custom_id', 'params', 'requests'));

const { tree: jsonTree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(hostileString, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie('tree'), { maxLength: 5 }),
    fc.dictionary(fieldName, tie('tree'), { maxKeys: 6 }),
  ),
}));

/** A request body with hostile parts: mostly well-formed, so the rules run. */
const requestBody = fc.record({
  model: fc.oneof(fc.constantFrom('claude-sonnet-5-5', 'claude-opus-4-1', 'claude-3-haiku-20240307'), hostileString),
  max_tokens: fc.oneof(fc.integer({ min: -5, max: 200_000 }), jsonTree),
  messages: fc.array(fc.record({ role: fc.constantFrom('user', 'assistant', 'system'), content: fc.oneof(hostileString, fc.array(fc.record({ type: fc.constantFrom('text', 'image', 'tool_use', 'tool_result', 'thinking'), text: hostileString }), { maxLength: 3 }), jsonTree) }), { maxLength: 4 }),
  extra: fc.dictionary(fieldName, jsonTree, { maxKeys: 3 }),
}).map(({ extra, ...body }) => ({ ...body, ...extra }));

/** A JSON value as a Python literal (dicts, lists, str, int/float, True/False/None). */
function pythonLiteral(value: unknown): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return JSON.stringify(value); // a JSON string literal reads as the same Python str (\uXXXX and the short escapes mean the same)
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${pythonLiteral(v)}`).join(', ')}}`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A call with the body as keyword arguments (names that are no identifier go through **{...}, as Python needs). */
function pythonCall(body: Record<string, unknown>, receiver: string): string {
  const named = Object.entries(body).filter(([k]) => IDENTIFIER.test(k) && !['None', 'True', 'False', 'lambda', 'class', 'def', 'from', 'import', 'if', 'else', 'for', 'in', 'is', 'not', 'and', 'or', 'return', 'pass', 'with', 'as', 'try', 'except', 'raise', 'while', 'yield', 'del', 'global', 'nonlocal', 'assert', 'break', 'continue', 'elif', 'finally', 'async', 'await'].includes(k));
  const rest = Object.fromEntries(Object.entries(body).filter(([k]) => !named.some(([n]) => n === k)));
  const args = named.map(([k, v]) => `    ${k}=${pythonLiteral(v)},`);
  if (Object.keys(rest).length) args.push(`    **${pythonLiteral(rest)},`);
  return `${receiver}.messages.create(\n${args.join('\n')}\n)`;
}

const pythonSource = fc.tuple(requestBody, hostileString, fc.constantFrom('client', 'self.client', 'async_client')).map(([body, junk, receiver]) =>
  [
    'import anthropic',
    'from anthropic import Anthropic, AsyncAnthropic',
    'client = anthropic.Anthropic()',
    'async_client = AsyncAnthropic()',
    `# ${junk.replace(/[\r\n]/g, ' ')}`,
    `EXTRA = ${JSON.stringify(junk)}`,
    'class Bot:',
    '    def __init__(self):',
    '        self.client = Anthropic()',
    '    def ask(self):',
    `        return ${pythonCall(body as Record<string, unknown>, receiver === 'async_client' ? 'client' : receiver).replace(/\n/g, '\n        ')}`,
    pythonCall(body as Record<string, unknown>, receiver === 'self.client' ? 'client' : receiver),
    `client.messages.create(model="claude-sonnet-5-5", max_tokens=10, system=EXTRA, messages=${pythonLiteral((body as { messages?: unknown }).messages ?? [])})`,
    '',
  ].join('\n'),
);

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEED_PY = fs.readFileSync(path.join(ROOT, 'fixtures/src/python/seed_examples.py'), 'utf8');
const NOTEBOOK = fs.readFileSync(path.join(ROOT, 'fixtures/src/python/getting_started.ipynb'), 'utf8');

/**
 * A text with a few spans replaced by hostile strings (a cut, an insertion, a swap).
 * A key is inserted as a token (spaces around it): other providers' keys glued inside a
 * longer word (`cghp_…`) are deliberately not redacted (src/engine/redact.ts), or words
 * such as `highs_and_lows_…` would be; Anthropic keys are redacted anywhere.
 */
const mutated = (text: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(hostileString, fc.constantFrom('(', ')', '"', "'", '"""', '\n', '    ', ':', ',', '**', '#', '\\', '{', '}', '[', ']', 'f"{', 'lambda', 'match x:', ':='))), { minLength: 1, maxLength: 4 }).map((edits) => {
    let out = text;
    for (const [at, cut, insert] of edits) {
      const from = at % (out.length + 1);
      const token = SECRETS.includes(insert) ? ` ${insert} ` : insert;
      out = out.slice(0, from) + token + out.slice(from + cut);
    }
    return out;
  });

/** A notebook's cells: code (generated Python, magics, shell lines), markdown, hostile outputs. */
const notebookCell = fc.oneof(
  pythonSource.map((source) => ({ cell_type: 'code', source: source.split(/(?<=\n)/), metadata: {}, outputs: [], execution_count: null })),
  fc.constantFrom('%pip install anthropic\n', '!ls -la\n', '%%time\nclient = anthropic.Anthropic()\n', 'import anthropic\nclient = anthropic.Anthropic()\n').map((source) => ({ cell_type: 'code', source, metadata: {}, outputs: [] })),
  hostileString.map((text) => ({ cell_type: 'markdown', source: [text], metadata: {} })),
  fc.record({ cell_type: fc.constantFrom('code', 'raw', 'markdown', 'unknown'), source: fc.oneof(jsonTree, hostileString), outputs: jsonTree }),
);

const notebook = fc.array(notebookCell, { maxLength: 4 }).map((cells) => JSON.stringify({ cells, metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(text: string, filename: string, format: string, fix: boolean): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const args = ['--stdin', '--stdin-filename', filename, '-f', format, '--date', '2026-11-26', '--api-version', '2026-10-21', ...(fix ? ['--fix-dry-run'] : [])];
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: async () => text, cwd: os.tmpdir(), env: {}, isTTY: false });
  return { code, stdout, stderr };
}

async function assertSafe(text: string, filename: string): Promise<void> {
  // Every format, with and without fixes, across the four runs; json twice, for determinism.
  const runs: [string, boolean][] = [['stylish', false], ['json', true], ['sarif', true], ['github', false]];
  for (const [format, fix] of runs) {
    const a = await cli(text, filename, format, fix);
    assert.ok(a.code === 0 || a.code === 1, `exit ${a.code}: ${a.stderr.slice(0, 500)}`);
    assert.doesNotMatch(a.stderr, /internal error/);
    for (const secret of SECRETS) assert.ok(!a.stdout.includes(secret) && !a.stderr.includes(secret), `${format}: a key was printed`);
    if (format === 'json') assert.deepEqual(await cli(text, filename, format, fix), a, 'the same input gave another output');
  }
}

describe('fuzz', { timeout: 600_000 }, () => {
  it('JSON request files', async () => {
    await fc.assert(fc.asyncProperty(requestBody, fc.boolean(), async (body, pretty) => assertSafe(JSON.stringify(body, null, pretty ? 2 : undefined), 'body.json')), params);
  });

  it('JSON text that is not quite JSON', async () => {
    await fc.assert(fc.asyncProperty(requestBody, fc.nat(), fc.string({ unit: 'binary', maxLength: 5 }), async (body, at, junk) => {
      const text = JSON.stringify(body, null, 1);
      const cut = at % (text.length + 1);
      await assertSafe(text.slice(0, cut) + junk + text.slice(cut), 'body.json');
    }), params);
  });

  it('JSONL batches', async () => {
    const line = fc.oneof(requestBody.map((b) => JSON.stringify(b)), requestBody.map((b) => JSON.stringify({ custom_id: 'r', params: b })), hostileString);
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 5 }), fc.constantFrom('\n', '\r\n'), async (lines, eol) => assertSafe(lines.join(eol), 'batch.jsonl')), params);
  });

  it('JS/TS sources with SDK calls', async () => {
    const source = fc.tuple(requestBody, hostileString, fc.constantFrom('ts', 'js', 'mjs')).map(([body, junk, ext]) => [
      `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n// ${junk.replace(/\n/g, ' ')}\nconst extra = ${JSON.stringify(junk)};\nawait client.messages.create(${JSON.stringify(body, null, 2)});\nawait client.messages.create({ ...${JSON.stringify(body)}, system: extra });\n`,
      `src.${ext}`,
    ] as const);
    await fc.assert(fc.asyncProperty(source, async ([text, name]) => assertSafe(text, name)), params);
  });

  it('the Python generator writes calls the linter sees (else the properties below test little)', async () => {
    const body = { model: 'claude-2.1', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }], 'top-k': null };
    const text = `import anthropic\nclient = anthropic.Anthropic()\n${pythonCall(body, 'client')}\n`;
    const result = await lintText(text, path.join(os.tmpdir(), 'gen.py'), { date: '2026-11-26', apiVersion: '2026-10-21' });
    assert.deepEqual(result.messages.map((m) => [m.ruleId, m.line]), [['request-schema', 7], ['no-retired-model', 4]].sort((a, b) => Number(a[1]) - Number(b[1])));
  });

  it('Python sources with SDK calls', async () => {
    await fc.assert(fc.asyncProperty(pythonSource, async (text) => assertSafe(text, 'app.py')), params);
  });

  it("mutations of the seed's Python examples", async () => {
    await fc.assert(fc.asyncProperty(mutated(SEED_PY), async (text) => assertSafe(text, 'seed.py')), params);
  });

  it('notebooks, generated and broken', async () => {
    await fc.assert(fc.asyncProperty(notebook, async (text) => assertSafe(text, 'nb.ipynb')), params);
    await fc.assert(fc.asyncProperty(mutated(NOTEBOOK), async (text) => assertSafe(text, 'nb.ipynb')), params);
    await fc.assert(fc.asyncProperty(fc.oneof(jsonTree, requestBody).map((v) => JSON.stringify(v)), async (text) => assertSafe(text, 'odd.ipynb')), params);
  });

  it('the Node API: findings, or an InvalidInputError, never another exception', () => {
    fc.assert(fc.property(fc.oneof(requestBody, fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true })), (payload) => {
      try {
        const a = checkPayload(payload, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', endpoint: 'any' });
        assert.deepEqual(checkPayload(payload, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', endpoint: 'any' }), a);
      } catch (e) {
        if (!(e instanceof InvalidInputError)) throw e;
      }
    }), { ...params, numRuns: RUNS * 4 });
  });
});
