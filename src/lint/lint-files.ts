/**
 * Paths and globs → results for every file found. Each file is read and
 * checked on its own: a file that cannot be read or decoded becomes one
 * message for that file, and the run goes on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { discover, type DiscoveryError, type FileToLint, type IgnoreRules } from './discover.js';
import { lintFileText, lintJsonlFile, today, type LintOptions } from './lint-text.js';
import { emptyResult, tally, type LintResult } from './results.js';
import { cacheFilePath, catalogueEpoch, ResultCache, type CacheOptions } from './cache.js';
import { JSON_EXTENSIONS, sourceEntryFor } from '../sources/index.js';
import { looksLikeRequestText } from '../sources/json/detect.js';
import { packageVersion } from '../package-info.js';
import { idleCoreCount, lintWithParseThread, ParseThreadDuringWalk, PARSE_THREAD_MIN_FILES, wantsParseThread } from './parse-thread.js';
import { compileCacheStats, saveCompileCache } from '../sources/js/compile-cache.js';
import { keepDefaultV8Flags } from './long-run.js';

/** The sources of request files: a run of only these may tune V8 for its length (long-run.ts). */
const REQUEST_SOURCES = new Set(['json', 'jsonl']);

export interface LintFilesOptions extends LintOptions {
  cwd?: string;
  /**
   * More files to skip: .gitignore-style patterns relative to `cwd` (as ESLint's
   * `--ignore-pattern`). The defaults skip node_modules, VCS folders, build output
   * and dot-folders, and .gitignore is honoured.
   */
  ignore?: string[];
  /** Ignore patterns relative to another folder (a config file's `ignore`, relative to the config file). */
  ignoreRules?: IgnoreRules[];
  /** Lint what the defaults, .gitignore and ignore patterns skip (`--no-ignore`). */
  noIgnore?: boolean;
  /** A path or glob that matches nothing is an error (default true, as ESLint's `errorOnUnmatchedPattern`); false makes it a notice. */
  errorOnUnmatchedPattern?: boolean;
  /** Receives one line per fact (`--debug`): what was read, skipped and why, which API version, timings. */
  debug?: (line: string) => void;
  /** Called after each file is linted (a progress line); with threads, as each thread finishes. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Receives every file's result, in the report's order, and the run keeps none
   * (its `results` is empty): a formatter that prints per file then holds no
   * results. Given as each file is linted on one thread without a cache or --debug;
   * otherwise all at the end.
   */
  onResult?: (result: LintResult) => void;
  /** Threads for large runs: a number, or 'auto' (default: one per core, up to 4, once there are enough files). */
  concurrency?: number | 'auto';
  /** Skip files unchanged since the last run with the same settings (off by default). */
  cache?: CacheOptions;
  /** JS/TS files larger than this many bytes are not linted (minified or generated code), with a notice; default 1 MB. */
  maxFileSize?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 1_000_000;

/**
 * JS/TS files over the size limit: a minified bundle cannot hold a call anyone
 * wrote, and parsing 10 MB of it took 86 s and 2.9 GB. Request files (JSON) are
 * not limited: a body with images is large by nature.
 */
function overSizeLimit(files: FileToLint[], limit: number, cwd: string): { kept: FileToLint[]; notices: string[] } {
  const kept: FileToLint[] = [];
  const notices: string[] = [];
  for (const f of files) {
    let size = 0;
    // JS/TS only: a notebook is large with its outputs, a Python file is never minified.
    if (sourceEntryFor(f.path)?.name === 'js') {
      try {
        size = fs.statSync(f.path).size;
      } catch {
        // unreadable: reported when linted
      }
    }
    if (size > limit) notices.push(`Skipped ${relativePath(f.path, cwd)}: ${size.toLocaleString('en-US')} bytes is over --max-file-size (${limit.toLocaleString('en-US')}); minified or generated code is not linted.`);
    else kept.push(f);
  }
  return { kept, notices };
}

export interface LintRun {
  results: LintResult[];
  /** Paths or patterns that matched nothing or could not be read. */
  errors: DiscoveryError[];
  /** Files named explicitly whose type lint-payloads does not read. */
  skipped: string[];
  /** Said on stderr, changing nothing in the results (a cache that could not be written). */
  warnings: string[];
  /** Said with the report: a folder or glob that gave no file to lint. */
  notices: string[];
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function fileProblem(filePath: string, message: string): LintResult {
  const result = emptyResult(filePath);
  result.messages.push({ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 });
  return tally(result);
}

/** Keeps a byte order mark: lintText lints past it and puts it back on the fixed text, as ESLint does. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Reads one file's bytes; a file that cannot be read becomes a problem for that file. */
export function readBytes(filePath: string): { bytes: Buffer } | { problem: LintResult } {
  try {
    return { bytes: fs.readFileSync(filePath) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'EACCES' || err.code === 'EPERM'
        ? 'permission denied'
        : err.code === 'ELOOP'
          ? 'a symbolic link loop'
          : err.code === 'ENOENT'
            ? 'the file disappeared while linting'
            : err.code === 'EISDIR'
              ? 'a directory'
              : (err.message ?? String(e));
    const problem = fileProblem(filePath, `Could not read the file: ${why}.`);
    problem.incomplete = true;
    return { problem };
  }
}

/** Decodes a file's bytes as UTF-8; undefined when a walked file is not text (skipped silently). */
export function decodeForLint(filePath: string, bytes: Buffer, explicit: boolean): { text: string } | { problem: LintResult } | undefined {
  // Native check first; the byte-by-byte search only runs to say where a bad file breaks.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    if (!explicit) return undefined;
    const binary = bytes.subarray(0, 8000).includes(0);
    return {
      problem: fileProblem(
        filePath,
        binary
          ? 'This is a binary file, not a JSON request body.'
          : `The file is not valid UTF-8 (first bad byte at offset ${bad}); the API accepts UTF-8 JSON only.`,
      ),
    };
  }
  return { text: decoder.decode(bytes) };
}

/** As UTF-8 text (an object, not 'utf8': node copies its defaults for a string, per call). */
const READ_TEXT = { encoding: 'utf8', flag: 'r' } as const;

/** Reads and decodes one file; undefined when a walked file is not text (skipped silently). */
export function readForLint(filePath: string, explicit: boolean): { text: string } | { problem: LintResult } | undefined {
  // Nearly every file is valid UTF-8: read as text in one native call (no buffer to check and
  // decode in two more passes). Invalid bytes decode to U+FFFD, so only a text holding one is
  // read again as bytes, to tell a written U+FFFD from a bad byte and say where it is.
  let text: string | undefined;
  try {
    text = fs.readFileSync(filePath, READ_TEXT);
  } catch {
    // Said as the byte path says it, below.
  }
  if (text !== undefined && !text.includes('\uFFFD')) return { text };
  const read = readBytes(filePath);
  return 'problem' in read ? read : decodeForLint(filePath, read.bytes, explicit);
}

/** A file to lint; with a cache, its key, and its text when the cache already read it. */
export interface PendingFile extends FileToLint {
  text?: string;
  cacheKey?: string;
}

/**
 * Reads and lints one file; undefined when a walked file turns out not to be text.
 * Whatever goes wrong inside becomes a message for this file: one file never takes
 * the other files' results down with it.
 */
export async function lintOneFile(file: PendingFile, options: LintOptions): Promise<LintResult | undefined> {
  try {
    return await readAndLint(file, options);
  } catch (error) {
    const problem = fileProblem(file.path, `Internal error while checking this file (please report it): ${error instanceof Error ? error.message : String(error)}`);
    problem.incomplete = true;
    return problem;
  }
}

async function readAndLint(file: PendingFile, options: LintOptions): Promise<LintResult | undefined> {
  let text = file.text;
  if (text === undefined && !options.fix && sourceEntryFor(file.path)?.name === 'jsonl') {
    // A JSONL file is read and checked a window at a time (a batch file may be 256 MB); a result naming nothing is accounted for from the whole text below.
    const streamed = await lintJsonlFile(file.path, { ...options, explicit: file.explicit }).catch((e: NodeJS.ErrnoException) => (e.code ? undefined : Promise.reject(e)));
    if (streamed && (!file.explicit || streamed.messages.length > 0 || streamed.apiVersions.length > 0)) return streamed;
  }
  if (text === undefined) {
    const read = readForLint(file.path, file.explicit);
    if (!read) return undefined;
    if ('problem' in read) return read.problem;
    text = read.text;
  }
  // The run's own options object: what is derived from it is built once per run, not per file.
  // With its byte order mark, if it has one: lintFileText lints past it and keeps it in the fixed text.
  const result = await lintFileText(text, file.path, options, file.explicit);
  return file.explicit ? accountedFor(result, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) : result;
}

/**
 * A request file the user named is never passed over in silence: when nothing
 * in it was checked, a message says why (an error only when it is evidently a
 * request). Files found by walking a folder stay silent: most JSON is not ours.
 */
function accountedFor(result: LintResult, text: string): LintResult {
  if (result.messages.length > 0 || result.apiVersions.length > 0) return result;
  if (!JSON_EXTENSIONS.some((e) => result.filePath.toLowerCase().endsWith(e))) return result;
  if (text.trim() === '') return result;
  let severity: 1 | 2 = 1;
  let why: string;
  if (text.includes('\u0000')) {
    // UTF-16 without a byte order mark decodes as UTF-8 with a NUL beside every ASCII character.
    const stripped = text.replace(/\u0000/g, '');
    const utf16 = (text.length - stripped.length) * 2 >= text.length - 2; // about every other character is a NUL
    if (looksLikeRequestText(stripped)) severity = 2;
    why = utf16
      ? 'the file looks like UTF-16 text without a byte order mark; the API accepts UTF-8 JSON only'
      : 'the file holds NUL bytes, so it is not JSON text';
  } else {
    let parsed = true;
    try {
      JSON.parse(text);
    } catch {
      parsed = false;
    }
    why = parsed
      ? 'it is JSON but not a request body (an object with "messages", or "model" and "max_tokens") nor a batch'
      : 'it is not valid JSON, and does not look like a request body';
  }
  return tally({
    ...result,
    messages: [{ ruleId: null, severity, message: `Not checked: ${why}.`, line: 1, column: 1, endLine: 1, endColumn: 1, ...(severity === 2 ? { fatal: true as const } : {}) }],
  });
}

/** Below this many files per thread, starting a thread costs more than it saves. */
const FILES_PER_THREAD = 250;

function threadCount(files: number, concurrency: number | 'auto' | undefined): number {
  if (typeof concurrency === 'number') return Math.max(1, Math.floor(concurrency));
  // V8 already keeps about one more core busy (GC, optimizing compiler): on two
  // cores a second lint thread measured slower, not faster.
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 3) return 1;
  return Math.max(1, Math.min(cores - 1, 4, Math.floor(files / FILES_PER_THREAD)));
}

/** Deals files to threads largest first, so each thread gets a similar amount of bytes. */
function shares(files: PendingFile[], n: number): PendingFile[][] {
  const sized = files.map((f) => {
    let size = 0;
    try {
      size = fs.statSync(f.path).size;
    } catch {
      // unreadable: reported when linted
    }
    return { f, size };
  });
  sized.sort((a, b) => b.size - a.size);
  const out: { files: PendingFile[]; bytes: number }[] = Array.from({ length: n }, () => ({ files: [], bytes: 0 }));
  for (const { f, size } of sized) {
    const lightest = out.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(f);
    lightest.bytes += size;
  }
  return out.map((o) => o.files);
}

function runInWorker(files: PendingFile[], options: LintOptions): Promise<LintResult[]> {
  return new Promise((resolve, reject) => {
    // Loaded here, not at start: most runs use one thread.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { files, options } });
    worker.once('message', (results: LintResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`lint worker exited with code ${code}`));
    });
  });
}

