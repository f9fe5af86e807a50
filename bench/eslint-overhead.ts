/**
 * What the ESLint plugin costs on a large real TypeScript codebase: the `.ts`/
 * `.mts`/`.cts` files (declarations included) of this project's own node_modules
 * (a fixed list: sorted files of a few big packages, the Anthropic SDK first,
 * capped at N), every one parsed by typescript-eslint's parser.
 *
 * Runs ESLint over the list without and with the real `configs.recommended`, in
 * one process, against two baselines: `minimal`, one trivial core rule (ESLint
 * skips the AST walk and code-path analysis when no rule is on at all, so "no
 * rules" is not a floor any real setup has; one rule is the cheapest real
 * setup, the strictest comparison), and `recommended`, ESLint's own recommended
 * rules (what a project usually runs).
 *
 * The machine is shared and noisy (other processes take the CPUs, and a CPU
 * second buys less work when they do), so:
 * - every variant lints the same file one right after the other (`lintText`, the
 *   texts read once beforehand), file by file, in a rotating order: each pair is
 *   measured within milliseconds, under the same load. Interleaving chunks of 100
 *   files instead gave pairs seconds apart and ±10 % on an A/A comparison here.
 *   The verdict is the ratio of the CPU sums (user + system, all threads, so the
 *   collector's work on each variant's garbage counts where it happens), with a
 *   95 % bootstrap interval over the files;
 * - each baseline also runs against an identical copy of itself (a second ESLint
 *   instance with the same config): that A/A ratio is the noise of the method,
 *   printed next to the verdict. A/A far from 1 means the run says nothing.
 * - attributed: after the rounds (warm), one more pass with the plugin's rules
 *   timed in-process (`create` and listeners: extraction, engine, reports), over
 *   the rest of the same pass. It leaves out only ESLint's own per-rule
 *   bookkeeping; its per-file time is the "≤ 1 ms per file once warm" target. The
 *   A/B variants use the plugin untouched (the timing wrappers cost time too).
 *
 * Declaration files are in the list (real TS projects have them); the plugin's
 * configs skip them, as the CLI does, so the overhead over the other files alone
 * is printed too.
 *
 * Then a robustness pass with `configs.strict`: no crash, files, findings.
 *
 *   node dist/bench/eslint-overhead.js [--files N] [--rounds R]   (default 2000 files, 3 rounds)
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
/** The corpus's packages, then more of node_modules' TypeScript: the corpus alone holds fewer than 2,000 TS files. */
const TS_PACKAGES = [...PACKAGES, '@opentelemetry', 'typescript', 'yaml', '@types', 'ts-algebra'];
const TS_FILE = /\.[mc]?ts$/;
const DECLARATION = /\.d\.[mc]?ts$/;

/** `--files N` / `--rounds R`, or BENCH_FILES / BENCH_ROUNDS (as `npm run bench` passes them). */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1) return Number(process.argv[i + 1]);
  const env = process.env[`BENCH_${name.toUpperCase()}`];
  return env ? Number(env) : fallback;
}

