/**
 * What the ESLint plugin costs on a large real JS/TS codebase: the `.js`/`.ts`/
 * `.d.ts` files of this project's own node_modules (a fixed list: sorted files
 * of a few big packages, the Anthropic SDK first, capped at N).
 *
 * Runs ESLint over the list without and with `configs.recommended`, in one
 * process, against two baselines: `minimal`, one trivial core rule (ESLint
 * skips the AST walk and code-path analysis when no rule is on at all, so "no
 * rules" is not a floor any real setup has; one rule is the cheapest real
 * setup, the strictest comparison), and `recommended`, ESLint's own recommended
 * rules (what a project usually runs).
 *
 * Two measures, because the machine is noisy (other processes take the CPUs):
 * - attributed: the time spent inside the plugin (its rules' `create` and
 *   listeners, timed in-process: extraction, engine, reports) over the time of
 *   the rest of the same run. Both parts of one run see the same load, so this
 *   ratio is stable; it leaves out only ESLint's own per-rule bookkeeping.
 * - A/B: the CPU time of runs with and without the plugin, interleaved chunk by
 *   chunk with rotating order; the median of the paired per-chunk ratios.
 *
 * Then a robustness pass with `configs.strict`: no crash, files, findings.
 *
 *   node dist/bench/eslint-overhead.js [--files N] [--rounds R]   (default 3000 files, 5 rounds)
 *
 * Prints a block between `--- eslint-overhead ---` and `--- end ---` of
 * `key: value` lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint, type Linter, type Rule } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tsParser from '@typescript-eslint/parser';
import plugin from '../src/eslint/plugin.js';

import { corpus, MAX_BYTES, PACKAGES } from './code-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Files per interleaving step. */
const CHUNK = 100;

/** `--files N` / `--rounds R`, or BENCH_FILES / BENCH_ROUNDS (as `npm run bench` passes them). */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1) return Number(process.argv[i + 1]);
  const env = process.env[`BENCH_${name.toUpperCase()}`];
  return env ? Number(env) : fallback;
}

const LANGUAGE: Linter.Config[] = [
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.{ts,mts,cts}'], languageOptions: { parser: tsParser as Linter.Parser } },
  // ESLint ignores node_modules by default; here it is the corpus.
  { ignores: ['!**/node_modules/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];

const MINIMAL: Linter.Config = { rules: { 'no-debugger': 'error' } };

const ESLINT_RECOMMENDED: Linter.Config = {
  rules: Object.fromEntries([...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([id]) => [id, 'error'])),
};

function eslintWith(configs: Linter.Config[]): ESLint {
  return new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [...LANGUAGE, ...configs], cache: false });
}

interface Sample {
  /** CPU time of this process (user + system). */
  cpuMs: number;
  wallMs: number;
}

async function timed(eslint: ESLint, files: string[]): Promise<Sample & { results: ESLint.LintResult[] }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const results = await eslint.lintFiles(files);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs, results };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const SETTINGS: Linter.Config = { settings: { 'lint-payloads': { date: '2026-11-26' } } };

/** The plugin with every rule's `create` and listeners timed; `clock.ms` accumulates. */
function timedPlugin(clock: { ms: number }): typeof plugin {
  const time =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const start = performance.now();
      try {
        return fn(...args);
      } finally {
        clock.ms += performance.now() - start;
      }
    };
  const rules: Record<string, Rule.RuleModule> = {};
  for (const [id, rule] of Object.entries(plugin.rules ?? {})) {
    rules[id] = {
      meta: rule.meta!,
      create: time((context: Rule.RuleContext) => {
        const listeners = rule.create(context) as Record<string, (...args: unknown[]) => void>;
        return Object.fromEntries(Object.entries(listeners).map(([selector, fn]) => [selector, time(fn)])) as Rule.RuleListener;
      }),
    };
  }
  const copy = { ...plugin, rules } as typeof plugin;
  copy.configs = { ...plugin.configs, recommended: plugin.configs.recommended.map((c) => ({ ...c, plugins: { 'lint-payloads': copy } })) };
  return copy;
}

