/**
 * `lint-payloads`: a thin layer over the Node API. Parses arguments, merges them
 * over the config file, lints, formats, and sets the exit code:
 * 0 clean · 1 errors (or warnings over --max-warnings) · 2 usage error, a path
 * that matches nothing, an unreadable file, or an internal failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles } from '../lint/lint-files.js';
import { DEFAULT_CACHE_FILE } from '../lint/cache.js';
import { effectiveRuleSettings, lintText, today } from '../lint/lint-text.js';
import type { LintResult } from '../lint/results.js';
import { FORMAT_STREAMS, FORMATS } from '../report/index.js';
import { RULES } from '../../rules/index.js';
import { checkApiVersion, checkDate, checkKind, checkRuleEntry, checkUnusedDirectivesSetting, ConfigError, loadConfig, type Config } from '../config/config-file.js';
import { projectApiVersion } from '../config/api-version.js';
import { ALL_EXTENSIONS, sourceEntryFor } from '../sources/index.js';
import { CATALOGUE_AS_OF, CATALOGUE_LABEL, staleCatalogueNotice } from '../catalogue/catalogue.js';
import { printSchema } from './schema-command.js';
import { HELP } from './help.js';
import { FormatterError, isFormatterPath, loadFormatter, runFormatter } from './custom-formatter.js';
import { closest } from '../engine/did-you-mean.js';
import { redactingWriter, redactSecrets } from '../engine/redact.js';
import { FileChangedError, writeFileAtomically } from '../fix/write-file.js';
import { packageVersion } from '../package-info.js';
import { capYoungGeneration } from './young-generation.js';
import { enableLongRunFlags, longRunStep } from '../lint/long-run.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** stderr is a terminal: a progress line may be drawn there. */
  stderrIsTTY?: boolean;
  /** How long a run lasts before the progress line shows (default PROGRESS_AFTER_MS). */
  progressAfterMs?: number;
}

/** A progress line is drawn only for runs that last longer than this. */
const PROGRESS_AFTER_MS = 2000;

/** `[12/300] files linted` on one rewritten stderr line, from PROGRESS_AFTER_MS on; cleared at the end. */
function progressLine(io: Io): { update: (done: number, total: number) => void; clear: () => void } {
  const start = Date.now();
  let drawn = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - start < (io.progressAfterMs ?? PROGRESS_AFTER_MS) || (now - last < 100 && done < total)) return;
      last = now;
      drawn = true;
      io.stderr(`\r\x1b[K${done}/${total} files linted`);
    },
    clear() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}

class UsageError extends Error {}