const LANGUAGE: Linter.Config[] = [
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

/**
 * Ratio of sums, `with` over `without`, per file paired; and its 95 % bootstrap
 * interval over the files (fixed seed: the same samples give the same interval).
 */
function pairedRatio(withMs: Float64Array, withoutMs: Float64Array): { ratio: number; low: number; high: number } {
  const sum = (xs: Float64Array): number => xs.reduce((a, x) => a + x, 0);
  const n = withMs.length;
  let seed = 20261208;
  const random = (): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const ratios: number[] = [];
  for (let r = 0; r < 1000; r++) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      a += withMs[k]!;
      b += withoutMs[k]!;
    }
    ratios.push(a / b);
  }
  ratios.sort((x, y) => x - y);
  return { ratio: sum(withMs) / sum(withoutMs), low: ratios[Math.floor(ratios.length * 0.025)]!, high: ratios[Math.floor(ratios.length * 0.975)]! };
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
  const limit = arg('files', 2000);
  const rounds = arg('rounds', 3);
  const files = corpus(Number.POSITIVE_INFINITY, TS_PACKAGES)
    .filter((f) => TS_FILE.test(f))
    .slice(0, limit);
  const baselines = { minimal: MINIMAL, recommended: ESLINT_RECOMMENDED } as const;
  type Baseline = keyof typeof baselines;
  const bases = Object.keys(baselines) as Baseline[];
  // Per baseline: itself, an identical second instance (A/A), and with the plugin untouched (A/B).
  const variants: Record<string, ESLint> = {};
  for (const base of bases) {
    variants[base] = eslintWith([baselines[base], SETTINGS]);
    variants[`${base}_copy`] = eslintWith([baselines[base], SETTINGS]);
    variants[`${base}_plugin`] = eslintWith([baselines[base], ...plugin.configs.recommended, SETTINGS]);
  }
  const names = Object.keys(variants);
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  /** CPU ms per variant and file, summed over the rounds; and per round, per variant. */
  const perFile: Record<string, Float64Array> = Object.fromEntries(names.map((n) => [n, new Float64Array(files.length)]));
  const perRound: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));

  // Warm-up: module loading, the plugin's validators, V8 tiering; files from the whole list.
  const warmUp = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 200)) === 0);
  for (const name of names) await timed(variants[name]!, warmUp);
  const wallStart = performance.now();
  for (let round = 0; round < rounds; round++) {
    const totals: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    for (let i = 0; i < files.length; i++) {
      // Every variant on the same file, one right after the other (the load of the machine is alike for all),
      // in a rotating order: no variant always runs first, or right after the same one.
      const shift = (round * files.length + i) % names.length;
      for (let k = 0; k < names.length; k++) {
        const name = names[(shift + k) % names.length]!;
        const before = process.cpuUsage();
        await variants[name]!.lintText(texts[i]!, { filePath: files[i]! });
        const used = process.cpuUsage(before);
        const ms = (used.user + used.system) / 1000;
        perFile[name]![i]! += ms;
        totals[name]! += ms;
      }
    }
    for (const n of names) perRound[n]!.push(totals[n]!);
    process.stderr.write(`round ${round + 1}/${rounds}: cpu ms ${names.map((n) => `${n} ${Math.round(totals[n]!)}`).join(', ')}\n`);
  }
  const wallMs = performance.now() - wallStart;
  const overhead = Object.fromEntries(bases.map((b) => [b, pairedRatio(perFile[`${b}_plugin`]!, perFile[b]!)])) as Record<Baseline, ReturnType<typeof pairedRatio>>;
  // The same, over the files that are not declarations (the configs skip `.d.ts`: this says what the rest costs).
  const sources = files.map((f, i) => (DECLARATION.test(f) ? -1 : i)).filter((i) => i >= 0);
  const only = (xs: Float64Array): Float64Array => Float64Array.from(sources, (i) => xs[i]!);
  const overheadSources = Object.fromEntries(bases.map((b) => [b, pairedRatio(only(perFile[`${b}_plugin`]!), only(perFile[b]!))])) as Record<Baseline, ReturnType<typeof pairedRatio>>;
  const aa = Object.fromEntries(bases.map((b) => [b, pairedRatio(perFile[`${b}_copy`]!, perFile[b]!)])) as Record<Baseline, ReturnType<typeof pairedRatio>>;

  // Warm now: the time inside the plugin's rules over one more pass, ESLint's recommended rules alongside.
  const clock = { ms: 0 };
  const attributedRun = await timed(eslintWith([ESLINT_RECOMMENDED, ...timedPlugin(clock).configs.recommended, SETTINGS]), files);
  const insideMs = clock.ms;

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
  /** The method's noise: how far an identical copy lands from its baseline, or the half-width of that estimate's interval if larger. */
  const noise = (r: ReturnType<typeof pairedRatio>): number => Math.max(Math.abs(r.ratio - 1), (r.high - r.low) / 2) * 100;
  const lines = [
    '--- eslint-overhead ---',
    `files: ${files.length}`,
    `parser: @typescript-eslint/parser`,
    `packages: ${TS_PACKAGES.join(',')}`,
    `max_file_bytes: ${MAX_BYTES}`,
    `rounds: ${rounds}`,
    `interleaving: per file`,
    `wall_ms_rounds: ${Math.round(wallMs)}`,
    `plugin_rules_recommended: ${Object.keys(plugin.configs.recommended[0]!.rules ?? {}).length}`,
    ...names.map((n) => `median_cpu_ms_${n}: ${Math.round(median(perRound[n]!))}`),
    ...names.map((n) => `cpu_ms_per_round_${n}: ${perRound[n]!.map((x) => Math.round(x)).join(' ')}`),
    ...bases.map((b) => `ratio_cpu_${b}: ${overhead[b].ratio.toFixed(4)}`),
    ...bases.map((b) => `overhead_pct_cpu_${b}: ${pct(overhead[b].ratio)}`),
    ...bases.map((b) => `overhead_pct_cpu_ci95_${b}: ${pct(overhead[b].low)} ${pct(overhead[b].high)}`),
    ...bases.map((b) => `overhead_pct_cpu_per_round_${b}: ${perRound[b]!.map((x, r) => pct(perRound[`${b}_plugin`]![r]! / x)).join(' ')}`),
    `declaration_files: ${files.length - sources.length}`,
    ...bases.map((b) => `overhead_pct_cpu_sources_only_${b}: ${pct(overheadSources[b].ratio)}`),
    ...bases.map((b) => `overhead_pct_cpu_sources_only_ci95_${b}: ${pct(overheadSources[b].low)} ${pct(overheadSources[b].high)}`),
    ...bases.map((b) => `aa_pct_cpu_${b}: ${pct(aa[b].ratio)}`),
    ...bases.map((b) => `aa_pct_cpu_ci95_${b}: ${pct(aa[b].low)} ${pct(aa[b].high)}`),
    ...bases.map((b) => `aa_pct_cpu_per_round_${b}: ${perRound[b]!.map((x, r) => pct(perRound[`${b}_copy`]![r]! / x)).join(' ')}`),
    ...bases.map((b) => `noise_pct_${b}: ${noise(aa[b]).toFixed(2)}`),
    `overhead_pct_attributed_recommended: ${((insideMs / (attributedRun.wallMs - insideMs)) * 100).toFixed(2)}`,
    `plugin_ms_per_file_recommended: ${(insideMs / files.length).toFixed(3)}`,
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