async function main(): Promise<void> {
  const limit = arg('files', 3000);
  const rounds = arg('rounds', 5);
  const files = corpus(limit);
  const clocks = { minimal: { ms: 0 }, recommended: { ms: 0 } };
  const variants: Record<string, ESLint> = {
    minimal: eslintWith([MINIMAL]),
    'minimal+plugin': eslintWith([MINIMAL, ...timedPlugin(clocks.minimal).configs.recommended, SETTINGS]),
    recommended: eslintWith([ESLINT_RECOMMENDED]),
    'recommended+plugin': eslintWith([ESLINT_RECOMMENDED, ...timedPlugin(clocks.recommended).configs.recommended, SETTINGS]),
  };
  const names = Object.keys(variants);
  const baselines = ['minimal', 'recommended'] as const;
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const paired: Record<string, number[]> = { minimal: [], recommended: [] };
  const attributed: Record<string, number[]> = { minimal: [], recommended: [] };
  /** Milliseconds inside the plugin per file, per round (warm: after the warm-up). */
  const perFile: Record<string, number[]> = { minimal: [], recommended: [] };

  // Warm-up: module loading, the plugin's validators, V8 tiering.
  for (const name of names) await timed(variants[name]!, files.slice(0, 200));
  const parts = chunks(files, CHUNK);
  for (let round = 0; round < rounds; round++) {
    const totals = Object.fromEntries(names.map((n) => [n, { cpuMs: 0, wallMs: 0 }]));
    for (const base of baselines) clocks[base].ms = 0;
    for (let i = 0; i < parts.length; i++) {
      const shift = (round + i) % names.length;
      const order = [...names.slice(shift), ...names.slice(0, shift)];
      const chunk: Record<string, Sample> = {};
      for (const name of order) {
        const sample = await timed(variants[name]!, parts[i]!);
        chunk[name] = sample;
        totals[name]!.cpuMs += sample.cpuMs;
        totals[name]!.wallMs += sample.wallMs;
      }
      for (const base of baselines) paired[base]!.push(chunk[`${base}+plugin`]!.cpuMs / chunk[base]!.cpuMs);
    }
    for (const n of names) {
      cpu[n]!.push(totals[n]!.cpuMs);
      wall[n]!.push(totals[n]!.wallMs);
    }
    for (const base of baselines) {
      const inside = clocks[base].ms;
      attributed[base]!.push(inside / (totals[`${base}+plugin`]!.wallMs - inside));
      perFile[base]!.push(inside / files.length);
    }
    process.stderr.write(
      `round ${round + 1}/${rounds}: cpu ms ${names.map((n) => `${n} ${Math.round(totals[n]!.cpuMs)}`).join(', ')}; inside the plugin ${baselines.map((b) => `${b} ${Math.round(clocks[b].ms)} ms`).join(', ')}\n`,
    );
  }

  // Robustness: every rule on, every file; any exception fails the run.
  const strict = eslintWith([...plugin.configs.strict, SETTINGS]);
  const { results, cpuMs: strictCpuMs } = await timed(strict, files);
  const ours = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('lint-payloads/')));
  const parseErrors = results.filter((r) => r.messages.some((m) => m.fatal)).length;
  const ignored = results.filter((r) => r.messages.some((m) => m.ruleId === null && /ignored/i.test(m.message))).length;
  if (ignored) throw new Error(`${ignored} files were ignored by ESLint: the measurement would be empty`);
  const byRule = new Map<string, number>();
  for (const m of ours) byRule.set(m.ruleId!, (byRule.get(m.ruleId!) ?? 0) + 1);
  const filesWithFindings = results.filter((r) => r.messages.some((m) => m.ruleId?.startsWith('lint-payloads/'))).length;

  const pct = (ratio: number): string => ((ratio - 1) * 100).toFixed(2);
  const key = (n: string): string => n.replace('+', '_');
  const lines = [
    '--- eslint-overhead ---',
    `files: ${files.length}`,
    `packages: ${PACKAGES.join(',')}`,
    `max_file_bytes: ${MAX_BYTES}`,
    `rounds: ${rounds}`,
    `chunk: ${CHUNK}`,
    `plugin_rules_recommended: ${Object.keys(plugin.configs.recommended[0]!.rules ?? {}).length}`,
    ...names.map((n) => `median_cpu_ms_${key(n)}: ${Math.round(median(cpu[n]!))}`),
    ...names.map((n) => `median_wall_ms_${key(n)}: ${Math.round(median(wall[n]!))}`),
    ...baselines.map((b) => `overhead_pct_attributed_${b}: ${(median(attributed[b]!) * 100).toFixed(2)}`),
    ...baselines.map((b) => `ratio_cpu_${b}: ${median(paired[b]!).toFixed(4)}`),
    ...baselines.map((b) => `overhead_pct_cpu_${b}: ${pct(median(paired[b]!))}`),
    ...baselines.map((b) => `plugin_ms_per_file_${b}: ${median(perFile[b]!).toFixed(3)}`),
    `target_pct: 5`,
    `robustness_files: ${results.length}`,
    `robustness_cpu_ms_strict: ${Math.round(strictCpuMs)}`,
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
