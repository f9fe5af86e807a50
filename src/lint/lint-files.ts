/**
 * Paths and globs → results for every file found. Each file is read and
 * checked on its own: a file that cannot be read or decoded becomes one
 * message for that file, and the run goes on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { discover, type DiscoveryError } from './discover.js';
import { lintText, type LintOptions } from './lint-text.js';
import { emptyResult, tally, type LintResult } from './results.js';

export interface LintFilesOptions extends LintOptions {
  cwd?: string;
  /** Extra ignore globs (the defaults skip node_modules, .git and build output). */
  ignore?: string[];
}

export interface LintRun {
  results: LintResult[];
  /** Paths or patterns that matched nothing or could not be read. */
  errors: DiscoveryError[];
  /** Files named explicitly whose type lint-payloads does not read. */
  skipped: string[];
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

const decoder = new TextDecoder('utf-8');

/** Reads and decodes one file; undefined when a walked file is not text (skipped silently). */
export function readForLint(filePath: string, explicit: boolean): { text: string } | { problem: LintResult } | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
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
  const bad = firstInvalidUtf8(bytes);
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

export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const found = await discover(patterns.length ? patterns : ['.'], { cwd, ...(options.ignore ? { ignore: options.ignore } : {}) });
  const results: LintResult[] = [];
  for (const file of found.files) {
    const read = readForLint(file.path, file.explicit);
    if (!read) continue;
    if ('problem' in read) {
      results.push(read.problem);
      continue;
    }
    results.push(await lintText(read.text, file.path, { ...options, explicit: file.explicit }));
  }
  return { results, errors: found.errors, skipped: found.skipped };
}

export function relativePath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  return rel.startsWith('..') ? filePath : rel;
}
