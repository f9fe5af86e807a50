/**
 * What the ESLint plugin costs on a large real JS/TS codebase: the `.js`/`.ts`/
 * `.d.ts` files of this project's own node_modules (a fixed list: sorted files
 * of a few big packages, the Anthropic SDK first, capped at N).
 *
 * Runs ESLint over the list without and with `configs.recommended`, interleaved
 * in one process (the order alternates per round; the machine is noisy), and
 * reports medians and their ratio against two baselines: parsing only (no
 * rules: the strictest comparison) and ESLint's own recommended rules (what a
 * project usually runs). Then a robustness pass with `configs.strict`: no crash,
 * files, findings.
 *
 *   node dist/bench/eslint-overhead.js [--files N] [--rounds R]
 *
 * Prints a block between `--- eslint-overhead ---` and `--- end ---` of
 * `key: value` lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint, type Linter } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tsParser from '@typescript-eslint/parser';
import plugin from '../src/eslint/plugin.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGES = ['@anthropic-ai', 'eslint', '@typescript-eslint', 'ajv', 'json-schema-to-ts'];
const EXTENSIONS = /\.(?:[mc]?js|[mc]?ts)$/;
/** Minified bundles and huge generated files measure the parser, not linting. */
const MAX_BYTES = 200_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && EXTENSIONS.test(entry.name) && fs.statSync(full).size <= MAX_BYTES) out.push(full);
  }
}

function corpus(limit: number): string[] {
  const files: string[] = [];
  for (const pkg of PACKAGES) walk(path.join(ROOT, 'node_modules', pkg), files);
  return files.slice(0, limit);
}

const LANGUAGE: Linter.Config[] = [
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.{ts,mts,cts}'], languageOptions: { parser: tsParser as Linter.Parser } },
  // ESLint ignores node_modules by default; here it is the corpus.
  { ignores: ['!**/node_modules/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];

const ESLINT_RECOMMENDED: Linter.Config = {
  rules: Object.fromEntries([...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([id]) => [id, 'error'])),
};

function eslintWith(configs: Linter.Config[]): ESLint {
  return new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [...LANGUAGE, ...configs], cache: false });
}

async function timed(eslint: ESLint, files: string[]): Promise<{ ms: number; results: ESLint.LintResult[] }> {
  const start = performance.now();
  const results = await eslint.lintFiles(files);
  return { ms: performance.now() - start, results };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const SETTINGS: Linter.Config = { settings: { 'lint-payloads': { date: '2026-11-26' } } };

async function main(): Promise<void> {
  const limit = arg('files', 3000);
  const rounds = arg('rounds', 5);
  const files = corpus(limit);
  const variants: Record<string, ESLint> = {
    bare: eslintWith([]),
    'bare+plugin': eslintWith([...plugin.configs.recommended, SETTINGS]),
    recommended: eslintWith([ESLINT_RECOMMENDED]),
    'recommended+plugin': eslintWith([ESLINT_RECOMMENDED, ...plugin.configs.recommended, SETTINGS]),
  };
  const names = Object.keys(variants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));

  // Warm-up: module loading, the plugin's validators, V8 tiering.
  for (const name of names) await timed(variants[name]!, files.slice(0, 200));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) times[name]!.push((await timed(variants[name]!, files)).ms);
    process.stderr.write(`round ${round + 1}/${rounds}: ${names.map((n) => `${n} ${Math.round(times[n]!.at(-1)!)} ms`).join(', ')}\n`);
  }

  // Robustness: every rule on, every file; any exception fails the run.
  const strict = eslintWith([...plugin.configs.strict, SETTINGS]);
  const { results } = await timed(strict, files);
  const ours = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('lint-payloads/')));
  const parseErrors = results.filter((r) => r.messages.some((m) => m.fatal)).length;
  const ignored = results.filter((r) => r.messages.some((m) => m.ruleId === null && /ignored/i.test(m.message))).length;
  if (ignored) throw new Error(`${ignored} files were ignored by ESLint: the measurement would be empty`);
  const byRule = new Map<string, number>();
  for (const m of ours) byRule.set(m.ruleId!, (byRule.get(m.ruleId!) ?? 0) + 1);
  const filesWithFindings = results.filter((r) => r.messages.some((m) => m.ruleId?.startsWith('lint-payloads/'))).length;

  const med = Object.fromEntries(names.map((n) => [n, median(times[n]!)]));
  const ratio = (a: string, b: string): string => (med[a]! / med[b]!).toFixed(4);
  const lines = [
    '--- eslint-overhead ---',
    `files: ${files.length}`,
    `packages: ${PACKAGES.join(',')}`,
    `max_file_bytes: ${MAX_BYTES}`,
    `rounds: ${rounds}`,
    ...names.map((n) => `median_ms_${n.replace('+', '_')}: ${Math.round(med[n]!)}`),
    `ratio_bare: ${ratio('bare+plugin', 'bare')}`,
    `ratio_recommended: ${ratio('recommended+plugin', 'recommended')}`,
    `overhead_pct_bare: ${((med['bare+plugin']! / med.bare! - 1) * 100).toFixed(2)}`,
    `overhead_pct_recommended: ${((med['recommended+plugin']! / med.recommended! - 1) * 100).toFixed(2)}`,
    `robustness_files: ${results.length}`,
    `robustness_crashes: 0`,
    `robustness_parse_errors: ${parseErrors}`,
    `robustness_findings: ${ours.length}`,
    `robustness_files_with_findings: ${filesWithFindings}`,
    `robustness_findings_by_rule: ${[...byRule].map(([k, v]) => `${k.replace('lint-payloads/', '')}=${v}`).join(',') || 'none'}`,
    '--- end ---',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('--- eslint-overhead ---\nrobustness_crashes: 1\n--- end ---');
  process.exit(1);
});
