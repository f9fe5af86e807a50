/**
 * Which anthropic-version a project sends, read from its manifest when nothing
 * closer (a header on the call, `anthropic_version` in the body) says so:
 *
 * - package.json `@anthropic-ai/sdk` (or a platform package): the installed
 *   version if node_modules has it, else the declared range; major 0 →
 *   2023-06-01, ≥ 1 → 2026-10-21. Then package-lock.json, then the declared
 *   range; a range that can resolve to either side (`*`, `latest`, `>=0.100`)
 *   looks at a workspace root's install or lockfile, else the version is
 *   `unknown` (only what both versions reject is reported, §4.1 step 6).
 * - Python: `anthropic` in pyproject.toml / requirements*.txt: < 2 → 2023-06-01,
 *   ≥ 2 → 2026-10-21.
 * - nothing found: 2026-10-21, the current version.
 *
 * Source: shared/reference/api-versions.md §4 (https://platform.claude.com/docs/en/api/versioning).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApiVersion, ApiVersionOrUnknown } from '../engine/types.js';

export interface ApiVersionChoice {
  value: ApiVersionOrUnknown;
  /** Said in stylish output: why this version. */
  reason: string;
}

export const DEFAULT_API_VERSION: ApiVersionChoice = { value: '2026-10-21', reason: 'default: no project manifest names an Anthropic SDK' };

const JS_PACKAGES = ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk', '@anthropic-ai/foundry-sdk', '@anthropic-ai/aws-sdk', '@anthropic-ai/google-cloud-sdk'];

function versionForMajor(major: number, python: boolean): ApiVersion {
  if (python) return major >= 2 ? '2026-10-21' : '2023-06-01';
  return major >= 1 ? '2026-10-21' : '2023-06-01';
}

