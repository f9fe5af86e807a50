/**
 * The source registry: which source reads which file. A new language adds its
 * folder under src/sources/ and one entry here; every list of file endings (the
 * folder walk, the cache, the ESLint configs, the pre-commit hook's pattern,
 * checked by a test) derives from these entries.
 *
 * Sources are loaded on first use, so a run over request JSON never loads the
 * TypeScript parser.
 */
import path from 'node:path';
import type { PayloadSource } from './types.js';
import type { Platform, Sdk } from '../engine/rule.js';
import { projectApiVersion, type ApiVersionChoice } from '../config/api-version.js';

export interface SourceEntry {
  /** Names the entry in messages and tests: 'json', 'jsonl', 'js'. */
  name: string;
  /** Lower-case file name endings, with the dot (`.json`). */
  extensions: readonly string[];
  /** Files with one of these endings are not read even so (`.d.ts` declares types, never calls the API). */
  excludes?: RegExp;
  /** The source module, loaded on first use. */
  extract(): Promise<PayloadSource>;
  /** The source module once loaded (no await per file): undefined before. */
  loaded(): PayloadSource | undefined;
  /** The SDK the calls in these files are written for (its manifests give the project's version); undefined for request files. */
  sdk: Sdk | undefined;
  /** The API version of a payload that does not state its own: the project's, from its manifests. */
  projectApiVersion(filePath: string, platform: Platform | undefined): ApiVersionChoice;
}

/** Loads a module once, on first use; `loaded` gives it without a promise once it is there. */
function lazy<T>(load: () => Promise<T>): { extract: () => Promise<T>; loaded: () => T | undefined } {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    extract: () => (loading ??= load().then((m) => (loaded = m))),
    loaded: () => loaded,
  };
}

/** The project's version as the manifests of `sdk`'s ecosystem state it (request files: undefined, the default lookup). */
function fromManifests(sdk: Sdk | undefined): SourceEntry['projectApiVersion'] {
  // Asked for every payload of every file: remembered per folder of an absolute path (the lookup
  // resolves the path and climbs from its folder, and keeps what it found for the whole process).
  const byFolder = new Map<string, ApiVersionChoice>();
  return (filePath, platform) => {
    const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf(path.sep));
    if (platform !== undefined || cut <= 0 || !path.isAbsolute(filePath)) return projectApiVersion(filePath, platform, sdk);
    const folder = filePath.slice(0, cut);
    let version = byFolder.get(folder);
    if (!version) byFolder.set(folder, (version = projectApiVersion(filePath, platform, sdk)));
    return version;
  };
}

export const SOURCES: readonly SourceEntry[] = [
  { name: 'json', extensions: ['.json'], ...lazy(async () => (await import('./json/index.js')).jsonSource), sdk: undefined, projectApiVersion: fromManifests(undefined) },
  { name: 'jsonl', extensions: ['.jsonl', '.ndjson'], ...lazy(async () => (await import('./json/index.js')).jsonlSource), sdk: undefined, projectApiVersion: fromManifests(undefined) },
  {
    name: 'js',
    extensions: ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx', '.mts', '.cts'],
    excludes: /\.d\.[mc]?ts$/,
    ...lazy(async () => (await import('./js/index.js')).jsSource),
    sdk: 'typescript',
    projectApiVersion: fromManifests('typescript'),
  },
  { name: 'python', extensions: ['.py'], ...lazy(async () => (await import('./python/index.js')).pythonSource), sdk: 'python', projectApiVersion: fromManifests('python') },
  { name: 'notebook', extensions: ['.ipynb'], ...lazy(async () => (await import('./python/index.js')).notebookSource), sdk: 'python', projectApiVersion: fromManifests('python') },
];

/** The entry named `name` (the front ends pick theirs: ESLint's JS and JSON languages). */
export function sourceNamed(name: string): SourceEntry {
  const entry = SOURCES.find((s) => s.name === name);
  if (!entry) throw new Error(`no source named ${name}`);
  return entry;
}

/** Every file name ending some source reads. */
export const ALL_EXTENSIONS: readonly string[] = SOURCES.flatMap((s) => s.extensions);
/** Request files (no SDK): their project version does not depend on a platform client. */
export const JSON_EXTENSIONS: readonly string[] = SOURCES.filter((s) => s.sdk === undefined).flatMap((s) => s.extensions);

/** Entries by file name ending (lower case, with the dot). */
const BY_EXTENSION = new Map(SOURCES.flatMap((s) => s.extensions.map((e) => [e, s] as const)));

/** The entry that reads `filePath`, if any. */
export function sourceEntryFor(filePath: string): SourceEntry | undefined {
  // Asked for every file of a run, several times: a map lookup, not a search of every entry.
  const ext = path.extname(filePath);
  return BY_EXTENSION.get(ext) ?? BY_EXTENSION.get(ext.toLowerCase());
}

/** Found by a folder walk or a glob: read by some source, and not excluded by it. */
export function isLintable(filePath: string): boolean {
  const entry = sourceEntryFor(filePath);
  return entry !== undefined && !entry.excludes?.test(filePath.toLowerCase());
}

export async function sourceFor(filePath: string): Promise<PayloadSource | undefined> {
  return sourceEntryFor(filePath)?.extract();
}
