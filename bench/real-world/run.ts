/**
 * The real-world check (issue 12 §3): the CLI and ESLint (the plugin's
 * recommended configs) over public repositories at pinned commits, listed in
 * bench/real-world/repos.json. Writes a table (files, time, findings by rule,
 * crashes, CLI–ESLint agreement) into RESULTS.md and every finding, with its
 * triage from triage.json, into findings.json.
 *
 * It never touches the network. The repositories are checked out beforehand
 * into a scratch folder outside this repository (one folder per repository,
 * `<owner>+<name>`); a repository that is missing there, or at another commit,
 * is reported and skipped. `--checkout MIRRORS` fills the scratch folder from
 * local bare git copies (`MIRRORS/<owner>+<name>/repo`, as the session's fetch
 * tool leaves them) with `git archive` at the pinned commit.
 *
 *   npm run real-world [-- --scratch DIR] [--checkout MIRRORS] [--only owner/name,...] [--timeout SECONDS]
 *
 * `--only` runs the named repositories and prints their table without writing
 * findings.json or RESULTS.md (those describe the whole list).
 *
 * Not part of `npm test`: the fetched code is not in this repository.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import plugin from '../../src/eslint/plugin.js';
import { DEFAULT_IGNORES } from '../../src/lint/discover.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const HERE = path.join(ROOT, 'bench/real-world');
const CLI = path.join(ROOT, 'dist/src/cli/bin.js');
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface RepoEntry {
  repo: string;
  commit: string;
  category: string;
  note: string;
}

interface RepoList {
  /** The day retirements and deprecations are computed for: pinned, so a rerun gives the same findings. */
  date: string;
  repos: RepoEntry[];
}

export interface Triage {
  verdict: 'true-positive' | 'false-positive';
  /** For a false positive: the pattern's folder under test/data/real-world-fp/ (or a known pattern's name). */
  pattern?: string;
  reason: string;
}

/** One finding, as triaged: by repository, file, rule and line (the column can move with a fix elsewhere on the line). */
export interface Finding {
  key: string;
  repo: string;
  file: string;
  rule: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** Which tools reported it. */
  by: ('cli' | 'eslint')[];
  triage?: Triage;
}

interface ToolRun {
  ms: number;
  /** Exit code, or null when it was killed (timeout). */
  status: number | null;
  timedOut: boolean;
  stderr: string;
  results: LintResult[];
}

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line?: number; column?: number; fatal?: boolean }[];
}

interface RepoReport {
  entry: RepoEntry;
  missing?: string;
  cli?: ToolRun;
  eslint?: ToolRun;
  cliFiles: number;
  eslintFiles: number;
  /** Findings by rule (CLI ∪ ESLint). */
  byRule: Map<string, number>;
  crashes: string[];
  /** ESLint parse errors (a file ESLint's parser could not read; not a finding of this project). */
  eslintParseErrors: number;
  bothLinted: number;
  agreeing: number;
  disagreements: string[];
}

function args(): { scratch: string; checkout?: string; only?: Set<string>; timeoutMs: number } {
  const argv = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const only = value('only');
  const checkout = value('checkout');
  return {
    scratch: path.resolve(value('scratch') ?? process.env.REAL_WORLD_SCRATCH ?? '/work/scratch/realworld'),
    ...(checkout ? { checkout: path.resolve(checkout) } : {}),
    ...(only ? { only: new Set(only.split(',')) } : {}),
    timeoutMs: Number(value('timeout') ?? 300) * 1000,
  };
}

const folderName = (repo: string): string => repo.replace('/', '+');
const MARKER = '.real-world-commit';

/** Fills `dest` with the tree of `commit` from a local bare copy; no network. */
function checkout(mirrors: string, entry: RepoEntry, dest: string): string | undefined {
  const gitDir = path.join(mirrors, folderName(entry.repo), 'repo');
  if (!fs.existsSync(gitDir)) return `no local copy at ${gitDir}`;
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', entry.commit], { maxBuffer: 1024 * 1024 * 1024 });
  if (archive.status === 0) {
    const untar = spawnSync('tar', ['-x', '-C', dest], { input: archive.stdout, maxBuffer: 1024 * 1024 });
    if (untar.status !== 0) return `tar failed: ${String(untar.stderr).trim()}`;
  } else {
    // A snapshot may lack its largest blobs (media, datasets); git archive then fails. Write every blob it has.
    const problem = writeBlobs(gitDir, entry.commit, dest);
    if (problem) return problem;
  }
  fs.writeFileSync(path.join(dest, MARKER), `${entry.commit}\n`);
  return undefined;
}