/** Major version a semver range pins, or undefined when it can span both sides. */
export function majorOfRange(range: string, python = false): number | undefined {
  const r = range.trim();
  if (!r || r === '*' || r === 'latest' || /^[x*]$/i.test(r)) return undefined;
  const parts = r.split('||').map((p) => p.trim()); // not /\s*\|\|\s*/: quadratic on long whitespace
  const majors = new Set<number>();
  const threshold = python ? 2 : 1;
  for (const part of parts) {
    // Only an upper bound (`<2`, `<=0.137.0`): every major below it, one side of the threshold or both.
    const onlyUpper = /^\s*<(=?)\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(part);
    if (onlyUpper) {
      const [, inclusive, major, minor = '0', patch = '0'] = onlyUpper;
      const highest = inclusive || Number(minor) > 0 || Number(patch) > 0 ? Number(major) : Number(major) - 1;
      if (highest < 0 || highest >= threshold) return undefined;
      majors.add(highest);
      continue;
    }
    // Starts at a non-space after the start, a space or a comma (not `(?:^|[\s,])…\s*`: quadratic on a long run of spaces).
    const lower = /(?<![^\s,])(?=\S)(?:\^|~|~=|==|>=|=)?\s*v?(\d+)(?:\.(\d+|x|\*))?/.exec(part);
    if (!lower) return undefined;
    const major = Number(lower[1]);
    // ">=0.100.0" with no upper bound can resolve to 1.x as well.
    if (/>=?/.test(part) && !/</.test(part) && !/\^|~/.test(part)) {
      if (major < threshold) return undefined;
    }
    const upper = /<\s*v?(\d+)/.exec(part);
    if (upper && Number(upper[1]) - 1 > major && Number(upper[1]) > (python ? 2 : 1)) return undefined;
    majors.add(major);
  }
  const sides = new Set([...majors].map((m) => m >= threshold));
  return sides.size === 1 ? [...majors][0] : undefined;
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
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

function fromPackageJson(dir: string): ApiVersionChoice | undefined {
  const manifest = readJson(path.join(dir, 'package.json'));
  if (!manifest) return undefined;
  const deps = { ...(manifest.devDependencies as object), ...(manifest.peerDependencies as object), ...(manifest.dependencies as object) } as Record<string, string>;
  for (const name of JS_PACKAGES) {
    if (!Object.prototype.hasOwnProperty.call(deps, name)) continue;
    // Platform packages depend on the core SDK; the core SDK's version decides the header.
    // 1. What this package has installed, or locked, decides.
    const installed = installedSdkVersion(dir, true);
    if (installed) return { value: versionForMajor(Number(installed.version.split('.')[0]), false), reason: `@anthropic-ai/sdk ${installed.version} is installed (${installed.at})` };
    const locked = lockedSdkVersion(dir, true);
    if (locked) return { value: versionForMajor(Number(locked.version.split('.')[0]), false), reason: `@anthropic-ai/sdk ${locked.version} is locked in ${locked.file}` };
    // 2. A declared range that pins one side of 1.0.
    const range = String(deps[name]);
    const major = majorOfRange(range);
    const declared = `${path.join(dir, 'package.json')} depends on ${name} ${range}`;
    if (major !== undefined) return { value: versionForMajor(major, false), reason: declared };
    if (name !== '@anthropic-ai/sdk') continue;
    // 3. A range that can resolve to either side: what a workspace root installed or locked, else unknown.
    const hoisted = installedSdkVersion(dir, false) ?? undefined;
    if (hoisted) return { value: versionForMajor(Number(hoisted.version.split('.')[0]), false), reason: `${declared}, and @anthropic-ai/sdk ${hoisted.version} is installed (${hoisted.at})` };
    const rootLock = lockedSdkVersion(dir, false);
    if (rootLock) return { value: versionForMajor(Number(rootLock.version.split('.')[0]), false), reason: `${declared}, and @anthropic-ai/sdk ${rootLock.version} is locked in ${rootLock.file}` };
    return { value: 'unknown', reason: `${declared}, which can be 0.x (API 2023-06-01) or 1.x and later (2026-10-21): only what both versions reject is reported` };
  }
  return undefined;
}

/**
 * The version specifier of `anthropic` in a requirements file or pyproject.toml:
 * `anthropic>=0.40,<1`, `Anthropic==0.40` (names are case-insensitive),
 * `"anthropic[bedrock] (>=2)"` (PEP 508), Poetry's `anthropic = "^2.1"` and
 * `anthropic = { version = "^0.30" }`. Comments are not requirements.
 */
export function pythonRequirement(text: string): string | undefined {
  const code = text.replace(/#.*$/gm, '');
  const m = /(?:^|["'\s,[])anthropic(?:\[[^\]]*\])?\s*(?:=\s*(?:["']([^"']+)["']|\{[^}]*?\bversion\s*=\s*["']([^"']+)["'][^}]*\})|\(?\s*([<>=~!^][^"'\n;)]*))/im.exec(code);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? '').trim();
}

function fromPython(dir: string): ApiVersionChoice | undefined {
  const candidates = ['pyproject.toml', ...safeList(dir).filter((f) => /^requirements.*\.txt$/.test(f))];
  for (const file of candidates) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, file), 'utf8');
    } catch {
      continue;
    }
    const spec = pythonRequirement(text);
    if (spec === undefined) continue;
    const major = majorOfRange(spec, true);
    const declared = `${path.join(dir, file)} requires anthropic ${spec}`;
    if (major === undefined) return { value: 'unknown', reason: `${declared}, which can be 1.x (API 2023-06-01) or 2.x and later (2026-10-21): only what both versions reject is reported` };
    return { value: versionForMajor(major, true), reason: declared };
  }
  return undefined;
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

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
    const manifest = readJson(path.join(dir, 'package.json'));
    const deps = manifest ? ({ ...(manifest.devDependencies as object), ...(manifest.peerDependencies as object), ...(manifest.dependencies as object) } as Record<string, string>) : {};
    if (Object.prototype.hasOwnProperty.call(deps, name)) {
      // Installed, then locked, then the declared range; a range that can be either major: unknown.
      const installed = readJson(path.join(dir, 'node_modules', name, 'package.json'))?.version;
      const locked = typeof installed === 'string' ? undefined : lockedSdkVersion(dir, false, name);
      const exact = typeof installed === 'string' ? installed : locked?.version;
      const major = exact !== undefined ? Number(exact.split('.')[0]) : majorOfRange(String(deps[name]));
      const why =
        typeof installed === 'string'
          ? `${name} ${installed} is installed (${path.join(dir, 'node_modules')})`
          : locked
            ? `${name} ${locked.version} is locked in ${locked.file}`
            : `${path.join(dir, 'package.json')} depends on ${name} ${deps[name]}`;
      verdict =
        major === undefined
          ? { value: 'unknown', reason: `${why}, which can be 0.x (API 2023-06-01) or 1.x and later (2026-10-21): only what both versions reject is reported` }
          : major >= 1
            ? { value: '2026-10-21', reason: `${why}: it sends the core SDK's 2026-10-21` }
            : { value: '2023-06-01', reason: `${why}: its 0.x sends the 2023 version` };
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
 * an Anthropic SDK decides (cached per folder). A call on a Bedrock or Vertex client
 * (`platform`) follows that platform package when a manifest names it.
 */
export function projectApiVersion(filePath: string, platform?: string): ApiVersionChoice {
  const platformPackage = platform ? PLATFORM_PACKAGES[platform] : undefined;
  if (platformPackage) return platformPackageVersion(filePath, platformPackage) ?? projectApiVersion(filePath);
  let dir = path.dirname(path.resolve(filePath));
  const visited: string[] = [];
  for (;;) {
    const cached = cache.get(dir);
    if (cached !== undefined) {
      for (const v of visited) cache.set(v, cached);
      return cached ?? DEFAULT_API_VERSION;
    }
    visited.push(dir);
    const found = fromPackageJson(dir) ?? fromPython(dir);
    if (found) {
      for (const v of visited) cache.set(v, found);
      return found;
    }
    const up = path.dirname(dir);
    if (up === dir) {
      for (const v of visited) cache.set(v, null);
      return DEFAULT_API_VERSION;
    }
    dir = up;
  }
}
