/**
 * `--cache`: remember each file's result and skip the files that did not change
 * since the last run with the same linter build and the same settings (what
 * ESLint's `--cache` does). Off by default: a run without it never reads or
 * writes anything but the files it lints and the report.
 *
 * A file's entry is keyed by its path and a key of its state: a hash of its text
 * (`content`, the default: right after `git checkout` or in CI, where
 * modification times change without the content), or its size and modification
 * time (`metadata`: the file is not even read when it did not change). The key
 * also holds the file's API version under `auto` (a project manifest can change
 * without the file), and whether the file was named explicitly.
 *
 * The whole cache is dropped when its fingerprint differs: linter version and
 * build (content hash), every setting that changes findings, and the date as far
 * as a clean file is concerned (catalogueEpoch); a file with findings is also
 * keyed on the exact day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { redactSecrets } from '../engine/redact.js';
import type { LintResult } from './results.js';
import { buildHash } from './build-hash.js';
import { CATALOGUE_AS_OF, STALE_AFTER_DAYS } from '../catalogue/catalogue.js';
import { MODELS } from '../catalogue/models-data.js';

export type CacheStrategy = 'content' | 'metadata';

export interface CacheOptions {
  /** A file, or a folder to hold `.lintpayloadscache` (default: `.lintpayloadscache` in the working folder). */
  location: string;
  strategy: CacheStrategy;
}

export const DEFAULT_CACHE_FILE = '.lintpayloadscache';

interface CacheFile {
  fingerprint: string;
  entries: Record<string, { key: string; result: Omit<LintResult, 'filePath'> }>;
}

/** The build of the linter: its version and a hash of its compiled files' content (the same after `npm ci`, a new one after any change). */
function buildStamp(version: string): string {
  return `${version}|${buildHash()}`;
}

/** Days on which a finding about a model can change: a release, deprecation or retirement, the day after the catalogue's as-of date, the day it goes stale. */
function catalogueBoundaries(): string[] {
  const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const days = new Set<string>([addDays(CATALOGUE_AS_OF, 1), addDays(CATALOGUE_AS_OF, STALE_AFTER_DAYS + 1)]);
  for (const m of MODELS) for (const d of [m.release_date, m.deprecation_date, m.retirement_date]) if (d) days.add(d);
  return [...days].sort();
}

let boundaries: string[] | undefined;

/**
 * The date as far as a file without findings is concerned: the last boundary on or
 * before it. A clean file stays clean until a model is released, deprecated or
 * retired, so a cache keyed on this survives from one day to the next; a file with
 * findings is keyed on the exact day too (a message may count the days left).
 */
export function catalogueEpoch(date: string): string {
  boundaries ??= catalogueBoundaries();
  let epoch = 'before-catalogue';
  for (const day of boundaries) if (day <= date) epoch = day;
  return `catalogue-epoch:${epoch}`;
}

// node:crypto is loaded when first used (not at start: ~5 ms a run that never hashes does not pay).
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto');
// crypto.hash (Node ≥ 20.12) is the one-shot form: a fraction of createHash's cost per small file.
type OneShotHash = (algorithm: string, data: Uint8Array, encoding: 'base64') => string;
let oneShot: OneShotHash | null | undefined;
function hashBytes(bytes: Uint8Array): string {
  oneShot ??= (crypto() as { hash?: OneShotHash }).hash ?? null;
  return oneShot ? oneShot('sha1', bytes, 'base64') : crypto().createHash('sha1').update(bytes).digest('base64');
}

