/**
 * Which anthropic-version a project sends, read from its manifest when nothing
 * closer (a header on the call, `anthropic_version` in the body) says so:
 *
 * - package.json `@anthropic-ai/sdk` (or a platform package): the installed
 *   version if node_modules has it, else package-lock.json's, else the declared
 *   range; 0.x → 2023-06-01, ≥ 1 → 2026-10-21. A range that can resolve to
 *   either side (`*`, `latest`, `>=0.100`, `0.30.0 - 1.2.0`) looks at a workspace
 *   root's install or lockfile, else the version is `unknown` (only what both
 *   versions reject is reported, §4.1 step 6). Ranges are npm's, read by `semver`.
 *   A package.json that *is* one of these packages (the SDK's own repository)
 *   is judged by its own version.
 * - Python: `anthropic` in the folder's manifests (python-manifests.ts), the
 *   lock file's version first: < 2 → 2023-06-01, ≥ 2 → 2026-10-21.
 * - nothing found: for a source file (JS/TS, Python), `unknown`: code whose
 *   manifests do not name the SDK (a script beside a requirements.txt that omits
 *   it, a file outside its project) may run any release, and judging it by the
 *   current version misreports what an older SDK still sends (`temperature`
 *   with `anthropic` 1.x), so only what both versions reject is reported. A
 *   request file (.json/.jsonl) has no SDK to take a version from: 2026-10-21,
 *   the current version, as for a new integration. `--api-version`, a header on
 *   the call and `anthropic_version` in the body decide before any of this.
 *
 * Source: shared/reference/api-versions.md §4 (https://platform.claude.com/docs/en/api/versioning).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { ApiVersion, ApiVersionOrUnknown } from '../engine/types.js';
import { sidesOfMajor } from './pep440.js';
import { pythonDeclaration, pythonLockedVersion, readTextOrUndefined } from './python-manifests.js';

export interface ApiVersionChoice {
  value: ApiVersionOrUnknown;
  /** Said in stylish output: why this version. */
  reason: string;
}

/** Which SDK sends the request: TypeScript calls follow package.json, Python calls Python manifests. (Mirrors `Sdk` in src/engine/rule.ts.) */
export type ProjectSdk = 'typescript' | 'python';

export const DEFAULT_API_VERSION: ApiVersionChoice = { value: '2026-10-21', reason: 'default: no project manifest names an Anthropic SDK' };

const JS_PACKAGES = ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk', '@anthropic-ai/foundry-sdk', '@anthropic-ai/aws-sdk', '@anthropic-ai/google-cloud-sdk'];

/** Loaded when a manifest names the SDK: ~15 ms of start-up that a folder without one does not pay. */
let semver: typeof import('semver') | undefined;

const EITHER_NPM = 'which can be 0.x (API 2023-06-01) or 1.x and later (2026-10-21): only what both versions reject is reported';
const EITHER_PYTHON = 'which can be 1.x (API 2023-06-01) or 2.x and later (2026-10-21): only what both versions reject is reported';

/** A source file whose manifests do not name its SDK: any release may run it (see the file comment). */
const NO_SDK_MANIFEST: Record<ProjectSdk, ApiVersionChoice> = {
  typescript: { value: 'unknown', reason: `no package.json up from the file names an Anthropic SDK, so its release is not known, ${EITHER_NPM}` },
  python: { value: 'unknown', reason: `no Python manifest up from the file names anthropic, so its release is not known, ${EITHER_PYTHON}` },
};

/**
 * The API version every release an npm range (or exact version) admits sends:
 * below 1.0.0 → 2023-06-01, from 1.0.0 → 2026-10-21; undefined when the range
 * admits both sides or is no semver range (`latest`, a git URL, `workspace:*`).
 * `npm:@anthropic-ai/sdk@^1` aliases are read by their range.
 */
