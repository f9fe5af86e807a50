/**
 * Issue 13 item 2: many findings in one file cost linear work. Ratios only
 * (see test/helpers/growth.ts): 4× the input must cost well under 16× the time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/lint/lint-text.js';
import { applyTextEdits, type TextEdit } from '../../src/fix/text-edits.js';
import { validateSchema, REPORTED_PER_ARRAY } from '../../src/engine/schema/validate.js';
import { MAX_ERRORS_PER_ARRAY } from '../../src/engine/schema/bounded-errors.js';
import { countStringCalls, growthRatio } from '../helpers/growth.js';

const DATE = '2026-11-26';
const LINEAR = 8; // between linear (4) and quadratic (16), with room for a noisy machine

function emptyCachedBlocks(n: number): string {
  const content = Array.from({ length: n }, () => ({ type: 'text', text: '', cache_control: { type: 'ephemeral' } }));
  return JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content }] }, null, 1);
}

/** A TS file with n SDK calls; `temperature` on every call gives each a finding (with a fix) to locate. */
function sdkCalls(n: number): string {
  const calls = Array.from({ length: n }, (_, i) => `await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, temperature: 0.5, messages: [{ role: 'user', content: 'hi ${i}' }] });\n`);
  return "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n" + calls.join('');
}

function samplingLines(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, temperature: 0.5, top_p: 0.9, messages: [{ role: 'user', content: `hi ${i}` }] }));
  return lines.join('\n') + '\n';
}

describe('findings at scale', () => {
  it('a thousand findings in one array: locating them and their fixes is linear', async () => {
    const text = emptyCachedBlocks(3);
    const result = await lintText(text, 'cc.json', { date: DATE });
    assert.deepEqual(
      result.messages.filter((m) => m.ruleId === 'cache-control-empty-text').map((m) => [m.line, m.column]),
      [[11, 23], [18, 23], [25, 23]], // each cache_control's value
    );
    // The JSON edit source steps over strings with indexOf: count those steps.
    const [small, large] = [emptyCachedBlocks(100), emptyCachedBlocks(400)];
    const work = async (t: string): Promise<number> => (await countStringCalls('indexOf', () => lintText(t, 'cc.json', { date: DATE }))).calls;
    const ratio = (await work(large)) / (await work(small));
    assert.ok(ratio < LINEAR, `4× the blocks took ${ratio.toFixed(1)}× the string searches`);
  });

  it('--fix on a JSONL file where every line has a finding is linear', async () => {
    const fixed = await lintText(samplingLines(2), 'batch.jsonl', { date: DATE, fix: true });
    assert.equal(fixed.output, samplingLines(2).replace(/,"temperature":0\.5,"top_p":0\.9/g, ''));
    // Characters copied by slicing while fixing: a few times the file, not once per edit.
    const text = samplingLines(200);
    const { chars } = await countStringCalls('slice', () => lintText(text, 'batch.jsonl', { date: DATE, fix: true }));
    assert.ok(chars < 10 * text.length, `fixing copied ${(chars / text.length).toFixed(0)}× the file's length`);
  });

  it('applyTextEdits is one pass over the text', async () => {
    const make = (n: number): { text: string; edits: TextEdit[] } => {
      const text = 'xxxxxxxxx\n'.repeat(n);
      return { text, edits: Array.from({ length: n }, (_, i) => ({ range: [i * 10, i * 10 + 1] as const, text: 'y' })) };
    };
    const { text, edits } = make(3);
    assert.equal(applyTextEdits(text, edits), text.replace(/^x/gm, 'y'));
    assert.equal(applyTextEdits('abc', [{ range: [1, 2], text: 'B' }, { range: [1, 1], text: '+' }]), 'a+Bc');
    const big = make(4000);
    const { chars } = await countStringCalls('slice', () => applyTextEdits(big.text, big.edits));
    assert.ok(chars <= big.text.length, `applying the edits copied ${(chars / big.text.length).toFixed(0)}× the text's length`);
  });

  it('messages: [null × 5,000]: the first problems, how many more, and where checking stopped', () => {
    const body = { model: 'claude-sonnet-5-5', max_tokens: 10, messages: new Array(5000).fill(null) };
    const problems = validateSchema(body, 'messages', '2026-10-21', 'beta');
    assert.equal(problems.length, REPORTED_PER_ARRAY + 1);
    assert.deepEqual(problems[0], { kind: 'wrong-type', pointer: '/messages/0', expected: ['object'], actual: 'null' });
    assert.deepEqual(problems.at(-1), {
      kind: 'more-problems',
      pointer: '/messages',
      listed: REPORTED_PER_ARRAY,
      hidden: MAX_ERRORS_PER_ARRAY - REPORTED_PER_ARRAY,
      lastChecked: MAX_ERRORS_PER_ARRAY - 1,
      unchecked: 5000 - MAX_ERRORS_PER_ARRAY,
    });
  });

  it('the rule says it in words, at the array', async () => {
    const text = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: new Array(2000).fill(null) });
    const result = await lintText(text, 'nulls.json', { date: DATE });
    const summary = result.messages.find((m) => m.message.includes('more problems'))!;
    assert.deepEqual([summary.ruleId, summary.line, summary.column], ['request-schema', 1, 57]);
    assert.equal(summary.message, 'messages: 900 more problems in its items are not listed (the first 100 are); checking stopped at messages[999]: the 1,000 items after it were not checked. Fix the problems listed and run again.');
    assert.equal(result.messages.length, REPORTED_PER_ARRAY + 1);
  });

  it('the generated validator does bounded work on a huge array of bad items', async () => {
    const make = (n: number): unknown => ({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: new Array(n).fill(null) });
    const ratio = await growthRatio(make, (b) => validateSchema(b, 'messages', '2026-10-21', 'beta'), 2000, 4, 3);
    assert.ok(ratio < LINEAR, `4× the items took ${ratio.toFixed(1)}× the time`);
  });

  it('a JS/TS file with many SDK calls is linear in its calls (issue 13 item 4; npm run bench:growth takes it to 100,000)', async () => {
    const small = await lintText(sdkCalls(2), 'calls.ts', { date: DATE, apiVersion: '2026-10-21' });
    assert.deepEqual(small.messages.map((m) => [m.ruleId, m.line, m.column]), [['no-sampling-params', 3, 76], ['no-sampling-params', 4, 76]]);
    const ratio = await growthRatio(sdkCalls, (t) => lintText(t, 'calls.ts', { date: DATE, apiVersion: '2026-10-21' }), 200, 4, 3);
    assert.ok(ratio < LINEAR, `4× the calls took ${ratio.toFixed(1)}× the time`);
  });
});
