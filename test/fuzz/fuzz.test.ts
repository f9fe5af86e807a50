/**
 * The standing adversarial suite (issue 13): property-based tests over the
 * JSON, JSONL and JS/TS sources (through the real CLI entry, in process) and the
 * Node API. Properties: nothing throws (an internal error is a failure), the
 * output is deterministic, and no secret planted in the input appears in any
 * output of any format. Growth cases are test/hostile/quadratic.test.ts.
 *
 * `npm test` runs a bounded number of cases; `npm run fuzz` sets FUZZ_RUNS high.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { checkPayload, InvalidInputError } from '../../src/index.js';

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
