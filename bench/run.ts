/**
 * `npm run bench`: every target of issue 16 and issue 11's Python files per second,
 * each measured side by side with its baseline in interleaved rounds, medians of wall
 * and CPU time (user + system) and peak RSS, the ratio, pass/fail, and the command
 * that reproduces it. Target 8's goal is ours (issue 11 asks for the number only).
 *
 *   1 one file, cold, and --help / --version       vs `node -e 0`               ≤ 1.5× · ≤ 1.2×
 *   2 a 100,000-request batch .jsonl                vs read + JSON.parse/line    ≤ 3×; RSS ≤ 1.5× a 10,000-request file's
 *   3 5,000 request files                           vs read + JSON.parse         ≤ 4×; ≥ 2× faster than ajv-cli
 *   4 a 15,000-file JS/TS tree                      vs walk + read               ≤ 3×; share of files parsed
 *   5 --concurrency auto                            vs --concurrency off         never slower (wall)
 *   6 the ESLint plugin (bench/eslint-overhead.ts)  vs ESLint without it         ≤ 5 % CPU, ≤ 1 ms/file warm
 *   7 peak RSS, 20,000 request files                vs 1,000 (stylish, github)   ≤ 1.3×
 *   8 Python: 3,000 .py files and 300 notebooks     vs walk + read (files/s)     ≤ 4×
 *
 *   node dist/bench/run.js [--only 1,3,5] [--rounds N]     (or BENCH_ONLY=1,3 BENCH_ROUNDS=N)
 *   BENCH_TREE_SDK=1: target 4's tree also holds the Anthropic SDK's own sources (every one is parsed)
 *
 * Verdicts use CPU time for the single-threaded targets (on a shared machine the
 * wall time of one process mostly measures the other processes), wall time for the
 * concurrency target, peak RSS for the memory ones. Never run as a test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch, buildCorpus } from './corpus.js';
import { buildCodeTree } from './code-tree.js';
import { buildPythonTree, parserThroughput } from './python.js';
import { Bench, type Command, type Stats } from './measure.js';
import { RULES } from '../rules/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** What users run: the package's bin (the bundled CLI, scripts/bundle-cli.ts). */
const bin = path.join(repo, (JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['lint-payloads']!);
const unbundledBin = path.join(repo, 'dist/src/cli/bin.js');
const floor = path.join(repo, 'dist/bench/floor.js');
const DATE = ['--date', '2026-11-26'];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1) return process.argv[i + 1];
  return process.env[`BENCH_${name.toUpperCase()}`];
}
const only = new Set((option('only') ?? '1,2,3,4,5,6,7,8').split(',').map((s) => s.trim()));
const roundsSet = option('rounds');
const rounds = Number(roundsSet ?? 5);
/** The targets whose one run takes many seconds get 3 rounds unless told otherwise. */
const heavyRounds = roundsSet ? rounds : 3;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-bench-'));
const bench = new Bench(tmp, repo);
const verdicts: { target: string; measured: string; limit: string; pass: boolean }[] = [];

const ms = (x: number): string => `${Math.round(x).toLocaleString('en-US')} ms`;
const x2 = (x: number): string => `${x.toFixed(2)}×`;
/** Paths shortened for printing. */
const show = (s: string): string => s.split(repo + path.sep).join('').split(tmp).join('$TMP').split(os.tmpdir()).join('$TMPDIR');

function table(stats: Record<string, Stats>, baseline: string): void {
  const base = stats[baseline]!;
  const width = Math.max(...Object.keys(stats).map((k) => k.length));
  console.log(`    ${''.padEnd(width)}  ${'wall'.padStart(10)}  ${'cpu'.padStart(10)}  ${'peak RSS'.padStart(9)}  ${'wall ×'.padStart(7)}  ${'cpu ×'.padStart(7)}   command`);
  for (const [name, s] of Object.entries(stats)) {
    console.log(
      `    ${name.padEnd(width)}  ${ms(s.wallMs).padStart(10)}  ${ms(s.cpuMs).padStart(10)}  ${`${s.rssMb.toFixed(0)} MB`.padStart(9)}  ${x2(s.wallMs / base.wallMs).padStart(7)}  ${x2(s.cpuMs / base.cpuMs).padStart(7)}   node ${show(s.command.args.join(' '))}`,
    );
  }
}

