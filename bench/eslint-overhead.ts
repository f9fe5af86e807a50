/**
 * What the ESLint plugin costs on a large real TypeScript codebase: over 2,000
 * non-declaration `.ts`/`.mts`/`.cts` files of application and library source,
 * every one parsed by typescript-eslint's parser. They come from
 * - pinned npm packages that ship their TypeScript sources (rxjs, effect, zod,
 *   Redux Toolkit, ...; `TS_SOURCE_PACKAGES`), downloaded once with `npm pack`,
 *   checked against the pinned integrity and unpacked into a cache folder under
 *   the system temp dir (a fresh clone needs the npm registry once);
 * - the non-declaration TS of this project's own node_modules (the Anthropic
 *   SDK's sources mostly: every one mentions `messages` and `Anthropic`, the
 *   plugin's worst case).
 * Declaration files are left out: the plugin's configs skip them (as the CLI
 * does), and node_modules holds three times more of them than of sources, so they
 * made the verdict mostly files the plugin never sees. Their count is printed.
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
 * The overhead is also printed per origin and over the files the plugin's text
 * prefilter lets through to its extraction (the rest cost it one string search).
 *
 * Then a robustness pass with `configs.strict`: no crash, files, findings.
 *
 *   node dist/bench/eslint-overhead.js [--files N] [--rounds R]   (default every file of the corpus, 3 rounds)
 *
 * Prints a block between `--- eslint-overhead ---` and `--- end ---` of
 * `key: value` lines.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint, type Linter, type Rule } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tsParser from '@typescript-eslint/parser';
import plugin from '../src/eslint/plugin.js';
import { mightContainCalls } from '../src/sources/js/extract.js';

import { corpus, MAX_BYTES, PACKAGES } from './code-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The corpus's packages, then more of node_modules' TypeScript. */
const TS_PACKAGES = [...PACKAGES, '@opentelemetry', 'typescript', 'yaml', '@types', 'ts-algebra'];
const TS_FILE = /\.[mc]?ts$/;
const DECLARATION = /\.d\.[mc]?ts$/;

/**
 * npm packages that ship their TypeScript sources (counts: non-declaration TS
 * files), pinned with the registry's integrity (`npm view <spec> dist.integrity`):
 * a fresh clone measures the same files.
 */
