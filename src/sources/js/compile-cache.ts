/**
 * A compile cache for the JS/TS parser's modules (typescript.js above all, 9 MB,
 * then typescript-estree, scope-manager and their dependencies: ~300 files).
 * Compiling them is a third of loading the parser (~0.1 s of ~0.3 s, more under
 * load), and the functions a parse compiles lazily cost the first parses more.
 *
 * Where: `node_modules/.cache/lint-payloads/` of the project whose node_modules
 * holds the resolved `typescript` (the find-cache-dir convention of Babel, AVA,
 * nyc), never a shared temporary folder.
 *
 * - Node.js ≥ 22.1: `module.enableCompileCache(dir)`, Node's own.
 * - Node.js 20: while the parser loads, CommonJS modules are compiled as a
 *   `vm.Script` with V8's cached data (the technique of `v8-compile-cache`);
 *   after the run's parses, `script.createCachedData()` (which then holds the
 *   lazily compiled functions too) is written, once, as one file per Node.js
 *   version and architecture, each module's entry keyed by its path, size and
 *   modification time and checked by a CRC before V8 sees it. The file is
 *   written only when an entry was missing, stale or rejected by V8 (another
 *   V8 flag set), atomically (a temporary file renamed).
 *
 * Any failure (a read-only tree, EACCES, ENOSPC, a corrupt file) is silent: the
 * run is the same as without a cache. `LINT_PAYLOADS_NO_COMPILE_CACHE=1` turns
 * it off. Per thread: the parse helper thread (src/lint/parse-worker.ts) keeps
 * its own, and the state is on `globalThis` because a thread may hold this
 * module twice (the bundled CLI's copy and the unbundled one).
 */
import type vmTypes from 'node:vm';

// Not ES imports: this module is part of the bundled CLI's start (see src/engine/code-cache.ts); zlib (~2 ms) is loaded
// only with a cache file to read or write.
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');
const vm = process.getBuiltinModule('node:vm');
const Module = process.getBuiltinModule('node:module') as unknown as ModuleInternals;

/** The parts of Node's CommonJS loader the compile hook uses (as `v8-compile-cache` does). */
interface ModuleInternals {
  prototype: { _compile(this: LoadedModule, content: string, filename: string): unknown };
  wrap(code: string): string;
  _resolveFilename(request: string, parent: LoadedModule, isMain: boolean, options?: unknown): string;
  _extensions: unknown;
  _cache: unknown;
  enableCompileCache?: (dir: string) => unknown;
}
interface LoadedModule {
  exports: unknown;
  require(id: string): unknown;
}

/** One module's cached data in the cache file. */
interface Entry {
  file: string;
  size: number;
  mtimeMs: number;
  crc: number;
  data: Buffer;
}

interface Compiled {
  file: string;
  size: number;
  mtimeMs: number;
  script: vmTypes.Script;
}

/** What a thread's cache did: for `--debug` and the tests. */
export interface CompileCacheStats {
  /** 'node': Node's own compile cache; 'v8': cached data per module; 'off': opted out or no place for it. */
  mode: 'node' | 'v8' | 'off';
  dir?: string;
  /** Modules compiled through the cache (v8 mode). */
  compiled: number;
  /** ... of which V8 took the cached data. */
  fromCache: number;
  /** ... of which V8 rejected the cached data (another V8 or other flags). */
  rejected: number;
  /** The cache file was written in this run. */
  written: boolean;
}

interface ThreadCache {
  stats: CompileCacheStats;
  file?: string;
  /** The cache file's entries by module path, read once. */
  entries?: Map<string, Entry>;
  compiled: Compiled[];
  dirty: boolean;
}

const STATE = Symbol.for('lint-payloads.parserCompileCache');
const MAGIC = 'lint-payloads-v8-compile-cache-1';

export function compileCacheDisabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.LINT_PAYLOADS_NO_COMPILE_CACHE;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/**
 * `<dir>/node_modules/.cache/lint-payloads` for the outermost node_modules folder holding `resolved` (a file inside
 * a package): the project's, also when `typescript` is nested (npm) or in pnpm's store (`node_modules/.pnpm/…`).
 */
export function compileCacheDirFor(resolved: string): string | undefined {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = resolved.indexOf(marker);
  if (at < 0) return undefined;
  return path.join(resolved.slice(0, at), 'node_modules', '.cache', 'lint-payloads');
}

const crc32 = (data: Buffer): number => process.getBuiltinModule('node:zlib').crc32(data);

function threadCache(): ThreadCache | undefined {
  return (globalThis as Record<symbol, ThreadCache | undefined>)[STATE];
}

/**
 * The thread's cache, set up on first use: the folder from where `require`
 * resolves `typescript` (or `cacheDir`, for the tests).
 */