function verdict(target: string, measured: number, limit: number, unit: string, higherIsBetter = false): void {
  const pass = higherIsBetter ? measured >= limit : measured <= limit;
  verdicts.push({ target, measured: `${measured.toFixed(2)}${unit}`, limit: `${higherIsBetter ? '≥' : '≤'} ${limit}${unit}`, pass });
  console.log(`    → ${target}: ${measured.toFixed(2)}${unit} (target ${higherIsBetter ? '≥' : '≤'} ${limit}${unit}) ${pass ? 'PASS' : 'FAIL'}`);
}

const reproduce = (n: string): void => console.log(`    reproduce: node dist/bench/run.js --only ${n} --rounds ${['2', '4', '7', '8'].includes(n) ? heavyRounds : rounds}\n`);

/** The 5,000-file request corpus of targets 1, 3 and 5 (outside the repository: its .gitignore must not hide it). */
let requestCorpus: ReturnType<typeof buildCorpus> | undefined;
const corpus = (): ReturnType<typeof buildCorpus> => (requestCorpus ??= buildCorpus(path.join(os.tmpdir(), 'lint-payloads-bench-corpus')));

function target1(): void {
  const c = corpus();
  const one = c.jsonFiles.find((f) => !fs.readFileSync(f, 'utf8').includes('max_token"')) ?? c.jsonFiles[0]!;
  console.log('[1] One file, cold (pre-commit, lint-staged): lint-payloads vs `node -e 0`');
  const s = bench.sideBySide(
    {
      'node -e 0': { args: ['-e', '0'], ok: [0] },
      'one .json file': { args: [bin, one, ...DATE] },
      'the same, unbundled': { args: [unbundledBin, one, ...DATE] },
      '--help': { args: [bin, '--help'], ok: [0] },
      '--version': { args: [bin, '--version'], ok: [0] },
    },
    rounds,
  );
  table(s, 'node -e 0');
  const base = s['node -e 0']!.cpuMs;
  verdict('one file, CPU vs node -e 0', s['one .json file']!.cpuMs / base, 1.5, '×');
  verdict('--help, CPU vs node -e 0', s['--help']!.cpuMs / base, 1.2, '×');
  verdict('--version, CPU vs node -e 0', s['--version']!.cpuMs / base, 1.2, '×');
  reproduce('1');
}

function target2(): void {
  const dir = path.join(os.tmpdir(), 'lint-payloads-bench-batch');
  const big = path.join(dir, 'batch-100000.jsonl');
  const small = path.join(dir, 'batch-10000.jsonl');
  const bigInfo = buildBatch(big, 100_000);
  buildBatch(small, 10_000);
  console.log(`[2] A 100,000-request batch file (${(bigInfo.bytes / 1e6).toFixed(0)} MB, ${bigInfo.invalid} requests with a mistake): lint-payloads vs read + JSON.parse per line`);
  const s = bench.sideBySide(
    {
      'floor 100,000': { args: [floor, big], ok: [0] },
      'cli 100,000': { args: [bin, big, '-f', 'json', '-o', path.join(tmp, 'batch-100000.json'), ...DATE] },
      'floor 10,000': { args: [floor, small], ok: [0] },
      'cli 10,000': { args: [bin, small, '-f', 'json', '-o', path.join(tmp, 'batch-10000.json'), ...DATE] },
    },
    heavyRounds,
  );
  table(s, 'floor 100,000');
  verdict('100,000 requests, CPU vs the floor', s['cli 100,000']!.cpuMs / s['floor 100,000']!.cpuMs, 3, '×');
  verdict('peak RSS, 100,000 vs 10,000 requests', s['cli 100,000']!.rssMb / s['cli 10,000']!.rssMb, 1.5, '×');
  reproduce('2');
}