/** The regular files of `commit`, blob by blob through one `git cat-file --batch`; blobs the copy lacks are left out. */
function writeBlobs(gitDir: string, commit: string, dest: string): string | undefined {
  const tree = spawnSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', commit], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  if (tree.status !== 0) return `git ls-tree failed: ${tree.stderr.trim()}`;
  const blobs = tree.stdout
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split('\t') as [string, string];
      const [mode, type, sha] = meta.split(' ') as [string, string, string];
      return { mode, type, sha, file };
    })
    .filter((b) => b.type === 'blob' && b.mode !== '120000');
  const batch = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: blobs.map((b) => b.sha).join('\n') + '\n', maxBuffer: 2 * 1024 * 1024 * 1024 });
  if (batch.status !== 0) return `git cat-file failed: ${String(batch.stderr).trim()}`;
  const out = batch.stdout as Buffer;
  let at = 0;
  for (const blob of blobs) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    const target = path.join(dest, blob.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out.subarray(at, at + size));
    at += size + 1;
  }
  return undefined;
}

function run(cmd: string, cmdArgs: string[], cwd: string, timeoutMs: number): ToolRun {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cmd, ...cmdArgs], { cwd, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let results: LintResult[] = [];
  try {
    results = JSON.parse(r.stdout) as LintResult[];
  } catch {
    // Reported as a crash below: no parsable report.
  }
  return { ms, status: r.status, timedOut: r.error !== undefined && r.status === null, stderr: (r.stderr ?? '').trim(), results };
}

/** The flat config ESLint runs with: the plugin's recommended configs for code and request JSON, as docs/eslint.md shows them. */
function writeEslintConfig(scratch: string, date: string): string {
  const file = path.join(scratch, '.real-world-eslint.config.mjs');
  const url = (specifier: string): string => JSON.stringify(import.meta.resolve(specifier));
  const text = `// Written by bench/real-world/run.ts; the plugin's recommended configs over a checked-out repository.
import json from ${url('@eslint/json')};
import tsParser from ${url('@typescript-eslint/parser')};
import lintPayloads from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/src/eslint/plugin.js')).href)};

export default [
  { ignores: ${JSON.stringify(DEFAULT_IGNORES)} },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { plugins: { json } },
  ...lintPayloads.configs.recommended,
  // JSON with comments (tsconfig, editor settings) is not JSON; ESLint would only report it as a parse error.
  ...lintPayloads.configs['recommended-json'].map((config) => ({ ...config, ignores: ['**/tsconfig*.json', '**/jsconfig*.json', '**/.vscode/**', '**/.devcontainer/**'] })),
  { settings: { 'lint-payloads': { date: ${JSON.stringify(date)} } } },
];
`;
  fs.writeFileSync(file, text);
  return file;
}

const SEVERITY = (n: number): 'error' | 'warning' => (n === 2 ? 'error' : 'warning');
const shortRule = (ruleId: string | null): string => (ruleId ?? '(fatal)').replace(/^lint-payloads\//, '');
const isInternalError = (message: string): boolean => /^Internal error|ran out of stack/i.test(message);

function lintRepo(entry: RepoEntry, dir: string, eslintConfig: string, date: string, timeoutMs: number, findings: Map<string, Finding>): RepoReport {
  const report: RepoReport = { entry, cliFiles: 0, eslintFiles: 0, byRule: new Map(), crashes: [], eslintParseErrors: 0, bothLinted: 0, agreeing: 0, disagreements: [] };
  report.cli = run(CLI, ['.', '--format', 'json', '--date', date, '--concurrency', 'off'], dir, timeoutMs);
  report.eslint = run(ESLINT, ['--config', eslintConfig, '--format', 'json', '--no-error-on-unmatched-pattern', '--no-warn-ignored', '.'], dir, timeoutMs);

  for (const [tool, r] of [['cli', report.cli], ['eslint', report.eslint]] as const) {
    if (r.timedOut) report.crashes.push(`${tool}: timed out after ${timeoutMs / 1000} s`);
    // Exit 2 with no report and "…found…"/"…match…" is a repository with no lintable file; any other exit 2 is a crash.
    else if (r.status === null || r.status > 2 || (r.status === 2 && (r.results.length > 0 || !/found|match/i.test(r.stderr)))) {
      report.crashes.push(`${tool}: exit ${r.status}${r.stderr ? `: ${r.stderr.split('\n')[0]!.slice(0, 200)}` : ''}`);
    }
  }

  const recommended = new Set(Object.keys(plugin.configs.recommended[0]!.rules ?? {}).map(shortRule));
  const perFile = { cli: new Map<string, string[]>(), eslint: new Map<string, string[]>() };
  const record = (tool: 'cli' | 'eslint', result: LintResult): void => {
    const file = path.relative(dir, result.filePath);
    const seen: string[] = [];
    for (const m of result.messages) {
      if (tool === 'eslint' && m.ruleId === null) {
        report.eslintParseErrors++;
        continue;
      }
      // "Definition for rule 'react-hooks/…' was not found": a disable comment naming a plugin this config does not load.
      if (tool === 'eslint' && !m.ruleId!.startsWith('lint-payloads/')) continue;
      if (m.ruleId === null && isInternalError(m.message)) {
        report.crashes.push(`${tool}: ${file}: ${m.message.split('\n')[0]!.slice(0, 200)}`);
        continue;
      }
      const rule = shortRule(m.ruleId);
      const line = m.line ?? 0;
      const column = m.column ?? 0;
      if (tool === 'eslint' || recommended.has(rule) || rule === '(fatal)') seen.push(`${rule}:${line}:${column}`);
      const key = `${entry.repo}|${file}|${rule}|${line}`;
      const existing = findings.get(key);
      if (existing) {
        if (!existing.by.includes(tool)) existing.by.push(tool);
        continue;
      }
      findings.set(key, { key, repo: entry.repo, file, rule, line, column, severity: SEVERITY(m.severity), message: m.message, by: [tool] });
      report.byRule.set(rule, (report.byRule.get(rule) ?? 0) + 1);
    }
    perFile[tool].set(file, seen.sort());
  };
  for (const result of report.cli.results) record('cli', result);
  for (const result of report.eslint.results) record('eslint', result);
  report.cliFiles = report.cli.results.length;
  report.eslintFiles = report.eslint.results.length;

  for (const [file, cliSeen] of perFile.cli) {
    const eslintSeen = perFile.eslint.get(file);
    if (!eslintSeen) continue;
    report.bothLinted++;
    // A CLI-only '(fatal)' (the JSON is not a request) has no ESLint counterpart when ESLint cannot parse the file either.
    const cliComparable = cliSeen.filter((s) => !s.startsWith('(fatal)'));
    if (JSON.stringify(cliComparable) === JSON.stringify(eslintSeen)) report.agreeing++;
    else report.disagreements.push(`${file}: cli [${cliComparable.join(', ')}] eslint [${eslintSeen.join(', ')}]`);
  }
  return report;
}

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

const seconds = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(1));