const TS_SOURCE_PACKAGES: readonly (readonly [spec: string, integrity: string])[] = [
  ['rxjs@7.8.1', 'sha512-AA3TVj+0A2iuIoQkWEK/tqFjBq2j+6PO6Y0zJcvzLAFhEFIO3HL0vls9hWLncZbAAbK0mar7oZ4V079I/qPMxg=='], // 251
  ['effect@3.10.0', 'sha512-J9rsJBXNHZxklJTbHriY8D9wIHhmvXDamExW4pPZ2kPNZ+XRfstXeHBqpXAIK+B42ASVbuDswAXyup5WHWK6jg=='], // 360
  ['zod@4.1.12', 'sha512-JInaHOamG8pt5+Ey8kGmdcAcg3OL9reK8ltczgHTAwNhMys/6ThXHityHxVV2p3fkw/c+MAvBHFVYHFZDmjMCQ=='], // 256, 148 of them tests
  ['@reduxjs/toolkit@2.3.0', 'sha512-WC7Yd6cNGfHx8zf+iu+Q1UPTfEcXhQ+ATi7CV1hlrSAaQBdlPzg7Ww/wJHNQem7qG9rxmWoFCDCPubSvFObGzA=='], // 151
  ['openai@4.73.0', 'sha512-NZstV77w3CEol9KQTRBRQ15+Sw6nxVTicAULSjYO4wn9E5gw72Mtp3fAVaBFXyyVPws4241YmFG6ya4L8v03tA=='], // 116
  ['@effect/platform@0.69.8', 'sha512-zhBhg0c1MHMMo+grOc/6wC2/3UETLroruwrYNZ89uDtXl6EOcP5alFP+vW3NToKDA2o0hRh22KNqq4aixA7xXg=='], // 85
  ['@trpc/server@10.45.2', 'sha512-wOrSThNNE4HUnuhJG6PfDRp4L2009KDVxsd+2VYH8ro6o/7/jwYZ8Uu5j+VaW+mOmc8EHerHzGcdbGNQSAUPgg=='], // 81
  ['mobx@6.13.5', 'sha512-/HTWzW2s8J1Gqt+WmUj5Y0mddZk+LInejADc79NJadrWla3rHzmRHki/mnEUH1AvOmbNTZ1BRbKxr8DSgfdjMA=='], // 57
  ['@effect/typeclass@0.29.0', 'sha512-I9xjyv07DCCd9IZTM2fjJsmwUBbpky/Jn4IxXqCSR/VCLA9GndEHdSUISp3DsqmDq0UKHNSO1KJP4dg5JzDGtA=='], // 41
  ['@tanstack/table-core@8.20.5', 'sha512-P9dF7XbibHph2PFRz8gfBKEXEY/HJPOhym8CHmjF8y3q5mWpKx9xtZapXQUWCgkqvsK0R46Azuz+VaxD4Xl+Tg=='], // 36
  ['@trpc/client@10.45.2', 'sha512-ykALM5kYWTLn1zYuUOZ2cPWlVfrXhc18HzBDyRhoPYN0jey4iQHEFSEowfnhg1RvYnrAVjNBgHNeSAXjrDbGwg=='], // 32
  ['@effect/platform-node@0.64.9', 'sha512-nMmdZuFCoKm69ZgIEAApo6Z+yAj7AzIp7UqNKhksYwdsYjl918R+0kHCJ7J1rl+9W8vVhCuNmU1Q2+3u1kpq4Q=='], // 26
  ['@tanstack/query-core@5.59.0', 'sha512-WGD8uIhX6/deH/tkZqPNcRyAhDUqs729bWKoByYHSogcshXfFbppOdTER5+qY7mFvu8KEFJwT0nxr8RfPTVh0Q=='], // 23
  ['redux@5.0.1', 'sha512-M9/ELqF6fy8FwmkpnF0S3YKOqMyoWJ4+CS5Efg2ct3oY9daQvd/Pc71FpGZsVsbl3Cpb+IIcjBDUnnyBdQbq4w=='], // 17
  ['@effect/schema@0.75.5', 'sha512-TQInulTVCuF+9EIbJpyLP6dvxbQJMphrnRqgexm/Ze39rSjfhJuufF7XvU3SxTgg3HnL7B/kpORTJbHhlE6thw=='], // 16
  ['immer@10.1.1', 'sha512-s2MPrmjovJcoMaHtx6K11Ra7oD05NT97w1IC5zpMkT6Atjr7H8LjaDd81iIxUYpMKSRRNMJE703M1Fhr/TctHw=='], // 15
];
const PACKAGE_CACHE = path.join(os.tmpdir(), 'lint-payloads-bench-ts-packages');

/** Sorted files under `dir` whose name passes `keep`, no bigger than MAX_BYTES (as the node_modules corpus). */
function walkFiles(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(full, keep, out);
    else if (entry.isFile() && keep(entry.name) && fs.statSync(full).size <= MAX_BYTES) out.push(full);
  }
  return out;
}

const isSource = (name: string): boolean => TS_FILE.test(name) && !DECLARATION.test(name);

/**
 * Each pinned package unpacked under PACKAGE_CACHE (once: a `.complete` marker
 * says the unpacking finished). `npm pack` fetches through npm's own cache; the
 * tarball must hash to the pinned integrity before it is unpacked.
 */