function target3(): void {
  const c = corpus();
  const files = c.jsonFiles.length + c.jsonlFiles.length;
  console.log(`[3] ${files.toLocaleString('en-US')} request files (${c.jsonFiles.length} .json, ${c.invalid} with mistakes; ${c.jsonlFiles.length} .jsonl batches of 50): lint-payloads vs read + JSON.parse, and vs ajv-cli`);
  const noRulesConfig = path.join(tmp, 'no-rules.config.json');
  fs.writeFileSync(noRulesConfig, JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, 'off'])) }));
  const schemaFile = path.join(tmp, 'messages.schema.json');
  const schema = spawnSync(process.execPath, [bin, 'schema', '--api-version', '2026-10-21', '--kind', 'messages', '--endpoint', 'beta'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.writeFileSync(schemaFile, schema.stdout);
  const jsonGlob = `${c.dir}/[0-9]*/*.json`;
  const report = path.join(tmp, 'report-3.json');
  const s = bench.sideBySide(
    {
      floor: { args: [floor, c.dir], ok: [0] },
      cli: { args: [bin, c.dir, '-f', 'json', '-o', report, ...DATE] },
      'cli, every rule off': { args: [bin, c.dir, '-f', 'json', '-o', path.join(tmp, 'no-rules.json'), ...DATE, '-c', noRulesConfig], ok: [0] },
      'cli --cache, unchanged': { args: [bin, c.dir, '-f', 'json', '-o', path.join(tmp, 'cached.json'), ...DATE, '--cache', '--cache-location', path.join(tmp, 'cache-3')] },
      'cli, .json only': { args: [bin, jsonGlob, '-f', 'json', '-o', path.join(tmp, 'json-only.json'), ...DATE] },
      'ajv-cli, .json only': {
        args: [path.join(repo, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-s', schemaFile, '-d', jsonGlob],
      },
    },
    rounds,
  );
  table(s, 'floor');
  const results = JSON.parse(fs.readFileSync(report, 'utf8')) as { messages: unknown[] }[];
  console.log(`    ${results.length} files checked, ${results.filter((r) => r.messages.length > 0).length} with findings`);
  verdict('5,000 files, CPU vs the floor', s.cli!.cpuMs / s.floor!.cpuMs, 4, '×');
  verdict('.json files, ajv-cli CPU / cli CPU', s['ajv-cli, .json only']!.cpuMs / s['cli, .json only']!.cpuMs, 2, '×', true);
  reproduce('3');
}

async function target4(): Promise<void> {
  const withSdk = option('tree-sdk') === '1';
  const tree = buildCodeTree(path.join(os.tmpdir(), 'lint-payloads-bench-tree'), 15_000, withSdk);
  const { mightContainCalls } = await import('../src/sources/js/prefilter.js');
  const lintable = tree.files.filter((f) => !/\.d\.[mc]?ts$/i.test(f));
  const parsed = lintable.filter((f) => mightContainCalls(fs.readFileSync(f, 'utf8'))).length;
  console.log(
    `[4] A ${tree.files.length.toLocaleString('en-US')}-file JS/TS tree (node_modules code copied side by side, plus the fixture sources; ${withSdk ? 'with' : 'without (BENCH_TREE_SDK=1: with)'} the Anthropic SDK's own sources): lint-payloads vs walk + read`,
  );
  const report = path.join(tmp, 'report-4.json');
  const s = bench.sideBySide(
    {
      'walk + read': { args: [floor, tree.dir, '--code'], ok: [0] },
      cli: { args: [bin, tree.dir, '-f', 'json', '-o', report, ...DATE] },
      // One thread: what the parse helper thread (src/lint/parse-thread.ts) overlaps with the walk shows as the difference.
      'cli, --concurrency off': { args: [bin, tree.dir, '-f', 'json', '-o', path.join(tmp, 'report-4-off.json'), ...DATE, '--concurrency', 'off'] },
    },
    heavyRounds,
  );
  table(s, 'walk + read');
  const results = JSON.parse(fs.readFileSync(report, 'utf8')) as { messages: { fatal?: boolean; message: string }[] }[];
  const crashes = results.filter((r) => r.messages.some((m) => m.fatal && /Internal error/.test(m.message))).length;
  const findings = results.reduce((n, r) => n + r.messages.length, 0);
  console.log(`    ${results.length} files checked (${tree.files.length - lintable.length} .d.ts skipped), ${parsed} parsed (${((100 * parsed) / lintable.length).toFixed(1)} %: the others cannot hold a call), ${findings} findings, ${crashes} crashes`);
  verdict('15,000-file tree, wall vs walk + read', s.cli!.wallMs / s['walk + read']!.wallMs, 3, '×');
  verdict('15,000-file tree, CPU vs walk + read', s.cli!.cpuMs / s['walk + read']!.cpuMs, 3, '×');
  reproduce('4');
}

function target5(): void {
  const c = corpus();
  console.log(`[5] --concurrency on ${os.availableParallelism()} cores, the ${(c.jsonFiles.length + c.jsonlFiles.length).toLocaleString('en-US')} request files of [3]: auto vs off (one thread)`);
  const args = (n: string): Command => ({ args: [bin, c.dir, '-f', 'json', '-o', path.join(tmp, `concurrency-${n}.json`), ...DATE, '--concurrency', n] });
  const s = bench.sideBySide({ off: args('off'), auto: args('auto'), '2 threads': args('2') }, rounds);
  table(s, 'off');
  console.log(`    2 threads: wall ${x2(s['2 threads']!.wallMs / s.off!.wallMs)} of one thread's (the break-even auto follows: it uses threads only with 3 or more cores)`);
  // "Never slower", within the noise of interleaved medians on a shared machine.
  verdict('auto, wall vs one thread', s.auto!.wallMs / s.off!.wallMs, 1.05, '×');
  reproduce('5');
}

function target6(): void {
  console.log('[6] The ESLint plugin (configs.recommended) on real non-declaration TS files, typescript-eslint parser: ESLint with vs without it (bench/eslint-overhead.ts, in one process)');
  const r = spawnSync(process.execPath, [path.join(repo, 'dist/bench/eslint-overhead.js')], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BENCH_ROUNDS: String(heavyRounds) } });
  const values = Object.fromEntries(
    r.stdout
      .split('\n')
      .map((l) => /^(\w+): (.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  if (r.status !== 0 || values.overhead_pct_cpu_recommended === undefined) {
    console.log(`    failed: ${(r.stderr || r.stdout).slice(-2000)}`);
    verdicts.push({ target: 'ESLint overhead', measured: 'failed', limit: '≤ 5 %', pass: false });
    return;
  }
  const bases = ['minimal', 'recommended'];
  console.log(`    ${values.files} files: ${values.files_npm} from pinned npm packages that ship their TS sources (downloaded once into ${show(values.npm_cache ?? '')}), ${values.files_node_modules} from node_modules; ${values.declaration_files_left_out} declaration files left out (the configs skip them)`);
  console.log(`    per source: ${values.sources?.split(',').join(', ')}`);
  console.log(`    through the plugin's text prefilter to its extraction: ${values.prefilter_passed} files (${values.prefilter_passed_by_source?.split(',').join(', ')})`);
  console.log(`    ${values.files} files (${values.parser}), ${values.rounds} rounds interleaved ${values.interleaving}; CPU ms median per round: ${bases.flatMap((b) => [b, `${b}_plugin`]).map((k) => `${k} ${values[`median_cpu_ms_${k}`]}`).join(', ')}`);
  for (const b of bases) {
    console.log(
      `    vs ${b}: ${values[`overhead_pct_cpu_${b}`]} % (95 % interval ${values[`overhead_pct_cpu_ci95_${b}`]?.replace(' ', ' to ')} %; per round ${values[`overhead_pct_cpu_per_round_${b}`]}); noise: an identical copy of ${b} measured ${values[`aa_pct_cpu_${b}`]} % (interval ${values[`aa_pct_cpu_ci95_${b}`]?.replace(' ', ' to ')} %), ±${values[`noise_pct_${b}`]} %`,
    );
  }
  for (const [part, label] of [['prefilter_passed', 'files through the prefilter'], ['prefilter_rest', 'the other files'], ['npm', 'npm packages'], ['node_modules', 'node_modules']]) {
    if (values[`overhead_pct_cpu_${part}_recommended`] !== undefined) console.log(`    over ${label}: ${bases.map((b) => `vs ${b} ${values[`overhead_pct_cpu_${part}_${b}`]?.replace(/\((\S+) (\S+)\)/, '% (interval $1 to $2 %)')}`).join(', ')}`);
  }
  console.log(`    time inside the plugin's rules (warm pass): ${values.overhead_pct_attributed_recommended} % of the rest of an eslint:recommended run, ${values.plugin_ms_per_file_recommended} ms per file; robustness: ${values.robustness_crashes} crashes, ${values.robustness_findings} findings`);
  verdict('ESLint + plugin, CPU vs eslint:recommended alone', Number(values.overhead_pct_cpu_recommended), 5, ' %');
  verdict('ESLint + plugin, CPU vs one-rule ESLint', Number(values.overhead_pct_cpu_minimal), 5, ' %');
  if (values.plugin_ms_per_file_recommended !== undefined) verdict('plugin time per file, warm', Number(values.plugin_ms_per_file_recommended), 1, ' ms');
  console.log(`    reproduce: node dist/bench/eslint-overhead.js --rounds ${heavyRounds}   (or node dist/bench/run.js --only 6)\n`);
}

function target7(): void {
  const big = buildCorpus(path.join(os.tmpdir(), 'lint-payloads-bench-20000'), 20_000, 20261207);
  const small = buildCorpus(path.join(os.tmpdir(), 'lint-payloads-bench-1000'), 1_000, 20261207);
  console.log(`[7] Peak RSS, ${(big.jsonFiles.length + big.jsonlFiles.length).toLocaleString('en-US')} request files vs ${(small.jsonFiles.length + small.jsonlFiles.length).toLocaleString('en-US')}, --format stylish and github`);
  const run = (dir: string, format: string): Command => ({ args: [bin, dir, '-f', format, '-o', path.join(tmp, `memory-${format}.txt`), ...DATE] });
  const s = bench.sideBySide(
    {
      'stylish 1,000': run(small.dir, 'stylish'),
      'stylish 20,000': run(big.dir, 'stylish'),
      'github 1,000': run(small.dir, 'github'),
      'github 20,000': run(big.dir, 'github'),
    },
    heavyRounds,
  );
  table(s, 'stylish 1,000');
  verdict('stylish, peak RSS 20,000 vs 1,000 files', s['stylish 20,000']!.rssMb / s['stylish 1,000']!.rssMb, 1.3, '×');
  verdict('github, peak RSS 20,000 vs 1,000 files', s['github 20,000']!.rssMb / s['github 1,000']!.rssMb, 1.3, '×');
  reproduce('7');
}

function target8(): void {
  const pyFiles = 3_000;
  const notebooks = 300;
  const { pyDir, notebookDir } = buildPythonTree(path.join(os.tmpdir(), 'lint-payloads-bench-python'), pyFiles, notebooks);
  console.log(`[8] Python: ${pyFiles.toLocaleString('en-US')} .py files (a third call the API) and ${notebooks} notebooks (6 calls each, magics, outputs): lint-payloads vs walk + read, files per second`);
  const s = bench.sideBySide(
    {
      'walk + read .py': { args: [floor, pyDir, '--python'], ok: [0] },
      'cli .py': { args: [bin, pyDir, '-f', 'json', '-o', path.join(tmp, 'python-py.json'), ...DATE] },
      'walk + read .ipynb': { args: [floor, notebookDir, '--python'], ok: [0] },
      'cli .ipynb': { args: [bin, notebookDir, '-f', 'json', '-o', path.join(tmp, 'python-ipynb.json'), ...DATE] },
    },
    heavyRounds,
  );
  table(s, 'walk + read .py');
  const perSecond = (files: number, stats: Stats): string => `${Math.round((files / stats.wallMs) * 1000).toLocaleString('en-US')} files/s wall, ${Math.round((files / stats.cpuMs) * 1000).toLocaleString('en-US')} files/s CPU`;
  console.log(`    .py: cli ${perSecond(pyFiles, s['cli .py']!)} · floor ${perSecond(pyFiles, s['walk + read .py']!)}`);
  console.log(`    .ipynb: cli ${perSecond(notebooks, s['cli .ipynb']!)} · floor ${perSecond(notebooks, s['walk + read .ipynb']!)}`);
  const findings = (file: string) => (JSON.parse(fs.readFileSync(path.join(tmp, file), 'utf8')) as { messages: unknown[] }[]).reduce((n, r) => n + r.messages.length, 0);
  console.log(`    findings: ${findings('python-py.json')} in the .py files, ${findings('python-ipynb.json')} in the notebooks`);
  const parser = parserThroughput(rounds);
  console.log(`    @lezer/python alone, in process, on ${parser.mb.toFixed(1)} MB: ${(parser.mb / (parser.parseMs / 1000)).toFixed(1)} MB/s (splitting it into lines: ${ms(parser.splitMs)})`);
  verdict('.py files, CPU vs walk + read', s['cli .py']!.cpuMs / s['walk + read .py']!.cpuMs, 4, '×');
  verdict('notebooks, CPU vs walk + read', s['cli .ipynb']!.cpuMs / s['walk + read .ipynb']!.cpuMs, 4, '×');
  reproduce('8');
}

async function main(): Promise<void> {
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(
    `lint-payloads benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load ${load}; ` +
      `${rounds} interleaved rounds (${heavyRounds} for 2, 4, 6, 7, 8), medians\n`,
  );
  const targets: Record<string, () => void | Promise<void>> = { '1': target1, '2': target2, '3': target3, '4': target4, '5': target5, '6': target6, '7': target7, '8': target8 };
  try {
    for (const [n, run] of Object.entries(targets)) {
      if (!only.has(n)) continue;
      try {
        await run();
      } catch (error) {
        // One target that cannot run must not hide the others.
        console.log(`    target ${n} failed to run: ${String((error as Error)?.stack ?? error).slice(0, 1500)}\n`);
        verdicts.push({ target: `target ${n}`, measured: 'did not run', limit: '', pass: false });
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log('Summary (verdicts on CPU time, wall time for concurrency, peak RSS for memory):');
  for (const v of verdicts) console.log(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.target}: ${v.measured} (target ${v.limit})`);
}


await main();