/** Where the report goes: standard output, or --output-file, written as it comes with secrets redacted. */
function openOutput(file: string | undefined, io: Io): { write: (text: string) => void; close: () => void } {
  if (file === undefined) return { write: io.stdout, close: () => {} };
  const target = path.resolve(io.cwd, file);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new UsageError(`--output-file: ${file} is a folder; name a file.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const fd = fs.openSync(target, 'w');
  return { write: (text) => fs.writeSync(fd, redactSecrets(text)), close: () => fs.closeSync(fd) };
}

/** `--max-file-size 2mb` (also kb, or bytes) → bytes. */
function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--max-file-size: expected a size such as 1mb, 500kb or 2000000, got "${text}".`);
  return Math.round(Number(m[1]) * { b: 1, kb: 1e3, mb: 1e6 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb']);
}

const KEEP_BOM = new TextDecoder('utf-8', { ignoreBOM: true });

function readTextOrUndefined(file: string): string | undefined {
  try {
    return new TextDecoder().decode(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'api-version': { type: 'string' },
  date: { type: 'string' },
  kind: { type: 'string' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  debug: { type: 'boolean' },
  clients: { type: 'string' },
  concurrency: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'cache-strategy': { type: 'string' },
  'max-file-size': { type: 'string' },
  'report-unused-disable-directives': { type: 'boolean' },
  'report-unused-disable-directives-severity': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * ESLint's `-f=json`: a short option joined to its value by "=" (node:util would read the value as "=json").
 * And `--report-unused-disable-directives=warn`: the flag alone means "error" (as ESLint's), with a value it sets the severity.
 */
function splitShortEquals(argv: string[]): string[] {
  const out: string[] = [];
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') return [...out, ...argv.slice(i)];
    const m = /^-([a-zA-Z])=(.*)$/s.exec(arg);
    const unused = /^--report-unused-disable-directives=(.*)$/s.exec(arg);
    if (m) out.push(`-${m[1]}`, m[2]!);
    else if (unused) out.push('--report-unused-disable-directives-severity', unused[1]!);
    else out.push(arg);
  }
  return out;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: splitShortEquals(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/, '');
    // An unknown flag: suggest the nearest real one, as for rule ids.
    const unknown = /Unknown option '(--[^'=]+)/.exec(message)?.[1];
    const [best] = unknown ? closest(unknown.slice(2), Object.keys(OPTIONS)) : [];
    throw new UsageError(`${message}.${best ? ` Did you mean --${best}?` : ''} Run lint-payloads --help for usage.`);
  }
}

/** ESLint's --rule spellings: `id:off`, `id: off`, `{"id": "off"}`, and several at once (`a: off, b: warn`). */
function ruleSpecs(spec: string): [string, string][] {
  const text = spec.trim().replace(/^\{([\s\S]*)\}$/, '$1');
  return text.split(',').map((part) => {
    const m = /^\s*["']?([\w/@-]+)["']?\s*:\s*["']?(off|warn|error|0|1|2)["']?\s*$/.exec(part);
    if (!m) throw new UsageError(`--rule ${spec}: expected ID:off|warn|error, e.g. --rule no-deprecated-model:off.`);
    return [m[1]!, m[2]!];
  });
}

/** CLI flags over the config file. */
function effectiveConfig(values: ReturnType<typeof parse>['values'], fileConfig: Config): Config & { format: string; maxWarnings: number | undefined } {
  const config: Config = { ...fileConfig, rules: { ...fileConfig.rules }, ruleOptions: { ...fileConfig.ruleOptions } };
  if (values['api-version'] !== undefined) config.apiVersion = checkApiVersion(values['api-version'], '--api-version');
  if (values.date !== undefined) config.date = checkDate(values.date, '--date');
  if (values.kind !== undefined) config.kind = checkKind(values.kind, '--kind');
  if (values.clients !== undefined) {
    if (values.clients !== 'anthropic-only' && values.clients !== 'any-shaped') throw new UsageError(`--clients: expected anthropic-only or any-shaped, got "${values.clients}".`);
    config.clients = values.clients;
  }
  for (const [ruleId, setting] of (values.rule ?? []).flatMap(ruleSpecs)) {
    const id = ruleId.replace(/^lint-payloads\//, '');
    config.rules![id] = checkRuleEntry(id, /^\d$/.test(setting) ? Number(setting) : setting, '--rule').setting;
  }
  // ESLint's pair: the flag alone reports them as errors; the -severity form says off, warn or error.
  if (values['report-unused-disable-directives']) config.reportUnusedDisableDirectives = 'error';
  if (values['report-unused-disable-directives-severity'] !== undefined) {
    config.reportUnusedDisableDirectives = checkUnusedDirectivesSetting(values['report-unused-disable-directives-severity'], '--report-unused-disable-directives');
  }
  const format = values.format ?? 'stylish';
  if (!Object.prototype.hasOwnProperty.call(FORMATS, format) && !isFormatterPath(format)) {
    throw new UsageError(`--format: expected one of ${Object.keys(FORMATS).join(', ')}, or a formatter file (./my-formatter.js), got "${format}".`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^-?\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings: expected a whole number, got "${values['max-warnings']}".`);
    maxWarnings = Number(values['max-warnings']);
    if (maxWarnings < 0) maxWarnings = undefined; // ESLint: -1 means no limit
  }
  return { ...config, format, maxWarnings };
}

/** `--print-config [file]`: the settings, and the API version for that file (default: a file in the working folder). */
function printConfig(config: Config, file: string | undefined, cwd: string, forFile: string | undefined, ignorePatterns: string[] | undefined): string {
  const rules: Record<string, string> = {};
  const settings = effectiveRuleSettings(config.rules, config.reportUnusedDisableDirectives);
  for (const rule of RULES) rules[rule.id] = settings?.[rule.id] ?? (rule.meta.severity === 'error' ? 'error' : 'warn');
  const target = forFile ? path.resolve(cwd, forFile) : path.join(cwd, 'request.json');
  const apiVersion =
    config.apiVersion && config.apiVersion !== 'auto'
      ? { value: config.apiVersion, reason: 'set explicitly' }
      : { auto: true, ...(forFile ? { forFile: target } : {}), forThisFolder: sourceEntryFor(target)?.projectApiVersion(target, undefined) ?? projectApiVersion(target) };
  return (
    JSON.stringify(
      {
        configFile: file ?? null,
        apiVersion,
        date: config.date ?? today(),
        kind: config.kind ?? 'detected by shape',
        clients: config.clients ?? 'anthropic-only',
        ignore: config.ignore ?? [],
        ...(ignorePatterns ? { ignorePatterns } : {}),
        rules,
        ruleOptions: config.ruleOptions ?? {},
        catalogueAsOf: CATALOGUE_AS_OF,
      },
      null,
      2,
    ) + '\n'
  );
}

export async function main(argv: string[], rawIo: Io): Promise<number> {
  // Everything this process prints passes one door that redacts secrets (src/engine/redact.ts).
  const io: Io = { ...rawIo, stdout: redactingWriter(rawIo.stdout), stderr: redactingWriter(rawIo.stderr) };
  try {
    if (argv[0] === 'schema') return printSchema(argv.slice(1), io);
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values.version) {
      io.stdout(`${packageVersion()}\n${CATALOGUE_LABEL}\n`);
      return 0;
    }
    const debug = values.debug ? (line: string) => io.stderr(`lint-payloads debug: ${line}\n`) : undefined;
    const loaded = loadConfig(io.cwd, values.config);
    debug?.(`config: ${loaded.file ?? 'no config file found (from the working folder up to the repository root)'}`);
    const config = effectiveConfig(values, loaded.config);
    const builtIn = Object.prototype.hasOwnProperty.call(FORMATS, config.format);
    // Loaded before linting: a broken formatter fails fast.
    const customFormatter = builtIn ? undefined : await loadFormatter(config.format, io.cwd);
    if (values['print-config']) {
      if (positionals.length > 1) throw new UsageError('--print-config takes at most one file: the one whose settings to show.');
      io.stdout(printConfig(config, loaded.file, io.cwd, positionals[0], values['ignore-pattern']));
      return 0;
    }
    const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
    const date = config.date ?? today();
    if (values.fix && values.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run with --format json to get the fixed text.');
    if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run do not go together: --fix writes the files, --fix-dry-run only shows the fixes.');
    // Under --quiet only the errors' fixes are applied, as ESLint does: a hidden warning does not change the file.
    const fix = values.fix || values['fix-dry-run'] ? (values.quiet ? ('errors' as const) : true) : false;
    const lintOptions = {
      ...(fix ? { fix } : {}),
      ...(config.apiVersion ? { apiVersion: config.apiVersion } : {}),
      date,
      ...(config.kind ? { kind: config.kind } : {}),
      ...(config.rules ? { rules: config.rules } : {}),
      ...(config.ruleOptions ? { ruleOptions: config.ruleOptions } : {}),
      ...(config.clients ? { clients: config.clients } : {}),
      ...(config.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: config.reportUnusedDisableDirectives } : {}),
    };
    let concurrency: number | 'auto' = 'auto';
    if (values.concurrency !== undefined && values.concurrency !== 'auto') {
      if (values.concurrency === 'off') concurrency = 1;
      else if (/^[1-9]\d*$/.test(values.concurrency)) concurrency = Number(values.concurrency);
      else throw new UsageError(`--concurrency: expected a number of threads, auto or off, got "${values.concurrency}".`);
    }
    const maxFileSize = values['max-file-size'] === undefined ? {} : { maxFileSize: parseSize(values['max-file-size']) };
    const strategy = values['cache-strategy'] ?? 'content';
    if (strategy !== 'content' && strategy !== 'metadata') throw new UsageError(`--cache-strategy: expected content or metadata, got "${strategy}".`);
    const cache = values.cache ? { cache: { location: values['cache-location'] ?? DEFAULT_CACHE_FILE, strategy } as const } : {};
    if (!values.cache && (values['cache-location'] !== undefined || values['cache-strategy'] !== undefined)) {
      throw new UsageError('--cache-location and --cache-strategy take effect with --cache; add --cache.');
    }
    let results: LintResult[];
    let failed = false;
    const notices: string[] = [];
    const context = { cwd: io.cwd, color: values['output-file'] ? false : color, rules: RULES, version: packageVersion(), notices };
    const quietOf = (r: LintResult): LintResult => (values.quiet ? { ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 } : r);
    // What the exit code needs, counted as results go by: a streamed run keeps no results.
    const totals = { files: 0, errors: 0, warnings: 0, incomplete: false };
    const count = (r: LintResult): void => {
      totals.files++;
      totals.errors += r.errorCount;
      totals.warnings += r.warningCount;
      if (r.incomplete) totals.incomplete = true;
    };
    // stylish and github print each file as it is linted (--fix first writes every file, so it keeps them).
    const streamFormat = values.fix || values.stdin ? undefined : FORMAT_STREAMS[config.format];
    const streamed = streamFormat ? { printer: streamFormat(context), output: openOutput(values['output-file'], io) } : undefined;
    if (values.stdin) {
      if (positionals.length) throw new UsageError('--stdin lints standard input; do not also give paths.');
      const name = path.resolve(io.cwd, values['stdin-filename'] ?? '<stdin>.json');
      // As given: lintText lints it without a byte order mark and keeps the mark in the fixed output (--fix-dry-run), as ESLint.
      const text = await io.readStdin();
      results = [await lintText(text, name, { ...lintOptions, explicit: true, declaredRequest: true })];
      if (values['stdin-filename'] === undefined && results[0]!.fatalErrorCount > 0) {
        notices.push('Standard input was read as a JSON request body (no --stdin-filename). For JS/TS code, name it: --stdin-filename app.ts.');
      }
      for (const v of results[0]!.apiVersions) debug?.(`read standard input as ${name}: API ${v.value} (${v.reason})`);
    } else {
      // Not with --debug: its lines would be drawn over.
      const progress = io.stderrIsTTY && !debug ? progressLine(io) : undefined;
      // Only when the report streams: a report that keeps every result grows with the files anyway, and the cap costs CPU (more scavenges).
      const youngGeneration = streamed ? capYoungGeneration() : undefined;
      enableLongRunFlags();
      const onResult = streamed
        ? (r: LintResult): void => {
            count(r);
            const text = streamed.printer.file(quietOf(r));
            if (!text) return;
            if (values['output-file'] === undefined) progress?.clear();
            streamed.output.write(text);
          }
        : undefined;
      const run = await lintFiles(positionals, {
        ...lintOptions,
        cwd: io.cwd,
        concurrency,
        ...cache,
        ...maxFileSize,
        // As ESLint: --ignore-pattern is relative to the working folder, a config file's ignores to the config file's folder.
        ...(values['ignore-pattern'] ? { ignore: values['ignore-pattern'] } : {}),
        ...(config.ignore?.length ? { ignoreRules: [{ base: loaded.file ? path.dirname(loaded.file) : io.cwd, patterns: config.ignore }] } : {}),
        ...(values['no-ignore'] ? { noIgnore: true } : {}),
        ...(values['no-error-on-unmatched-pattern'] ? { errorOnUnmatchedPattern: false } : {}),
        ...(debug ? { debug } : {}),
        onProgress: (done, total) => {
          youngGeneration?.(done);
          longRunStep('file');
          progress?.update(done, total);
        },
        ...(onResult ? { onResult } : {}),
      });
      progress?.clear();
      results = run.results;
      for (const e of run.errors) io.stderr(`lint-payloads: ${e.message}\n`);
      for (const w of run.warnings) io.stderr(`lint-payloads: warning: ${w}\n`);
      for (const s of run.skipped) notices.push(`Skipped ${s}: lint-payloads reads ${ALL_EXTENSIONS.join(', ')} files.`);
      if (positionals.length) notices.push(...run.notices);
      failed = run.errors.length > 0;
      if (run.results.length === 0 && totals.files === 0 && run.errors.length === 0 && run.skipped.length === 0 && positionals.length === 0) {
        notices.push('No request or source files found under the current folder.');
      }
    }
    if (values.fix) {
      for (const [i, r] of results.entries()) {
        if (r.output === undefined) continue;
        let bytes: Buffer | undefined;
        try {
          bytes = fs.readFileSync(r.filePath);
          // Changed since it was linted (an editor saved it): its fixes would overwrite that change.
          // Decoded with its byte order mark, which the fixed text (r.output) keeps too.
          const text = KEEP_BOM.decode(bytes);
          if ((await lintText(text, r.filePath, { ...lintOptions, explicit: true })).output !== r.output) throw new FileChangedError(r.filePath);
          // And not changed while the line above ran (seconds, on a big file): the writer compares again before renaming.
          writeFileAtomically(r.filePath, r.output, { expected: bytes });
        } catch (e) {
          if (e instanceof FileChangedError) {
            io.stderr(`lint-payloads: ${e.message}\n`);
            failed = true;
            // Report what the file holds now.
            const now = readTextOrUndefined(r.filePath);
            results[i] = now === undefined ? results[i]! : await lintText(now, r.filePath, { ...lintOptions, fix: false, explicit: true });
            continue;
          }
          io.stderr(`lint-payloads: could not write the fixes to ${r.filePath}: ${(e as Error).message}\n`);
          failed = true;
          // The file still holds every mistake: report those, not what the fixed text would have left.
          if (bytes) results[i] = await lintText(new TextDecoder().decode(bytes), r.filePath, { ...lintOptions, fix: false, explicit: true });
        }
      }
    }
    const stale = staleCatalogueNotice(date);
    if (stale) notices.push(stale);
    results.forEach(count);
    if (totals.incomplete) failed = true;
    const formatStart = performance.now();
    if (streamed) {
      // Results not streamed (stdin, or kept by lintFiles) would be printed here; with a stream there are none.
      streamed.output.write(streamed.printer.end());
      streamed.output.close();
    } else {
      const shown = results.map(quietOf);
      const output = customFormatter ? await runFormatter(customFormatter, config.format, shown, context) : FORMATS[config.format]!(shown, context);
      const out = openOutput(values['output-file'], io);
      out.write(output);
      out.close();
    }
    debug?.(`phase format: ${config.format} in ${Math.round(performance.now() - formatStart)} ms`);
    if (config.format !== 'stylish' || values['output-file']) for (const n of notices) io.stderr(`${n}\n`);
    if (failed) return 2;
    if (totals.errors > 0) return 1;
    if (config.maxWarnings !== undefined && totals.warnings > config.maxWarnings) {
      io.stderr(`lint-payloads found too many warnings (maximum: ${config.maxWarnings}).\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof FormatterError) {
      io.stderr(`lint-payloads: ${e.message}\n`);
      return 2;
    }
    io.stderr(`lint-payloads: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 2;
  }
}