export function cacheFilePath(location: string, cwd: string): string {
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

export class ResultCache {
  private entries: CacheFile['entries'] = Object.create(null) as CacheFile['entries'];
  private readonly fingerprint: string;
  /** Entries of files seen in this run; the others are kept on save while their file exists. */
  private readonly seen = new Set<string>();
  /** Whether this run changed anything: a run where every file was a hit writes nothing. */
  private dirty = false;
  /** Why the cache location cannot hold a cache (a FIFO, a device), if it cannot. */
  private unusable: string | undefined;

  constructor(
    readonly file: string,
    readonly strategy: CacheStrategy,
    settings: unknown,
    version: string,
  ) {
    this.fingerprint = JSON.stringify([buildStamp(version), strategy, settings]);
    const read = readCacheFile(file);
    const stored = read.stored;
    this.unusable = read.unusable;
    if (stored && stored.fingerprint === this.fingerprint && stored.entries && typeof stored.entries === 'object') {
      Object.assign(this.entries, stored.entries);
    } else {
      this.dirty = true;
    }
  }

  /** The key of a file's state; its bytes are needed for the content strategy. */
  keyOf(filePath: string, extra: string, bytes?: Uint8Array): string | undefined {
    if (this.strategy === 'metadata') {
      try {
        const stat = fs.statSync(filePath);
        return `${stat.size}:${stat.mtimeMs}|${extra}`;
      } catch {
        return undefined;
      }
    }
    if (bytes === undefined) return undefined;
    return `${hashBytes(bytes)}|${extra}`;
  }

  get(filePath: string, key: string | undefined): LintResult | undefined {
    if (key === undefined) return undefined;
    const entry = this.entries[filePath];
    // The file is anyone's to edit: an entry that is not a well-formed result is a miss.
    if (!entry || entry.key !== key || !isCachedResult(entry.result)) return undefined;
    this.seen.add(filePath);
    return { filePath, ...entry.result };
  }

  set(result: LintResult, key: string | undefined): void {
    // A file that could not be fully checked is checked again next time; a fixed one is about to change.
    const { filePath, ...rest } = result;
    this.seen.add(filePath);
    this.dirty = true;
    if (key === undefined || result.incomplete || result.output !== undefined) delete this.entries[filePath];
    else this.entries[filePath] = { key, result: rest };
  }

  /**
   * Writes the entries of this run (atomically: a crash never leaves half a
   * cache). A cache that cannot be written costs the next run time, never this
   * run's report: the reason comes back as a warning.
   */
  save(): string | undefined {
    if (this.unusable) return `the cache was not written to ${this.file}: ${this.unusable}.`;
    try {
      this.write();
      return undefined;
    } catch (e) {
      return `the cache was not written to ${this.file}: ${(e as Error).message}.`;
    }
  }

  private write(): void {
    // A run over a few files (a pre-commit hook) keeps what it did not see, unless the file is gone.
    for (const filePath of Object.keys(this.entries)) {
      if (!this.seen.has(filePath) && !fs.existsSync(filePath)) {
        delete this.entries[filePath];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = { fingerprint: this.fingerprint, entries: this.entries };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeCacheFile(this.file, redactSecrets(JSON.stringify(data)));
  }
}

/**
 * Reads the cache file. Only a regular file is a cache: reading a FIFO would
 * wait forever, and a symbolic link (which a repository can commit, pointing at
 * any file of the user's) is never followed, for reading or writing.
 */
function readCacheFile(file: string): { stored?: CacheFile; unusable?: string } {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return {}; // no cache yet
  }
  if (stat.isSymbolicLink()) return { unusable: 'it is a symbolic link (a cache is never written through a link)' };
  if (!stat.isFile()) return { unusable: 'it is not a regular file' };
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return isCacheFile(stored) ? { stored } : {};
  } catch {
    return {}; // unreadable or not JSON: start empty (it is rewritten on save)
  }
}

/** Writes beside the cache and renames over it: a crash never leaves half a cache, and a link planted at the temporary name is not followed. */
function writeCacheFile(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o644);
    try {
      fs.writeSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.fingerprint === 'string' && typeof v.entries === 'object' && v.entries !== null && !Array.isArray(v.entries);
}

const isCount = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isPosition = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 1;

function isTextFix(f: unknown): boolean {
  if (typeof f !== 'object' || f === null) return false;
  const { range, text } = f as Record<string, unknown>;
  return Array.isArray(range) && range.length === 2 && range.every(isCount) && typeof text === 'string';
}

function isMessage(m: unknown): boolean {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as Record<string, unknown>;
  return (
    (x.ruleId === null || typeof x.ruleId === 'string') &&
    (x.severity === 1 || x.severity === 2) &&
    typeof x.message === 'string' &&
    [x.line, x.column, x.endLine, x.endColumn].every(isPosition) &&
    (x.pointer === undefined || typeof x.pointer === 'string') &&
    (x.messageId === undefined || typeof x.messageId === 'string') &&
    (x.fatal === undefined || x.fatal === true) &&
    (x.fix === undefined || isTextFix(x.fix)) &&
    (x.suggestions === undefined || (Array.isArray(x.suggestions) && x.suggestions.every((s) => typeof s === 'object' && s !== null && typeof (s as { desc?: unknown }).desc === 'string' && isTextFix((s as { fix?: unknown }).fix))))
  );
}

/** A stored result with the shape of a result, and counts that agree with its messages. */
function isCachedResult(r: unknown): r is Omit<LintResult, 'filePath'> {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  if (!Array.isArray(x.messages) || !x.messages.every(isMessage) || !Array.isArray(x.apiVersions)) return false;
  if (!x.apiVersions.every((v) => typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'string' && typeof (v as { reason?: unknown }).reason === 'string')) return false;
  const messages = x.messages as LintResult['messages'];
  const count = (f: (m: LintResult['messages'][number]) => boolean): number => messages.filter(f).length;
  return (
    x.errorCount === count((m) => m.severity === 2) &&
    x.warningCount === count((m) => m.severity === 1) &&
    x.fatalErrorCount === count((m) => m.fatal === true) &&
    x.fixableErrorCount === count((m) => m.severity === 2 && m.fix !== undefined) &&
    x.fixableWarningCount === count((m) => m.severity === 1 && m.fix !== undefined) &&
    x.output === undefined &&
    x.incomplete === undefined
  );
}
