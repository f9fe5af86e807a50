/**
 * Loads a big CommonJS file (a precompiled validator, the bundled CLI) with the
 * V8 code cache made for it at build time (`<file>.v8cache`), so its code is not
 * parsed and compiled again on every start. A missing cache, or one another
 * Node.js version made (V8 rejects it), only costs the compile a `require` does.
 */
import type vmTypes from 'node:vm';

// Not ES imports: an ES module importing `node:fs` makes Node load all of it (fs/promises, streams, readline: ~4 ms),
// and this module starts the bundled CLI.
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');
const vm = process.getBuiltinModule('node:vm');
const { isAscii } = process.getBuiltinModule('node:buffer');
const { createRequire } = process.getBuiltinModule('node:module');

/**
 * The code is wrapped as Node wraps a CommonJS module, with one more parameter:
 * `import()` inside a `vm.Script` fails on Node 20 (it needs an experimental
 * flag), so the code calls this function instead (scripts/bundle-cli.ts
 * rewrites the bundle's one dynamic import of a user's file to it).
 */
export const IMPORT_PARAMETER = '__lintPayloadsImport';

const wrap = (code: string): string => `(function (exports, require, module, __filename, __dirname, ${IMPORT_PARAMETER}) {${code}\n})`;

export interface LoadedCommonJs {
  exports: unknown;
  /** For the build: `script.createCachedData()` once the code has run what a typical run runs. */
  script: vmTypes.Script;
}

/** `import()` from the file that loads the script: used for absolute `file:` URLs only. */
export type ImportModule = (specifier: string) => Promise<unknown>;

/**
 * For the build: non-ASCII characters as \u escapes, which mean the same in
 * string, template and regular expression literals and in comments (not in a
 * String.raw template). An ASCII file is read into a one-byte string without
 * decoding, and V8 checks it against its cache faster: ~3 ms a start for 1 MB.
 */
export function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readSource(file: string): string {
  const bytes = fs.readFileSync(file);
  // ASCII (the build escapes everything else) becomes a one-byte string without decoding, and V8 hashes it faster.
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

export function loadCommonJs(file: string, options: { importModule?: ImportModule; noCache?: boolean } = {}): LoadedCommonJs {
  let cachedData: Buffer | undefined;
  if (!options.noCache) {
    try {
      cachedData = fs.readFileSync(`${file}.v8cache`);
    } catch {
      // No cache: compiled as usual.
    }
  }
  const script = new vm.Script(wrap(readSource(file)), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  const importModule: ImportModule =
    options.importModule ??
    (() => {
      throw new Error(`${file}: dynamic import() is not available in a script loaded with a code cache`);
    });
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), importModule);
  return { exports: module.exports, script };
}
