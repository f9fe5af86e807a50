/**
 * The `anthropic` package in a Python project's manifests: which versions a
 * folder's manifest admits, and which one its lock file pins.
 *
 * - pyproject.toml (read with a TOML parser): PEP 621 `[project] dependencies`
 *   and `optional-dependencies` groups, PEP 735 `[dependency-groups]` (uv),
 *   `[tool.uv] dev-dependencies`, Poetry's `[tool.poetry.dependencies]`,
 *   `dev-dependencies` and `[tool.poetry.group.*.dependencies]`; a project that
 *   *is* `anthropic` (the SDK's own repository) by its own version;
 * - setup.cfg `install_requires` / `extras_require`, setup.py `install_requires=[…]`;
 * - Pipfile `[packages]` / `[dev-packages]`; requirements*.txt;
 * - lock files: uv.lock and poetry.lock (`[[package]]` tables), Pipfile.lock (JSON).
 *
 * Sources: https://packaging.python.org/en/latest/specifications/pyproject-toml/,
 * https://peps.python.org/pep-0508/, https://peps.python.org/pep-0735/,
 * https://python-poetry.org/docs/pyproject/, https://pipenv.pypa.io/en/latest/pipfile.html.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** What a folder's manifest says about `anthropic`. */
export interface PythonDeclaration {
  /** A version specifier (`>=0.40,<1`, `^2.1`, `` for any version), or the project's own version. */
  spec: string;
  file: string;
  /** The manifest is the `anthropic` package itself; `spec` is its version. */
  own?: boolean;
}

const NAME = 'anthropic';

/** PEP 503 normalized name: `Anthropic`, `anthropic_`… compare equal to `anthropic`. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * The version specifier of a PEP 508 requirement on `anthropic`
 * (`anthropic[bedrock] (>=0.40,<1) ; python_version >= "3.9"` → `>=0.40,<1`),
 * `` for any version (a bare name, a URL), undefined for another package.
 */
export function anthropicSpecifier(requirement: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/s.exec(requirement);
  if (!m || normalizeName(m[1]!) !== NAME) return undefined;
  const rest = m[2]!.split(';')[0]!.trim();
  if (rest.startsWith('@')) return '';
  // trimEnd then one character, not /\s*\)$/ (quadratic on a long run of spaces).
  const inner = rest.replace(/^\(\s*/, '').trimEnd();
  return (inner.endsWith(')') ? inner.slice(0, -1) : inner).trim();
}

/** The first requirement on `anthropic` in a list of PEP 508 strings. */
function fromRequirementList(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  for (const item of list) {
    const spec = typeof item === 'string' ? anthropicSpecifier(item) : undefined;
    if (spec !== undefined) return spec;
  }
  return undefined;
}

/** Poetry and Pipfile tables: `anthropic = "^2.1"`, `{ version = "^0.30", extras = […] }`, or a list of those. */
function fromNameTable(table: unknown): string | undefined {
  if (!isTable(table)) return undefined;
  for (const [name, value] of Object.entries(table)) {
    if (normalizeName(name) !== NAME) continue;
    if (typeof value === 'string') return value;
    if (isTable(value)) return typeof value.version === 'string' ? value.version : '';
    // Several constraints by Python version or platform: any of them may be installed.
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : isTable(v) && typeof v.version === 'string' ? v.version : '*')).join(' || ');
    return '';
  }
  return undefined;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loaded when a TOML manifest is read, not at start. */
let parseToml: typeof import('smol-toml').parse | undefined;

