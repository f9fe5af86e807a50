/**
 * `npm run bench:growth`: the growth cases of issue 13, as ratios — the CPU and
 * wall time at 4n over those at n (linear ≈ 4, quadratic ≈ 16). Best of 5 interleaved rounds
 * (of 2 for the 100,000-call file: one round of both sizes takes minutes), in process.
 */
import { lintText } from '../src/lint/lint-text.js';
import { validateSchema } from '../src/engine/schema/validate.js';
import { applyTextEdits, type TextEdit } from '../src/fix/text-edits.js';
import { apiVersionOfNpmRange, apiVersionOfPythonSpecifier } from '../src/config/api-version.js';
import { growthRatios } from '../test/helpers/growth.js';

const DATE = '2026-11-26';
/** A JS/TS file with n SDK calls, each a valid request (one body per call; findings would measure the rules, not the source). */
const sdkCalls = (n: number): string => "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n" + Array.from({ length: n }, (_, i) => `await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi ${i}' }] });\n`).join('');
const body = (extra: Record<string, unknown>): Record<string, unknown> => ({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], ...extra });

const cases: [string, number, (n: number) => unknown, (input: never) => unknown, number?][] = [
  ['n empty text blocks with cache_control (JSON)', 500, (n) => JSON.stringify(body({ messages: [{ role: 'user', content: Array.from({ length: n }, () => ({ type: 'text', text: '', cache_control: { type: 'ephemeral' } })) }] }), null, 1), (t: string) => lintText(t, 'a.json', { date: DATE })],
  ['--fix on n JSONL lines with sampling params', 500, (n) => Array.from({ length: n }, (_, i) => JSON.stringify(body({ temperature: 0.5, metadata: { user_id: String(i) } }))).join('\n'), (t: string) => lintText(t, 'a.jsonl', { date: DATE, fix: true })],
  ['messages: [null × n] (schema)', 5000, (n) => body({ messages: new Array(n).fill(null) }), (b: unknown) => validateSchema(b, 'messages', '2026-10-21', 'beta')],
  ['applyTextEdits, n edits', 20000, (n) => ({ text: 'xxxxxxxxx\n'.repeat(n), edits: Array.from({ length: n }, (_, i) => ({ range: [i * 10, i * 10 + 1], text: 'y' }) as TextEdit) }), (x: { text: string; edits: TextEdit[] }) => applyTextEdits(x.text, x.edits)],
  ['a field name of n characters', 100_000, (n) => JSON.stringify(body({ ['x'.repeat(n)]: 1 })), (t: string) => lintText(t, 'a.json', { date: DATE })],
  ['a model id of n characters', 100_000, (n) => JSON.stringify(body({ model: 'claude-' + '@'.repeat(n) })), (t: string) => lintText(t, 'a.json', { date: DATE })],
  ['a JS/TS file with n client.messages.create({...}) calls', 25_000, sdkCalls, (t: string) => lintText(t, 'calls.ts', { date: DATE }), 2],
  ['a semver range of n spaces', 50_000, (n) => '^' + ' '.repeat(n) + 'x', (r: string) => apiVersionOfNpmRange(r)],
  ['a Python specifier of n spaces', 50_000, (n) => '>=' + ' '.repeat(n) + '1,<2', (r: string) => apiVersionOfPythonSpecifier(r)],
];

console.log('growth ratios (time at 4n / time at n; linear ≈ 4, quadratic ≈ 16), CPU and wall');
for (const [name, n, make, run, rounds] of cases) {
  const { cpu, wall } = await growthRatios(make, run as (input: unknown) => unknown, n, 4, rounds);
  console.log(`  ${cpu.toFixed(1).padStart(5)}× CPU ${wall.toFixed(1).padStart(5)}× wall  ${name} (n = ${n.toLocaleString('en-US')})`);
}