function table(reports: RepoReport[], findings: Finding[], date: string): string {
  const lines: string[] = [];
  const ran = reports.filter((r) => !r.missing);
  const tp = findings.filter((f) => f.triage?.verdict === 'true-positive').length;
  const fp = findings.filter((f) => f.triage?.verdict === 'false-positive').length;
  const untriaged = findings.filter((f) => !f.triage);
  const crashes = ran.reduce((n, r) => n + r.crashes.length, 0);
  const both = ran.reduce((n, r) => n + r.bothLinted, 0);
  const agree = ran.reduce((n, r) => n + r.agreeing, 0);
  const files = ran.reduce((n, r) => n + r.cliFiles, 0);
  const cliMs = ran.reduce((n, r) => n + (r.cli?.ms ?? 0), 0);
  const eslintMs = ran.reduce((n, r) => n + (r.eslint?.ms ?? 0), 0);
  lines.push(`Run with \`--date ${date}\` on lint-payloads ${plugin.meta.version}: ${ran.length} of ${reports.length} repositories linted ` +
    `(${files} files by the CLI in ${seconds(cliMs)} s, one process per repository; ESLint ${seconds(eslintMs)} s); ` +
    `${findings.length} findings (${tp} true positives, ${fp} false positives, ${untriaged.length} untriaged); ` +
    `${crashes} crashes; CLI and ESLint agree on ${agree} of ${both} files both linted.`);
  lines.push('');
  lines.push('| Repository | Kind | Files (CLI / ESLint) | Time s (CLI / ESLint) | Findings by rule | TP / FP / untriaged | Crashes | Agree (both linted) |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const r of reports) {
    const name = `[${r.entry.repo}](https://github.com/${r.entry.repo}/tree/${r.entry.commit}) \`${r.entry.commit.slice(0, 7)}\``;
    if (r.missing) {
      lines.push(`| ${name} | ${r.entry.category} | not run: ${r.missing} | | | | | |`);
      continue;
    }
    const mine = findings.filter((f) => f.repo === r.entry.repo);
    const rules = [...r.byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ${n}`).join(', ') || '0';
    const verdicts = `${mine.filter((f) => f.triage?.verdict === 'true-positive').length} / ${mine.filter((f) => f.triage?.verdict === 'false-positive').length} / ${mine.filter((f) => !f.triage).length}`;
    lines.push(`| ${name} | ${r.entry.category} | ${r.cliFiles} / ${r.eslintFiles} | ${seconds(r.cli?.ms)} / ${seconds(r.eslint?.ms)} | ${rules} | ${verdicts} | ${r.crashes.length ? r.crashes.join('; ').replace(/\|/g, '\\|') : '0'} | ${r.agreeing} / ${r.bothLinted} |`);
  }
  const disagreements = ran.flatMap((r) => r.disagreements.map((d) => `${r.entry.repo}: ${d}`));
  if (disagreements.length) {
    lines.push('', 'CLI–ESLint disagreements (rule:line:column per file):', '');
    for (const d of disagreements) lines.push(`- ${d.replace(/\|/g, '\\|')}`);
  }
  const byPattern = new Map<string, number>();
  for (const f of findings) if (f.triage?.verdict === 'false-positive') byPattern.set(f.triage.pattern ?? '(none)', (byPattern.get(f.triage.pattern ?? '(none)') ?? 0) + 1);
  if (byPattern.size) {
    lines.push('', 'False positives by pattern:', '', '| Pattern | Findings |', '|---|---|');
    for (const [pattern, n] of [...byPattern].sort((a, b) => b[1] - a[1])) lines.push(`| ${pattern} | ${n} |`);
  }
  if (untriaged.length) {
    lines.push('', `Untriaged findings (${untriaged.length}; add them to triage.json):`, '');
    for (const f of untriaged.slice(0, 50)) lines.push(`- \`${f.key}\` ${f.message.split('\n')[0]!.slice(0, 160).replace(/\|/g, '\\|')}`);
    if (untriaged.length > 50) lines.push(`- … and ${untriaged.length - 50} more (findings.json)`);
  }
  return lines.join('\n');
}