function setUp(require: NodeJS.Require, cacheDir: string | undefined): ThreadCache {
  const existing = threadCache();
  if (existing) return existing;
  const state: ThreadCache = { stats: { mode: 'off', compiled: 0, fromCache: 0, rejected: 0, written: false }, compiled: [], dirty: false };
  (globalThis as Record<symbol, ThreadCache>)[STATE] = state;
  if (compileCacheDisabled()) return state;
  let dir = cacheDir;
  if (dir === undefined) {
    try {
      dir = compileCacheDirFor(require.resolve('typescript'));
    } catch {
      // No typescript: loading the parser fails and says so.
    }
  }
  if (dir === undefined) return state;
  state.stats.dir = dir;
  if (typeof Module.enableCompileCache === 'function') {
    try {
      Module.enableCompileCache(dir);
      state.stats.mode = 'node';
    } catch {
      // As without a cache.
    }
    return state;
  }
  state.stats.mode = 'v8';
  state.file = path.join(dir, `parser-${process.version}-${process.arch}.v8cache`);
  return state;
}

/** The cache file's entries; an unreadable or malformed file has none (and is written again). */
function readEntries(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return entries;
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as { magic?: unknown; entries?: unknown };
    if (header.magic !== MAGIC || !Array.isArray(header.entries)) return entries;
    let offset = 4 + headerLength;
    for (const e of header.entries as { file: string; size: number; mtimeMs: number; crc: number; length: number }[]) {
      const data = bytes.subarray(offset, offset + e.length);
      offset += e.length;
      if (data.length !== e.length || typeof e.file !== 'string') return new Map();
      // A damaged entry never reaches V8 (which checks its own checksum only in debug builds).
      if (crc32(data) !== e.crc) continue;
      entries.set(e.file, { file: e.file, size: e.size, mtimeMs: e.mtimeMs, crc: e.crc, data });
    }
  } catch {
    return new Map();
  }
  return entries;
}

/** Compiles a CommonJS module as a `vm.Script` with the cached data for it, and runs it as Node would. */
function compileWithCache(state: ThreadCache, module: LoadedModule, content: string, filename: string): unknown {
  let size = -1;
  let mtimeMs = -1;
  try {
    const stat = fs.statSync(filename);
    size = stat.size;
    mtimeMs = stat.mtimeMs;
  } catch {
    // Not on disk as such: compiled without a cache entry.
  }
  const entries = (state.entries ??= readEntries(state.file!));
  const entry = entries.get(filename);
  const cachedData = entry && entry.size === size && entry.mtimeMs === mtimeMs && size >= 0 ? entry.data : undefined;
  // Node strips a byte order mark before _compile; a hashbang is valid only at the very start of a script.
  const code = content.startsWith('#!') ? `//${content.slice(2)}` : content;
  const script = new vm.Script(Module.wrap(code), { filename, ...(cachedData ? { cachedData } : {}) });
  state.stats.compiled++;
  if (cachedData && !script.cachedDataRejected) state.stats.fromCache++;
  else state.dirty = true;
  if (cachedData && script.cachedDataRejected) state.stats.rejected++;
  if (size >= 0) state.compiled.push({ file: filename, size, mtimeMs, script });
  const require = (id: string): unknown => module.require(id);
  require.resolve = (request: string, options?: unknown): string => Module._resolveFilename(request, module, false, options);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  return wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
}

/**
 * `require(id)` with the thread's compile cache for the CommonJS modules it
 * loads (the hook is on only for this call). `cacheDir` is for the tests.
 */
export function requireWithCompileCache<T>(require: NodeJS.Require, id: string, cacheDir?: string): T {
  const state = setUp(require, cacheDir);
  if (state.stats.mode !== 'v8') return require(id) as T;
  const proto = Module.prototype;
  const original = proto._compile;
  proto._compile = function (this: LoadedModule, content: string, filename: string) {
    if (!/\.c?js$/.test(filename)) return original.call(this, content, filename);
    return compileWithCache(state, this, content, filename);
  };
  try {
    return require(id) as T;
  } finally {
    proto._compile = original;
  }
}

/** What this thread's cache did (undefined: the parser was not loaded). */
export function compileCacheStats(): CompileCacheStats | undefined {
  const stats = threadCache()?.stats;
  return stats ? { ...stats } : undefined;
}

/**
 * Writes the thread's cache file when an entry was missing, stale or rejected:
 * call after the run's parses, so that the cached data holds the functions they
 * compiled. Once per thread and run; silent on any failure.
 */
export function saveCompileCache(): void {
  const state = threadCache();
  if (!state || state.stats.mode !== 'v8' || !state.dirty || !state.file) return;
  state.dirty = false;
  const tmp = `${state.file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const fresh = new Map<string, Omit<Entry, 'crc'>>();
    // Entries of modules this run did not load stay (a run without a call loads no scope-manager).
    for (const e of state.entries?.values() ?? []) fresh.set(e.file, e);
    for (const c of state.compiled) fresh.set(c.file, { file: c.file, size: c.size, mtimeMs: c.mtimeMs, data: c.script.createCachedData() });
    const list = [...fresh.values()].map((e) => ({ file: e.file, size: e.size, mtimeMs: e.mtimeMs, crc: crc32(e.data), length: e.data.length }));
    const header = Buffer.from(JSON.stringify({ magic: MAGIC, entries: list }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    fs.mkdirSync(path.dirname(state.file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([length, header, ...[...fresh.values()].map((e) => e.data)]));
    fs.renameSync(tmp, state.file);
    state.stats.written = true;
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing to clean.
    }
  }
}