function toml(text: string): Record<string, unknown> | undefined {
  parseToml ??= (createRequire(import.meta.url)('smol-toml') as typeof import('smol-toml')).parse;
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function fromPyproject(text: string, file: string): PythonDeclaration | undefined {
  const doc = toml(text);
  if (!doc) return undefined;
  const project = isTable(doc.project) ? doc.project : {};
  const poetry = isTable(doc.tool) && isTable(doc.tool.poetry) ? doc.tool.poetry : {};
  const uv = isTable(doc.tool) && isTable(doc.tool.uv) ? doc.tool.uv : {};
  // The SDK's own repository: its own version is what its examples and tests send.
  for (const own of [project, poetry]) {
    if (typeof own.name === 'string' && normalizeName(own.name) === NAME && typeof own.version === 'string') return { spec: own.version, file, own: true };
  }
  const groups = (table: unknown): unknown[] => (isTable(table) ? Object.values(table) : []);
  const candidates: (string | undefined)[] = [
    fromRequirementList(project.dependencies),
    // Groups are lists of requirements: a group *named* anthropic is not a requirement on it.
    ...groups(project['optional-dependencies']).map(fromRequirementList),
    ...groups(doc['dependency-groups']).map(fromRequirementList),
    fromRequirementList(uv['dev-dependencies']),
    fromNameTable(poetry.dependencies),
    fromNameTable(poetry['dev-dependencies']),
    ...groups(poetry.group).map((g) => (isTable(g) ? fromNameTable(g.dependencies) : undefined)),
  ];
  const spec = candidates.find((c) => c !== undefined);
  return spec === undefined ? undefined : { spec, file };
}

function fromPipfile(text: string, file: string): PythonDeclaration | undefined {
  const doc = toml(text);
  if (!doc) return undefined;
  const spec = fromNameTable(doc.packages) ?? fromNameTable(doc['dev-packages']);
  return spec === undefined ? undefined : { spec, file };
}

/** requirements.txt: one PEP 508 requirement a line; comments, options (`-r`, `-e`, `--hash`) and continuations aside. */
function fromRequirementsTxt(text: string, file: string): PythonDeclaration | undefined {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.replace(/(^|\s)#.*$/, '').replace(/\s--?[a-z][\w-]*(=\S+)?.*$/i, '').trim();
    if (line === '' || line.startsWith('-')) continue;
    const spec = anthropicSpecifier(line);
    if (spec !== undefined) return { spec, file };
  }
  return undefined;
}

/** setup.cfg: `[options] install_requires =` and `[options.extras_require]`, values continued on indented lines. */
function fromSetupCfg(text: string, file: string): PythonDeclaration | undefined {
  let section = '';
  let inRequirements = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)[#;].*$/, '');
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      inRequirements = false;
      continue;
    }
    const entry = /^(\S[^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
    let value: string | undefined;
    if (entry) {
      inRequirements = (section === 'options' && entry[1] === 'install_requires') || section === 'options.extras_require';
      value = entry[2];
    } else if (/^\s+\S/.test(line) && inRequirements) {
      value = line;
    }
    if (!inRequirements || value === undefined) continue;
    const spec = anthropicSpecifier(value);
    if (spec !== undefined) return { spec, file };
  }
  return undefined;
}

/** setup.py: the string literals of `install_requires=[…]` and `extras_require={…}` (read, never run). */
function fromSetupPy(text: string, file: string): PythonDeclaration | undefined {
  for (const m of text.matchAll(/\b(?:install_requires|extras_require)\s*=\s*[[{]/g)) {
    // Up to the bracket that closes this one; brackets inside strings (`anthropic[vertex]`) do not count.
    let depth = 1;
    const tokens = /(["'])((?:\\.|(?!\1)[^\n])*)\1|([[{])|([\]}])/g;
    tokens.lastIndex = m.index + m[0].length;
    for (let t = tokens.exec(text); t && depth > 0; t = tokens.exec(text)) {
      if (t[3]) depth++;
      else if (t[4]) depth--;
      else {
        const spec = anthropicSpecifier(t[2]!);
        if (spec !== undefined) return { spec, file };
      }
    }
  }
  return undefined;
}

type Reader = (file: string) => string | undefined;

/** The first manifest in `dir` that names `anthropic`: pyproject.toml, setup.cfg, setup.py, Pipfile, then requirements*.txt. */
export function pythonDeclaration(dir: string, read: Reader, list: (dir: string) => string[]): PythonDeclaration | undefined {
  const readers: [string, (text: string, file: string) => PythonDeclaration | undefined][] = [
    ['pyproject.toml', fromPyproject],
    ['setup.cfg', fromSetupCfg],
    ['setup.py', fromSetupPy],
    ['Pipfile', fromPipfile],
    ...list(dir)
      .filter((f) => /^requirements.*\.txt$/.test(f))
      .sort()
      .map((f): [string, typeof fromRequirementsTxt] => [f, fromRequirementsTxt]),
  ];
  for (const [name, readManifest] of readers) {
    const file = path.join(dir, name);
    const text = read(file);
    if (text === undefined) continue;
    const found = readManifest(text, file);
    if (found) return found;
  }
  return undefined;
}

/** The version of `anthropic` a lock file in `dir` pins: uv.lock, poetry.lock, Pipfile.lock. */
export function pythonLockedVersion(dir: string, read: Reader): { version: string; file: string } | undefined {
  for (const name of ['uv.lock', 'poetry.lock']) {
    const file = path.join(dir, name);
    const text = read(file);
    const doc = text === undefined ? undefined : toml(text);
    const packages = doc && Array.isArray(doc.package) ? doc.package : [];
    for (const p of packages) {
      if (isTable(p) && typeof p.name === 'string' && normalizeName(p.name) === NAME && typeof p.version === 'string') return { version: p.version, file };
    }
  }
  const file = path.join(dir, 'Pipfile.lock');
  const text = read(file);
  if (text !== undefined) {
    try {
      const lock = JSON.parse(text) as Record<string, unknown>;
      for (const section of ['default', 'develop']) {
        const entry = isTable(lock[section]) ? (lock[section] as Record<string, unknown>)[NAME] : undefined;
        const version = isTable(entry) && typeof entry.version === 'string' ? entry.version.replace(/^==/, '') : undefined;
        if (version) return { version, file };
      }
    } catch {
      // A broken lock file says nothing.
    }
  }
  return undefined;
}

export function readTextOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