const START = '<!-- real-world table: written by bench/real-world/run.ts -->';
const END = '<!-- end of the real-world table -->';

function main(): void {
  const options = args();
  const list = readJson<RepoList>(path.join(HERE, 'repos.json'), { date: '', repos: [] });
  const triage = readJson<Record<string, Triage>>(path.join(HERE, 'triage.json'), {});
  fs.mkdirSync(options.scratch, { recursive: true });
  const eslintConfig = writeEslintConfig(options.scratch, list.date);

  const reports: RepoReport[] = [];
  const findings = new Map<string, Finding>();
  for (const entry of list.repos) {
    if (options.only && !options.only.has(entry.repo)) continue;
    const dir = path.join(options.scratch, folderName(entry.repo));
    const at = (): string | undefined => {
      try {
        return fs.readFileSync(path.join(dir, MARKER), 'utf8').trim();
      } catch {
        return undefined;
      }
    };
    if (options.checkout && at() !== entry.commit) {
      const problem = checkout(options.checkout, entry, dir);
      if (problem) process.stderr.write(`${entry.repo}: ${problem}\n`);
    }
    const commit = at();
    if (commit !== entry.commit) {
      const missing = commit === undefined ? `missing from ${options.scratch}` : `checked out at ${commit.slice(0, 7)}, not the pinned commit`;
      process.stderr.write(`${entry.repo}: ${missing}\n`);
      reports.push({ entry, missing, cliFiles: 0, eslintFiles: 0, byRule: new Map(), crashes: [], eslintParseErrors: 0, bothLinted: 0, agreeing: 0, disagreements: [] });
      continue;
    }
    process.stderr.write(`${entry.repo} … `);
    const report = lintRepo(entry, dir, eslintConfig, list.date, options.timeoutMs, findings);
    process.stderr.write(`${report.cliFiles} / ${report.eslintFiles} files, ${[...report.byRule.values()].reduce((a, b) => a + b, 0)} findings, ${report.crashes.length} crashes\n`);
    reports.push(report);
  }

  const all = [...findings.values()].sort((a, b) => a.key.localeCompare(b.key, 'en'));
  for (const f of all) {
    const t = triage[f.key];
    if (t) f.triage = t;
  }
  const stale = Object.keys(triage).filter((key) => !findings.has(key) && (!options.only || options.only.has(key.split('|')[0]!)));
  // A partial run (--only) prints its table and leaves the committed files alone.
  if (!options.only) fs.writeFileSync(path.join(HERE, 'findings.json'), `${JSON.stringify({ date: list.date, findings: all, triagedButNotFound: stale }, null, 2)}\n`);

  const resultsFile = path.join(HERE, 'RESULTS.md');
  const text = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : `# Real-world check\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const body = table(reports, all, list.date);
  if (!options.only) {
    const updated = start !== -1 && end > start ? `${text.slice(0, start + START.length)}\n${body}\n${text.slice(end)}` : `${text}\n${START}\n${body}\n${END}\n`;
    fs.writeFileSync(resultsFile, updated);
  }
  process.stdout.write(options.only ? `${body}\n` : `${body.split('\n')[0]}\n`);
  if (stale.length) process.stdout.write(`${stale.length} triage entries match no finding now (fixed, or moved): see findings.json "triagedButNotFound".\n`);
}

main();
