/**
 * `npm run bench`: lint-payloads against baselines run side by side in the same
 * session, rounds interleaved, medians compared — this machine is noisy, so only
 * ratios mean anything.
 *
 *   (a) the CLI on ≥ 5,000 request files vs a floor script that only reads and JSON.parses them   target ≤ 1.5×
 *   (b) ajv-cli validating the same .json files with the same generated schema vs the CLI     target: CLI ≥ 5× faster
 *   (c) cold start on one file vs `node -e 0`                                                 target ≤ 3×
 *   (d) ESLint with and without the plugin's recommended config (bench/eslint-overhead.ts)     target ≤ 5 %
 *
 *   (e) robustness: the CLI over the JS/TS files of (d): files checked, crashes (0 expected), findings
 *
 * BENCH_ROUNDS=N sets the rounds (default 5); BENCH_SKIP_ESLINT=1 skips (d), which takes minutes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.js';
import { corpus as codeCorpus } from './code-corpus.js';
import { RULES } from '../rules/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = process.execPath;
const bin = path.join(repo, 'dist/src/cli/bin.js');
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

function time(cmd: string, args: string[], okCodes = [0, 1]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === null || !okCodes.includes(r.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  }
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs each command `rounds` times, interleaved (A B A B …), and returns the medians. */
function sideBySide(commands: Record<string, [string, string[], number[]?]>): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [name, [cmd, args, ok]] of Object.entries(commands)) time(cmd, args, ok); // warm the file cache
  for (let i = 0; i < rounds; i++) {
    for (const [name, [cmd, args, ok]] of Object.entries(commands)) samples[name]!.push(time(cmd, args, ok));
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

function main(): void {
  // Outside the repository: its .gitignore must not hide the corpus from a folder walk.
  const corpusDir = path.join(os.tmpdir(), 'lint-payloads-bench-corpus');
  const corpus = buildCorpus(corpusDir);
  const files = corpus.jsonFiles.length + corpus.jsonlFiles.length;
  console.log(`lint-payloads benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores, ${rounds} interleaved rounds, medians`);
  console.log(`corpus: ${files} request files (${corpus.jsonFiles.length} .json of which ${corpus.invalid} with mistakes, ${corpus.jsonlFiles.length} .jsonl batches of 50) in ${corpusDir}\n`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-bench-'));
  const report = path.join(tmp, 'report.json');
  const lintArgs = [bin, corpusDir, '-f', 'json', '-o', report, '--date', '2026-11-26'];

  // (a) the CLI vs reading and parsing
  // cliCached: a re-run with --cache over unchanged files (the warm-up round fills the cache).
  // cliNoRules: every rule off (the schema too): what finding, reading, detecting and reporting cost without any check.
  const cachedA = ['--cache', '--cache-location', path.join(tmp, 'cache-a')];
  const noRulesConfig = path.join(tmp, 'no-rules.config.json');
  fs.writeFileSync(noRulesConfig, JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, 'off'])) }));
  const noRulesReport = path.join(tmp, 'no-rules.json');
  const a = sideBySide({
    cli: [node, lintArgs],
    cliCached: [node, [...lintArgs, ...cachedA]],
    cliNoRules: [node, [bin, corpusDir, '-f', 'json', '-o', noRulesReport, '--date', '2026-11-26', '-c', noRulesConfig], [0]],
    floor: [node, [path.join(repo, 'dist/bench/floor.js'), corpusDir], [0]],
  });
  const results = JSON.parse(fs.readFileSync(report, 'utf8')) as { messages: unknown[]; fatalErrorCount: number }[];
  const withFindings = results.filter((r) => r.messages.length > 0).length;
  console.log(`(a) CLI on ${files} files: ${fmt(a.cli!)} · read+JSON.parse floor: ${fmt(a.floor!)} · ratio ${ratio(a.cli!, a.floor!)} (target ≤ 1.5×)`);
  console.log(`    ${results.length} files checked, ${withFindings} with findings`);
  console.log(`    re-run with --cache, no file changed: ${fmt(a.cliCached!)} · ratio ${ratio(a.cliCached!, a.floor!)}`);
  console.log(`    every rule off (no check at all, the same files found, read, detected and reported): ${fmt(a.cliNoRules!)} · ratio ${ratio(a.cliNoRules!, a.floor!)}`);

  // (b) ajv-cli with the same generated schema, on the same .json files
  const schemaFile = path.join(tmp, 'messages.schema.json');
  const schema = spawnSync(node, [bin, 'schema', '--api-version', '2026-10-21', '--kind', 'messages', '--endpoint', 'beta'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.writeFileSync(schemaFile, schema.stdout);
  const ajvCli = path.join(repo, 'node_modules/ajv-cli/dist/index.js');
  const jsonGlob = `${corpusDir}/[0-9]*/*.json`;
  const jsonOnly = [bin, jsonGlob, '-f', 'json', '-o', report, '--date', '2026-11-26'];
  const b = sideBySide({
    cli: [node, jsonOnly],
    cliCached: [node, [...jsonOnly, '--cache', '--cache-location', path.join(tmp, 'cache-b')]],
    ajvCli: [node, [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-s', schemaFile, '-d', jsonGlob], [0, 1]],
  });
  console.log(`(b) ajv-cli on ${corpus.jsonFiles.length} .json files: ${fmt(b.ajvCli!)} · CLI: ${fmt(b.cli!)} · CLI is ${ratio(b.ajvCli!, b.cli!)} faster (target ≥ 5×)`);
  console.log(`    re-run with --cache, no file changed: ${fmt(b.cliCached!)} · ${ratio(b.ajvCli!, b.cliCached!)} faster`);

  // (c) cold start on one valid file
  const one = corpus.jsonFiles.find((f) => !JSON.stringify(JSON.parse(fs.readFileSync(f, 'utf8'))).includes('max_token"')) ?? corpus.jsonFiles[0]!;
  const c = sideBySide({ cli: [node, [bin, one, '--date', '2026-11-26']], nodeOnly: [node, ['-e', '0'], [0]] });
  console.log(`(c) cold start, one file: ${fmt(c.cli!)} · node -e 0: ${fmt(c.nodeOnly!)} · ratio ${ratio(c.cli!, c.nodeOnly!)} (target ≤ 3×)`);

  // (d) ESLint overhead, measured by its own script (it runs ESLint in-process)
  const eslintBench = path.join(repo, 'dist/bench/eslint-overhead.js');
  if (process.env.BENCH_SKIP_ESLINT === '1') console.log('(d) skipped (BENCH_SKIP_ESLINT=1)');
  else if (fs.existsSync(eslintBench)) {
    const d = spawnSync(node, [eslintBench], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BENCH_ROUNDS: String(rounds) } });
    console.log(`(d) ${(d.stdout || d.stderr).trim().split('\n').join('\n    ')}`);
  }
  // (e) robustness: the CLI over the same JS/TS corpus as (d), files named explicitly (so node_modules is read)
  const code = codeCorpus(Number(process.env.BENCH_FILES ?? 3000));
  let crashes = 0;
  let checked = 0;
  let findings = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < code.length; i += 500) {
    const out = path.join(tmp, `code-${i}.json`);
    const r = spawnSync(node, [bin, ...code.slice(i, i + 500), '-f', 'json', '-o', out, '--date', '2026-11-26'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0 && r.status !== 1) crashes++;
    const results = JSON.parse(fs.readFileSync(out, 'utf8')) as { messages: { fatal?: boolean; message: string }[] }[];
    checked += results.length;
    findings += results.reduce((n, res) => n + res.messages.length, 0);
    crashes += results.filter((res) => res.messages.some((m) => m.fatal && /Internal error/.test(m.message))).length;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`(e) robustness, the CLI on the ${code.length} JS/TS files of (d): ${checked} files checked (${code.length - checked} .d.ts declare types and are skipped), ${crashes} crashes, ${findings} findings (${fmt(ms)})`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
