/**
 * jsSource, the CLI's view of JS/TS files: parse errors as one FileProblem,
 * never a throw on junk, 1-based locations, inline disables, and the text
 * pre-check that skips files without API calls.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createJsSource, jsSource } from '../../../src/sources/js/index.js';
import { mightContainCalls } from '../../../src/sources/js/extract.js';
import { sourceNamed } from '../../../src/sources/index.js';
import { readDirectives } from '../../../src/lint/disables.js';
import type { ExtractResult } from '../../../src/sources/types.js';

const opts = { explicit: true };
const HEADER = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n`;

function extract(text: string, file = 'app.ts'): ExtractResult {
  return jsSource.extract(text, file, opts);
}

/** A small deterministic PRNG, so the junk is the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('jsSource', () => {
  it('reads every JS/TS extension', () => {
    assert.deepEqual([...sourceNamed('js').extensions].sort(), ['.cjs', '.cts', '.js', '.jsx', '.mjs', '.mts', '.ts', '.tsx']);
  });

  it('maps call sites to located payloads with 1-based, end-exclusive locations', () => {
    const text = HEADER + `await client.messages.create({\n  model: 'claude-x',\n  max_tokens: 5,\n  messages: [],\n});\n`;
    const result = extract(text);
    assert.equal(result.problems.length, 0);
    assert.equal(result.payloads.length, 1);
    const p = result.payloads[0]!;
    assert.equal(p.kind, 'messages');
    assert.equal(p.endpoint, 'ga');
    assert.equal(p.platform, 'anthropic');
    assert.equal(p.origin, 'sdk-call');
    assert.equal(p.sdkTimeoutSet, false);
    assert.equal(p.streaming, false);
    assert.deepEqual(p.locate('/model', 'key'), { line: 4, column: 3, endLine: 4, endColumn: 8 });
    assert.deepEqual(p.locate('/model', 'value'), { line: 4, column: 10, endLine: 4, endColumn: 20 });
    assert.deepEqual(p.locate('', 'value'), { line: 3, column: 30, endLine: 7, endColumn: 2 });
  });

  it('a file that does not parse is one problem at the parser position', () => {
    const result = extract(HEADER + `client.messages.create({ model: 'x', });\nconst = ;\n`);
    assert.equal(result.payloads.length, 0);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]!.message, /^Parsing error: /);
    assert.equal(result.problems[0]!.location.line, 4);
    assert.equal(result.problems[0]!.location.column, 7);
  });

  it('TS syntax in a .ts file, JSX in .tsx and .js, not JSX in .ts', () => {
    const ts = HEADER + `const m: string = 'claude-x' as const;\nclient.messages.create({ model: m, max_tokens: 1, messages: [] } satisfies object);\n`;
    assert.equal(extract(ts).payloads.length, 1);
    const tsx = HEADER + `export const A = () => <button onClick={() => client.messages.create({ model: 'x', max_tokens: 1, messages: [] })} />;\n`;
    assert.equal(extract(tsx, 'a.tsx').payloads.length, 1);
    assert.equal(extract(tsx, 'a.js').payloads.length, 1);
    assert.equal(extract(tsx, 'a.ts').problems.length, 1);
  });

  it('a .js file with TypeScript-only syntax is retried as TS', () => {
    const text = HEADER + `const x = <string>'claude-x';\nclient.messages.create({ model: x, max_tokens: 1, messages: [] });\n`;
    const result = extract(text, 'legacy.js');
    assert.equal(result.problems.length, 0);
    assert.equal(result.payloads.length, 1);
  });

  it('never throws on random bytes', () => {
    const rand = prng(42);
    for (let round = 0; round < 40; round++) {
      const length = 1 + Math.floor(rand() * 400);
      let text = round % 2 === 0 ? 'client.messages.create(' : '';
      for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(rand() * 0x3000));
      assert.doesNotThrow(() => extract(text, round % 3 === 0 ? 'x.js' : 'x.tsx'));
    }
  });

  it('never throws on random JS-looking token soup', () => {
    const rand = prng(7);
    const tokens = ['client', '.messages', '.create', '(', ')', '{', '}', '[', ']', '...', 'x', ':', ',', "'a'", '1', '?', '??', '&&', 'const', '=', ';', 'new', 'Anthropic', '`${', '}`', 'import', "'@anthropic-ai/sdk'", 'from', '\n'];
    for (let round = 0; round < 200; round++) {
      let text = '';
      const n = 5 + Math.floor(rand() * 60);
      for (let i = 0; i < n; i++) text += tokens[Math.floor(rand() * tokens.length)] + ' ';
      assert.doesNotThrow(() => extract(text));
    }
  });

  it('50,000 levels of nesting: a problem, not a stack overflow', () => {
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{a:', '}'], ['-', ''], ['f(', ')']] as const) {
      const text = HEADER + 'client.messages.create(' + open.repeat(50_000) + '1' + close.repeat(50_000) + ');\n';
      let result: ExtractResult | undefined;
      assert.doesNotThrow(() => {
        result = extract(text);
      });
      assert.ok(result!.problems.length + result!.payloads.length >= 1);
    }
    const members = HEADER + 'client.messages.create(a' + '.b'.repeat(50_000) + ');\n';
    assert.doesNotThrow(() => extract(members));
  });

  it('skips files without any API call before parsing (a syntax error there is not reported)', () => {
    assert.equal(mightContainCalls('const x = 1;'), false);
    assert.equal(mightContainCalls("fetch('/v1/messages')"), true);
    assert.equal(mightContainCalls('chat.messages.push(x)'), false, 'anthropic-only needs an Anthropic import');
    assert.equal(mightContainCalls('chat.messages.push(x)', 'any-shaped'), true);
    assert.deepEqual(extract('const = = ;'), { payloads: [], problems: [] });
  });

  it('clients: any-shaped from the source options or the source defaults', () => {
    const text = `export function ask(llm) { return llm.messages.create({ model: 'claude-x', max_tokens: 1, messages: [] }); }\n`;
    assert.equal(extract(text).payloads.length, 0);
    assert.equal(jsSource.extract(text, 'a.ts', { explicit: true, clients: 'any-shaped' }).payloads.length, 1);
    assert.equal(createJsSource({ clients: 'any-shaped' }).extract(text, 'a.ts', opts).payloads.length, 1);
  });

  it('raw HTTP calls carry their header version', () => {
    const text = `await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify({ model: 'x', max_tokens: 1, messages: [] }) });\n`;
    const [p] = extract(text, 'a.mjs').payloads;
    assert.equal(p?.origin, 'http-call');
    assert.equal(p?.apiVersion?.value, '2023-06-01');
    assert.match(p!.apiVersion!.reason, /anthropic-version: 2023-06-01/);
  });
});

describe('inline disables', () => {
  const call = `client.messages.create({ model: 'x', max_tokens: 1, messages: [] });`;
  const cases: { name: string; text: string; line: number; disabled: string[]; enabled: string[] }[] = [
    { name: 'eslint-disable-next-line with our namespace', text: `// eslint-disable-next-line lint-payloads/no-retired-model\n${call}`, line: 4, disabled: ['no-retired-model', 'lint-payloads/no-retired-model'], enabled: ['request-schema'] },
    { name: 'eslint-disable-next-line with several rules and a reason', text: `// eslint-disable-next-line no-console, lint-payloads/a, lint-payloads/b -- legacy model on purpose\n${call}`, line: 4, disabled: ['a', 'b'], enabled: ['c', 'no-console'] },
    { name: 'bare eslint-disable-next-line disables everything', text: `// eslint-disable-next-line\n${call}`, line: 4, disabled: ['a', 'request-schema'], enabled: [] },
    { name: 'an ESLint directive naming only other plugins says nothing of ours', text: `// eslint-disable-next-line no-console\n${call}`, line: 4, disabled: [], enabled: ['a'] },
    { name: 'eslint-disable-line', text: `${call} // eslint-disable-line lint-payloads/a`, line: 3, disabled: ['a'], enabled: ['b'] },
    { name: 'block eslint-disable … eslint-enable', text: `/* eslint-disable lint-payloads/a */\n${call}\n/* eslint-enable */\n${call}`, line: 4, disabled: ['a'], enabled: ['b'] },
    { name: 'after eslint-enable the rule is on again', text: `/* eslint-disable lint-payloads/a */\n${call}\n/* eslint-enable */\n${call}`, line: 6, disabled: [], enabled: ['a'] },
    { name: 'bare block eslint-disable, enable of one rule', text: `/* eslint-disable */\n/* eslint-enable lint-payloads/b */\n${call}`, line: 5, disabled: ['a'], enabled: ['b'] },
    { name: 'lint-payloads-disable-next-line with a rule list', text: `// lint-payloads-disable-next-line a, b\n${call}`, line: 4, disabled: ['a', 'b'], enabled: ['c'] },
    { name: 'lint-payloads-disable-line', text: `${call} // lint-payloads-disable-line request-schema`, line: 3, disabled: ['request-schema'], enabled: ['a'] },
    { name: 'the next-line directive does not reach two lines down', text: `// lint-payloads-disable-next-line a\n\n${call}`, line: 5, disabled: [], enabled: ['a'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = extract(HEADER + c.text + '\n');
      assert.ok(result.payloads.length >= 1);
      const { disabled } = readDirectives(result.comments, { eslintDirectives: true });
      for (const rule of c.disabled) assert.equal(disabled?.(rule, c.line), true, `${rule} disabled on line ${c.line}`);
      for (const rule of c.enabled) assert.equal(disabled?.(rule, c.line) ?? false, false, `${rule} enabled on line ${c.line}`);
    });
  }

  it('disables are read in files without API calls too (for text rules)', () => {
    const result = extract(`// lint-payloads-disable-next-line no-api-key-literal\nconst key = 'sk-ant-xxx';\n`);
    assert.equal(readDirectives(result.comments, { eslintDirectives: true }).disabled?.('no-api-key-literal', 2), true);
  });
});