export function apiVersionOfNpmRange(range: string): ApiVersion | undefined {
  const r = range.trim().replace(/^npm:(?:@[^/@]+\/)?[^@]+@/, '');
  // An exact version (installed, locked, pinned): its major decides, as semver would say, without loading semver (~15 ms).
  const exact = /^[=v]?(0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(r);
  if (exact) return Number(exact[1]) < 1 ? '2023-06-01' : '2026-10-21';
  semver ??= createRequire(import.meta.url)('semver') as typeof import('semver');
  if (semver.validRange(r) === null) return undefined;
  let below = semver.intersects(r, '<1.0.0');
  let atOrAbove = semver.intersects(r, '>=1.0.0');
  // Only prereleases (`1.0.0-beta.2`): npm ranges leave them out of both; their own version decides.
  if (!below && !atOrAbove) {
    const lowest = semver.minVersion(r);
    if (!lowest) return undefined;
    [below, atOrAbove] = [lowest.major < 1, lowest.major >= 1];
  }
  if (below === atOrAbove) return undefined;
  return below ? '2023-06-01' : '2026-10-21';
}

/** The same for a Python version specifier of `anthropic` (PEP 440 or Poetry): < 2 → 2023-06-01, ≥ 2 → 2026-10-21. */
export function apiVersionOfPythonSpecifier(specifier: string): ApiVersion | undefined {
  const sides = sidesOfMajor(specifier, 2);
  if (!sides || sides.below === sides.atOrAbove) return undefined;
  return sides.below ? '2023-06-01' : '2026-10-21';
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function dependenciesOf(manifest: Record<string, unknown> | undefined): Record<string, string> {
  if (!manifest) return {};
  return { ...(manifest.devDependencies as object), ...(manifest.peerDependencies as object), ...(manifest.dependencies as object) } as Record<string, string>;
}

/** A package's version (default `@anthropic-ai/sdk`) as npm locked it for the package in `dir`, from the nearest package-lock.json. */
function lockedSdkVersion(dir: string, nearestOnly: boolean, name = '@anthropic-ai/sdk'): { version: string; file: string } | undefined {
  for (let d = dir; ; ) {
    for (const lockName of ['package-lock.json', 'npm-shrinkwrap.json']) {
      const file = path.join(d, lockName);
      const lock = readJson(file);
      if (!lock) continue;
      const rel = path.relative(d, dir).split(path.sep).join('/');
      const packages = (lock.packages ?? {}) as Record<string, { version?: unknown }>;
      // The package's own install, then the one hoisted to the lockfile's root (workspaces).
      for (const key of [rel ? `${rel}/node_modules/${name}` : '', `node_modules/${name}`]) {
        const version = key ? packages[key]?.version : undefined;
        if (typeof version === 'string') return { version, file };
      }
      const v1 = (lock.dependencies as Record<string, { version?: unknown }> | undefined)?.[name]?.version;
      if (typeof v1 === 'string') return { version: v1, file };
      return undefined;
    }
    const up = path.dirname(d);
    if (nearestOnly || up === d) return undefined;
    d = up;
  }
}

/** `@anthropic-ai/sdk` as Node would resolve it from `dir`: its node_modules, then its ancestors'. */
function installedSdkVersion(dir: string, ownOnly: boolean): { version: string; at: string } | undefined {
  for (let d = dir; ; ) {
    const version = readJson(path.join(d, 'node_modules', '@anthropic-ai/sdk', 'package.json'))?.version;
    if (typeof version === 'string') return { version, at: path.join(d, 'node_modules') };
    const up = path.dirname(d);
    if (ownOnly || up === d) return undefined;
    d = up;
  }
}

/** A version that is known exactly (installed, locked, the package's own): `unknown` only when it is no version at all. */
function exactNpm(version: string, reason: string): ApiVersionChoice {
  const value = apiVersionOfNpmRange(version);
  return value ? { value, reason } : { value: 'unknown', reason: `${reason}, ${EITHER_NPM}` };
}

/** The SDK's own repository (or a platform SDK's): what its examples and tests send is its own version. */
function ownPackage(manifest: Record<string, unknown> | undefined, file: string): ApiVersionChoice | undefined {
  if (!manifest || typeof manifest.name !== 'string' || !JS_PACKAGES.includes(manifest.name) || typeof manifest.version !== 'string') return undefined;
  return exactNpm(manifest.version, `${file} is ${manifest.name} ${manifest.version} itself`);
}

function fromPackageJson(dir: string): ApiVersionChoice | undefined {
  const file = path.join(dir, 'package.json');
  const manifest = readJson(file);
  if (!manifest) return undefined;
  const own = ownPackage(manifest, file);
  if (own) return own;
  const deps = dependenciesOf(manifest);
  for (const name of JS_PACKAGES) {
    if (!Object.prototype.hasOwnProperty.call(deps, name)) continue;
    // Platform packages depend on the core SDK; the core SDK's version decides the header.
    // 1. What this package has installed, or locked, decides.
    const installed = installedSdkVersion(dir, true);
    if (installed) return exactNpm(installed.version, `@anthropic-ai/sdk ${installed.version} is installed (${installed.at})`);
    const locked = lockedSdkVersion(dir, true);
    if (locked) return exactNpm(locked.version, `@anthropic-ai/sdk ${locked.version} is locked in ${locked.file}`);
    // 2. A declared range that pins one side of 1.0.
    const range = String(deps[name]);
    const pinned = apiVersionOfNpmRange(range);
    const declared = `${file} depends on ${name} ${range}`;
    if (pinned) return { value: pinned, reason: declared };
    if (name !== '@anthropic-ai/sdk') continue;
    // 3. A range that can resolve to either side: what a workspace root installed or locked, else unknown.
    const hoisted = installedSdkVersion(dir, false);
    if (hoisted) return exactNpm(hoisted.version, `${declared}, and @anthropic-ai/sdk ${hoisted.version} is installed (${hoisted.at})`);
    const rootLock = lockedSdkVersion(dir, false);
    if (rootLock) return exactNpm(rootLock.version, `${declared}, and @anthropic-ai/sdk ${rootLock.version} is locked in ${rootLock.file}`);
    return { value: 'unknown', reason: `${declared}, ${EITHER_NPM}` };
  }
  return undefined;
}

/** The lock file of `dir` or, for a workspace member, of a folder above it. */
function pythonLockAbove(dir: string): { version: string; file: string } | undefined {
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const locked = pythonLockedVersion(d, readTextOrUndefined);
    if (locked) return locked;
  }
  return undefined;
}

function exactPython(version: string, reason: string): ApiVersionChoice {
  const value = apiVersionOfPythonSpecifier(`==${version}`);
  return value ? { value, reason } : { value: 'unknown', reason: `${reason}, ${EITHER_PYTHON}` };
}

function fromPython(dir: string): ApiVersionChoice | undefined {
  const declaration = pythonDeclaration(dir, readTextOrUndefined, safeList);
  if (!declaration) return undefined;
  if (declaration.own) return exactPython(declaration.spec, `${declaration.file} is anthropic ${declaration.spec} itself`);
  const declared = `${declaration.file} requires anthropic${declaration.spec ? ` ${declaration.spec}` : ''}`;
  // The locked version decides; then a specifier that pins one side of 2.0; then a workspace root's lock.
  const locked = pythonLockedVersion(dir, readTextOrUndefined);
  if (locked) return exactPython(locked.version, `anthropic ${locked.version} is locked in ${locked.file}`);
  const pinned = apiVersionOfPythonSpecifier(declaration.spec);
  if (pinned) return { value: pinned, reason: declared };
  const rootLock = pythonLockAbove(dir);
  if (rootLock) return exactPython(rootLock.version, `${declared}, and anthropic ${rootLock.version} is locked in ${rootLock.file}`);
  return { value: 'unknown', reason: `${declared}, ${EITHER_PYTHON}` };
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

// Per SDK and folder: the nearest manifest's verdict, or null: none up to the root.
const cache = new Map<string, ApiVersionChoice | null>();

/**
 * The platform packages whose 0.x send the 2023 version whatever core SDK the
 * project also has: Bedrock and Vertex put `anthropic_version: "bedrock-2023-05-31"` /
 * `"vertex-2023-10-16"` in the body (the 2023-06-01 rules, §4.6), Foundry's 0.x
 * depends on its own 0.x core; from 1.0 they send 2026-10-21 (api-versions.md §4.2).
 */
const PLATFORM_PACKAGES: Record<string, string> = { bedrock: '@anthropic-ai/bedrock-sdk', vertex: '@anthropic-ai/vertex-sdk', foundry: '@anthropic-ai/foundry-sdk' };

// Per package and folder: the nearest declaration's verdict, or undefined: none up to the root.
const platformCache = new Map<string, ApiVersionChoice | undefined>();

/** The version a call on a Bedrock or Vertex client sends, from that package's install, lock or range; undefined when the manifest does not say. */
function platformPackageVersion(filePath: string, name: string): ApiVersionChoice | undefined {
  const visited: string[] = [];
  let verdict: ApiVersionChoice | undefined;
  for (let dir = path.dirname(path.resolve(filePath)); ; ) {
    const key = `${name}|${dir}`;
    if (platformCache.has(key)) {
      verdict = platformCache.get(key);
      break;
    }
    visited.push(key);
    const file = path.join(dir, 'package.json');
    const manifest = readJson(file);
    const deps = dependenciesOf(manifest);
    // The platform SDK's own repository: its own version.
    const own = manifest?.name === name && typeof manifest.version === 'string' ? { version: manifest.version, why: `${file} is ${name} ${manifest.version} itself` } : undefined;
    if (own || Object.prototype.hasOwnProperty.call(deps, name)) {
      // Its own version, installed, then locked, then the declared range; a range that can be either major: unknown.
      const installed = own ? undefined : readJson(path.join(dir, 'node_modules', name, 'package.json'))?.version;
      const locked = own || typeof installed === 'string' ? undefined : lockedSdkVersion(dir, false, name);
      const exact = own?.version ?? (typeof installed === 'string' ? installed : locked?.version);
      const value = apiVersionOfNpmRange(exact ?? String(deps[name]));
      const why = own
        ? own.why
        : typeof installed === 'string'
          ? `${name} ${installed} is installed (${path.join(dir, 'node_modules')})`
          : locked
            ? `${name} ${locked.version} is locked in ${locked.file}`
            : `${file} depends on ${name} ${deps[name]}`;
      verdict =
        value === undefined
          ? { value: 'unknown', reason: `${why}, ${EITHER_NPM}` }
          : value === '2026-10-21'
            ? { value, reason: `${why}: it sends the core SDK's 2026-10-21` }
            : { value, reason: `${why}: its 0.x sends the 2023 version` };
      break;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const key of visited) platformCache.set(key, verdict);
  return verdict;
}

/**
 * The version the project sends: the nearest manifest above `filePath` that names
 * an Anthropic SDK decides (cached per SDK and folder). `sdk` says which manifests
 * count: a Python call follows Python manifests only, never package.json; a
 * TypeScript call package.json only; a request file (undefined) either, package.json
 * first. A TypeScript call on a Bedrock or Vertex client (`platform`) follows that
 * platform package when a manifest names it.
 */
export function projectApiVersion(filePath: string, platform?: string, sdk?: ProjectSdk): ApiVersionChoice {
  const platformPackage = platform && sdk !== 'python' ? PLATFORM_PACKAGES[platform] : undefined;
  if (platformPackage) return platformPackageVersion(filePath, platformPackage) ?? projectApiVersion(filePath, undefined, sdk);
  const find = sdk === 'python' ? fromPython : sdk === 'typescript' ? fromPackageJson : (d: string) => fromPackageJson(d) ?? fromPython(d);
  let dir = path.dirname(path.resolve(filePath));
  const visited: string[] = [];
  const remember = (verdict: ApiVersionChoice | null): ApiVersionChoice => {
    for (const v of visited) cache.set(`${sdk ?? ''}|${v}`, verdict);
    return verdict ?? (sdk ? NO_SDK_MANIFEST[sdk] : DEFAULT_API_VERSION);
  };
  for (;;) {
    const cached = cache.get(`${sdk ?? ''}|${dir}`);
    if (cached !== undefined) return remember(cached);
    visited.push(dir);
    const found = find(dir);
    if (found) return remember(found);
    const up = path.dirname(dir);
    if (up === dir) return remember(null);
    dir = up;
  }
}