function npmSourceFiles(): { origin: string; files: string[] }[] {
  return TS_SOURCE_PACKAGES.map(([spec, integrity]) => {
    const dir = path.join(PACKAGE_CACHE, spec.replace('/', '+'));
    if (!fs.existsSync(path.join(dir, '.complete'))) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const pack = spawnSync('npm', ['pack', spec, '--pack-destination', dir, '--json', '--silent'], { encoding: 'utf8' });
      const tarball = pack.status === 0 ? (JSON.parse(pack.stdout) as { filename: string }[])[0]?.filename : undefined;
      if (!tarball) {
        throw new Error(
          `target 6 needs ${TS_SOURCE_PACKAGES.length} pinned npm packages (their TypeScript sources), downloaded once into ${PACKAGE_CACHE}; ` +
            `\`npm pack ${spec}\` failed (offline, or no npm on PATH?): ${(pack.stderr || String(pack.error ?? '')).trim().slice(-500)}`,
        );
      }
      const file = path.join(dir, tarball);
      const actual = `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
      if (actual !== integrity) throw new Error(`${spec}: the tarball hashes to ${actual}, not the pinned ${integrity}`);
      const untar = spawnSync('tar', ['xzf', file, '-C', dir], { encoding: 'utf8' });
      if (untar.status !== 0) throw new Error(`${spec}: tar failed: ${untar.stderr || String(untar.error)}`);
      fs.rmSync(file);
      fs.writeFileSync(path.join(dir, '.complete'), `${spec} ${integrity}\n`);
    }
    return { origin: `npm:${spec}`, files: walkFiles(path.join(dir, 'package'), isSource) };
  });
}

/** The non-declaration TS of node_modules, per top-level package (or scope). */
function nodeModulesSourceFiles(): { origin: string; files: string[] }[] {
  return TS_PACKAGES.map((pkg) => ({ origin: `node_modules:${pkg}`, files: corpus(Number.POSITIVE_INFINITY, [pkg]).filter((f) => isSource(path.basename(f))) })).filter((o) => o.files.length > 0);
}

/** The deepest folder holding both paths: ESLint ignores files outside its cwd, and the corpus spans the repo and the temp dir. */
function commonFolder(a: string, b: string): string {
  const pa = path.resolve(a).split(path.sep);
  const pb = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

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
  return new ESLint({ cwd: commonFolder(ROOT, PACKAGE_CACHE), overrideConfigFile: true, overrideConfig: [...LANGUAGE, ...configs], cache: false });
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
  const limit = arg('files', Number.POSITIVE_INFINITY);
  const rounds = arg('rounds', 3);
  const origins = [...npmSourceFiles(), ...nodeModulesSourceFiles()];
  const originOf: string[] = [];
  const files: string[] = [];
  for (const { origin, files: own } of origins) for (const f of own) if (files.length < limit) (files.push(f), originOf.push(origin));
  const declarationFiles = corpus(Number.POSITIVE_INFINITY, TS_PACKAGES).filter((f) => DECLARATION.test(f)).length;
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
  // The same over parts of the list: the files the plugin's text prefilter lets through to its extraction
  // (the same test the plugin runs, default settings: no type information) and the rest; each origin (npm or node_modules).
  const subset = (keep: (i: number) => boolean): ((b: Baseline) => ReturnType<typeof pairedRatio>) => {
    const indices = files.map((_, i) => i).filter(keep);
    const only = (xs: Float64Array): Float64Array => Float64Array.from(indices, (i) => xs[i]!);
    return (b) => pairedRatio(only(perFile[`${b}_plugin`]!), only(perFile[b]!));
  };
  const passes = texts.map((t) => mightContainCalls(t, 'anthropic-only'));
  const passed = passes.filter(Boolean).length;
  const overheadPassed = subset((i) => passes[i]!);
  const overheadRest = subset((i) => !passes[i]!);
  const overheadNpm = subset((i) => originOf[i]!.startsWith('npm:'));
  const overheadNodeModules = subset((i) => originOf[i]!.startsWith('node_modules:'));
  const passedBy = new Map<string, number>();
  for (let i = 0; i < files.length; i++) if (passes[i]) passedBy.set(originOf[i]!, (passedBy.get(originOf[i]!) ?? 0) + 1);
  const countOf = (origin: string): number => originOf.filter((o) => o === origin).length;
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
    `sources: ${origins.map((o) => o.origin).filter((o) => countOf(o) > 0).map((o) => `${o}=${countOf(o)}`).join(',')}`,
    `files_npm: ${originOf.filter((o) => o.startsWith('npm:')).length}`,
    `files_node_modules: ${originOf.filter((o) => o.startsWith('node_modules:')).length}`,
    `npm_cache: ${PACKAGE_CACHE}`,
    `prefilter_passed: ${passed}`,
    `prefilter_passed_by_source: ${[...passedBy].map(([o, n]) => `${o}=${n}`).join(',') || 'none'}`,
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
    `declaration_files_left_out: ${declarationFiles}`,
    ...(
      [
        ['prefilter_passed', overheadPassed, passed],
        ['prefilter_rest', overheadRest, files.length - passed],
        ['npm', overheadNpm, originOf.filter((o) => o.startsWith('npm:')).length],
        ['node_modules', overheadNodeModules, originOf.filter((o) => o.startsWith('node_modules:')).length],
      ] as const
    ).flatMap(([part, overheadOf, count]) =>
      count === 0
        ? []
        : bases.map((b) => {
            const r = overheadOf(b);
            return `overhead_pct_cpu_${part}_${b}: ${pct(r.ratio)} (${pct(r.low)} ${pct(r.high)})`;
          }),
    ),
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