/**
 * A cached result's key: a clean result holds until the catalogue epoch changes (in
 * the fingerprint); one with findings also names the day, since a message may say
 * how many days are left before a retirement.
 */
function entryKey(key: string | undefined, result: LintResult, options: LintOptions): string | undefined {
  return key === undefined || result.messages.length === 0 ? key : `${key}|day:${options.date ?? today()}`;
}

function cachedResult(cache: ResultCache, filePath: string, key: string | undefined, options: LintOptions): LintResult | undefined {
  if (key === undefined) return undefined;
  return cache.get(filePath, key) ?? cache.get(filePath, `${key}|day:${options.date ?? today()}`);
}

/** Under --fix, a cached result with something to fix is not an answer: the file must be fixed. */
function usable(hit: LintResult | undefined, options: LintOptions): LintResult | undefined {
  return hit && options.fix && hit.fixableErrorCount + hit.fixableWarningCount > 0 ? undefined : hit;
}

/**
 * With a cache: the results of unchanged files, and the files left to lint.
 * Under the content strategy a file is read once, here, and linted from that text.
 */
function fromCache(files: FileToLint[], cache: ResultCache, options: LintOptions): { results: LintResult[]; todo: PendingFile[] } {
  const results: LintResult[] = [];
  const todo: PendingFile[] = [];
  const auto = !options.apiVersion || options.apiVersion === 'auto';
  for (const file of files) {
    // What else decides a file's findings: its project manifest under auto, and whether it was named.
    let extra = file.explicit ? 'e' : 'w';
    const entry = auto ? sourceEntryFor(file.path) : undefined;
    if (entry) {
      // The manifests of the file's own ecosystem decide (a Python file never reads package.json).
      const v = entry.projectApiVersion(file.path, undefined);
      extra += `|${v.value}|${v.reason}`;
      // In source files, calls on Bedrock and Vertex clients follow their own packages' versions.
      if (entry.sdk !== undefined) {
        for (const p of [entry.projectApiVersion(file.path, 'bedrock'), entry.projectApiVersion(file.path, 'vertex')]) extra += `|${p.value}|${p.reason}`;
      }
    }
    if (cache.strategy === 'metadata') {
      const key = cache.keyOf(file.path, extra);
      const hit = usable(cachedResult(cache, file.path, key, options), options);
      if (hit) results.push(hit);
      else todo.push({ ...file, cacheKey: key });
      continue;
    }
    const read = readBytes(file.path);
    if ('problem' in read) {
      results.push(read.problem);
      continue;
    }
    // The key hashes the bytes: a hit needs no decoding.
    const key = cache.keyOf(file.path, extra, read.bytes);
    const hit = usable(cachedResult(cache, file.path, key, options), options);
    if (hit) {
      results.push(hit);
      continue;
    }
    const decoded = decodeForLint(file.path, read.bytes, file.explicit);
    if (!decoded) continue;
    if ('problem' in decoded) {
      cache.set(decoded.problem, entryKey(key, decoded.problem, options));
      results.push(decoded.problem);
    } else {
      todo.push({ ...file, text: decoded.text, cacheKey: key });
    }
  }
  return { results, todo };
}

export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const started = performance.now();
  const { concurrency, ignore: _ignore, ignoreRules: _rules, noIgnore: _noIgnore, errorOnUnmatchedPattern: _unmatched, debug: _debug, onProgress, onResult, cwd: _cwd, cache: cacheOptions, maxFileSize, ...lintOptions } = options;
  // The parse helper thread (parse-thread.ts) runs where the run is on one thread, which `auto` means with fewer than
  // 3 cores. How idle the machine is while the files are found decides it, and it may start during the walk (its
  // start and the parser's loading then overlap the rest of the walk).
  const duringWalk = (concurrency === undefined || concurrency === 'auto') && os.availableParallelism() < 3 ? new ParseThreadDuringWalk(lintOptions, lintOneFile) : undefined;
  const ignore: IgnoreRules[] = [...(options.ignoreRules ?? []), ...(options.ignore?.length ? [{ base: cwd, patterns: options.ignore }] : [])];
  const found = await discover(patterns.length ? patterns : ['.'], {
    cwd,
    ignore,
    ...(options.noIgnore ? { noIgnore: true } : {}),
    ...(options.errorOnUnmatchedPattern === false ? { allowUnmatched: true } : {}),
    ...(options.debug ? { debug: options.debug } : {}),
    ...(duringWalk ? { onWalked: duringWalk.onFile } : {}),
  });
  const debug = options.debug;
  let phaseStart = started;
  /** --debug: how long the phase that just ended took. */
  const phase = (name: string, what: string): void => {
    const now = performance.now();
    debug?.(`phase ${name}: ${what} in ${Math.round(now - phaseStart)} ms`);
    phaseStart = now;
  };
  phase('discover', `${found.files.length} files to lint`);
  if (found.files.some((f) => !REQUEST_SOURCES.has(sourceEntryFor(f.path)?.name ?? ''))) keepDefaultV8Flags();
  const sized = overSizeLimit(found.files, maxFileSize ?? DEFAULT_MAX_FILE_SIZE, cwd);
  let files: PendingFile[] = sized.kept;
  let cached: LintResult[] = [];
  let cache: ResultCache | undefined;
  if (cacheOptions) {
    const { date, apiVersion, kind, rules, ruleOptions, clients, reportUnusedDisableDirectives } = lintOptions;
    // The day only as far as a clean file is concerned; files with findings are keyed on the day (entryKey).
    cache = new ResultCache(cacheFilePath(cacheOptions.location, cwd), cacheOptions.strategy, { date: catalogueEpoch(date ?? today()), apiVersion, kind, rules, ruleOptions, clients, reportUnusedDisableDirectives }, packageVersion());
    ({ results: cached, todo: files } = fromCache(files, cache, lintOptions));
    debug?.(`cache ${cache.file}: ${cached.length} files unchanged, ${files.length} to lint`);
    phase('cache', `${cached.length} hits`);
  }
  const threads = threadCount(files.length, concurrency);
  debug?.(`threads: ${threads} for ${files.length} files (--concurrency ${concurrency ?? 'auto'})`);
  let results: LintResult[];
  // Files are linted in the order they were found, which is the report's: each result can go out at once.
  const streaming = onResult !== undefined && threads <= 1 && !cache && !debug;
  let linted = 0;
  if (threads <= 1) {
    results = [];
    const done = (file: PendingFile, result: LintResult | undefined, i: number): void => {
      if (result) linted++;
      if (result && streaming) onResult(result);
      else if (result) results.push(result);
      if (result && cache) cache.set(result, entryKey(file.cacheKey, result, lintOptions));
      onProgress?.(i + 1, files.length);
    };
    // Files needing the JS parser on a helper thread, overlapping with the walk (parse-thread.ts).
    const started = files.length >= PARSE_THREAD_MIN_FILES ? duringWalk?.helper : undefined;
    if (started || wantsParseThread(concurrency, threads, files.length, () => idleCoreCount(duringWalk?.since))) {
      debug?.(`parse thread: ${started ? 'started during the walk' : 'started after it'}`);
      const helped = await lintWithParseThread(files, lintOptions, lintOneFile, readForLint, done, started);
      debug?.(`parse thread: linted ${helped} files that need the JS parser`);
    } else for (const [i, file] of files.entries()) done(file, await lintOneFile(file, lintOptions), i);
  } else {
    // The main thread takes one share itself while the workers start.
    const [own, ...others] = shares(files, threads);
    let done = 0;
    const pending = others.map((share) => runInWorker(share, lintOptions).then((r) => (onProgress?.((done += share.length), files.length), r)));
    const mine: LintResult[] = [];
    for (const file of own!) {
      const result = await lintOneFile(file, lintOptions);
      if (result) mine.push(result);
      onProgress?.(++done, files.length);
    }
    results = [mine, ...(await Promise.all(pending))].flat();
    if (cache) {
      const keys = new Map(files.map((f) => [f.path, f.cacheKey]));
      for (const r of results) cache.set(r, entryKey(keys.get(r.filePath), r, lintOptions));
    }
  }
  // A helper started during the walk for a run that turned out not to want it (fewer files once cached or too large).
  void duringWalk?.helper?.close();
  phase('lint', `${linted || results.length} files`);
  // The JS parser's compile cache, now that the run's parses compiled what they use (written only when missing or stale).
  saveCompileCache();
  const compileCache = compileCacheStats();
  if (compileCache?.mode === 'v8') debug?.(`compile cache ${compileCache.dir}: ${compileCache.compiled} parser modules compiled, ${compileCache.fromCache} from the cache, ${compileCache.rejected} rejected${compileCache.written ? ', written' : ''}`);
  else if (compileCache) debug?.(`compile cache: ${compileCache.mode === 'node' ? `Node's own, in ${compileCache.dir}` : 'off'}`);
  if (debug) describeResults(debug, files, results, cached);
  const warnings: string[] = [];
  if (cache) {
    const problem = cache.save();
    if (problem) warnings.push(problem);
    // The order of a run without the cache: the order files were found in.
    const byPath = new Map([...cached, ...results].map((r) => [r.filePath, r]));
    results = found.files.flatMap((f) => byPath.get(f.path) ?? []);
  }
  if (threads > 1) results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  if (onResult && !streaming) {
    for (const r of results) onResult(r);
    results = [];
  }
  return { results, errors: found.errors, skipped: found.skipped, warnings, notices: [...found.notices, ...sized.notices] };
}

/** --debug: per file, what was done with it and which API version it was checked against, and why. */
function describeResults(debug: (line: string) => void, linted: FileToLint[], results: LintResult[], cached: LintResult[]): void {
  const byPath = new Map(results.map((r) => [r.filePath, r]));
  const describe = (r: LintResult): string => {
    if (r.skipped) return `not checked: ${r.skipped}`;
    const versions = r.apiVersions.map((v) => `API ${v.value} (${v.reason})`).join('; ');
    const problems = `${r.messages.length} problem${r.messages.length === 1 ? '' : 's'}`;
    return versions ? `${problems}; ${versions}` : `${problems}; no request found in it`;
  };
  for (const r of cached) debug(`cached ${r.filePath}: ${describe(r)}`);
  for (const f of linted) {
    const r = byPath.get(f.path);
    debug(r ? `read ${f.path}: ${describe(r)}` : `skipped ${f.path}: not UTF-8 text (found by walking, so not reported)`);
  }
}

export function relativePath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  return rel.startsWith('..') ? filePath : rel;
}
