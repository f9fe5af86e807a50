/**
 * Paths and globs → the files to lint. Folders are walked with fast-glob,
 * skipping node_modules, VCS folders and build output, and honoring .gitignore;
 * a file named explicitly is always linted. A path or pattern that matches
 * nothing is an error, never silence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';
import { ALL_EXTENSIONS, isLintable } from '../sources/index.js';

/** Never walked, even with --no-ignore: they hold no file of the user's. */
const VCS_FOLDERS = ['.git', '.hg', '.svn'];

/** Folders skipped when walking (unless --no-ignore), and why: said under --debug. */
export const DEFAULT_IGNORED_FOLDERS: Readonly<Record<string, string>> = {
  node_modules: 'installed packages',
  dist: 'build output',
  build: 'build output',
  out: 'build output',
  coverage: 'test coverage output',
  '.next': 'build output',
  '.nuxt': 'build output',
  '.turbo': 'build cache',
  '.cache': 'build cache',
};

export const DEFAULT_IGNORES = [
  ...[...VCS_FOLDERS, ...Object.keys(DEFAULT_IGNORED_FOLDERS)].map((f) => `**/${f}/**`),
  '**/*.min.js',
];

/** Ignore patterns with the folder they are relative to (ESLint: the working folder for --ignore-pattern, the config file's folder for its ignores). */
export interface IgnoreRules {
  base: string;
  patterns: string[];
}

export interface DiscoverOptions {
  cwd: string;
  /** .gitignore-style patterns (`requests/`, `/requests/bad.json`, `**\/*.tmp`), each set relative to its base. */
  ignore?: IgnoreRules[];
  /** Lint what the defaults, .gitignore and ignore patterns skip (VCS folders are still skipped). */
  noIgnore?: boolean;
  /** A path or glob that matches nothing is a notice, not an error. */
  allowUnmatched?: boolean;
  /** One line per fact: what was skipped and why. */
  debug?: (line: string) => void;
}

export interface FileToLint {
  path: string;
  /** Named on the command line (or by pre-commit), not found by walking. */
  explicit: boolean;
}

export interface DiscoveryError {
  pattern: string;
  message: string;
}

export interface Discovery {
  files: FileToLint[];
  errors: DiscoveryError[];
  /** Explicit files of a type lint-payloads does not read (said, not failed). */
  skipped: string[];
  /** Said, not failed: a folder or glob that gave no file to lint. */
  notices: string[];
}

/** Glob syntax fast-glob would expand. Checked by hand so that naming files (pre-commit) never loads fast-glob. */
function isGlob(pattern: string): boolean {
  return /[*?[\]{}()!]/.test(pattern.replace(/\\./g, ''));
}

// Packages loaded when first needed, with `require`: both are CommonJS, and the bundled CLI (a CommonJS script) cannot `import()`.
const require = createRequire(import.meta.url);
type FastGlob = typeof import('fast-glob');
let fastGlob: FastGlob | undefined;
const loadFastGlob = (): FastGlob => (fastGlob ??= require('fast-glob') as FastGlob);
type IgnoreFactory = () => Ignore;
let ignoreFactory: IgnoreFactory | undefined;

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** .gitignore rules, per folder, applied from the repository root down. */
class GitIgnores {
  private readonly cache = new Map<string, Ignore | null>();

  constructor(private readonly makeIgnore: IgnoreFactory) {}

  private rulesIn(dir: string): Ignore | null {
    let rules = this.cache.get(dir);
    if (rules === undefined) {
      // A repository's own .git/info/exclude applies like a .gitignore at its root.
      const texts = [readText(path.join(dir, '.gitignore')), readText(path.join(dir, '.git', 'info', 'exclude'))].filter((t): t is string => t !== undefined);
      const made = texts.length === 0 ? null : this.makeIgnore().add(texts.join('\n'));
      this.cache.set(dir, made);
      return made;
    }
    return rules;
  }

  /** The topmost folder whose .gitignore applies: the repository root above `dir`, else `dir`. */
  rootFor(dir: string): string {
    let d = path.resolve(dir);
    for (;;) {
      if (fs.existsSync(path.join(d, '.git'))) return d;
      const up = path.dirname(d);
      if (up === d) return path.resolve(dir);
      d = up;
    }
  }

  ignored(file: string, root: string): boolean {
    const dirs: string[] = [];
    for (let d = path.dirname(file); ; d = path.dirname(d)) {
      dirs.unshift(d);
      if (d === root || path.dirname(d) === d) break;
    }
    let state = false;
    for (const d of dirs) {
      const rules = this.rulesIn(d);
      if (!rules) continue;
      const rel = path.relative(d, file).split(path.sep).join('/');
      const verdict = rules.test(rel);
      if (verdict.ignored) state = true;
      else if (verdict.unignored) state = false;
    }
    return state;
  }
}

/** User ignore patterns, matched as .gitignore lines relative to their base folder. */
class IgnorePatterns {
  private readonly sets: { base: string; rules: Ignore; patterns: string[] }[];

  constructor(sets: IgnoreRules[], makeIgnore: IgnoreFactory) {
    this.sets = sets.filter((s) => s.patterns.length).map((s) => ({ base: path.resolve(s.base), rules: makeIgnore().add(s.patterns), patterns: s.patterns }));
  }

  /** The pattern set that ignores `file`, if one does. A file outside a set's base folder is not matched by it. */
  match(file: string): string | undefined {
    for (const set of this.sets) {
      const rel = path.relative(set.base, file);
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      if (set.rules.ignores(rel.split(path.sep).join('/'))) return `an ignore pattern (${set.patterns.join(', ')}, relative to ${set.base})`;
    }
    return undefined;
  }
}

/** --debug: the folders and files a walk of `root` skips by default, without descending into them. */
function reportDefaultSkips(root: string, debug: (line: string) => void): void {
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (VCS_FOLDERS.includes(e.name)) continue;
        const why = Object.prototype.hasOwnProperty.call(DEFAULT_IGNORED_FOLDERS, e.name) ? DEFAULT_IGNORED_FOLDERS[e.name] : e.name.startsWith('.') ? 'a dot-folder' : undefined;
        if (why) debug(`skipped ${full}${path.sep}: ${why}, skipped by default (--no-ignore walks it)`);
        else walk(full);
      } else if (e.isFile()) {
        if (e.name.endsWith('.min.js')) debug(`skipped ${full}: minified, skipped by default (--no-ignore reads it)`);
        else if (e.name.startsWith('.') && isLintable(full)) debug(`skipped ${full}: a dot-file, skipped by default (--no-ignore reads it)`);
      }
    }
  };
  walk(root);
}

export async function discover(patterns: string[], options: DiscoverOptions): Promise<Discovery> {
  const found = new Map<string, FileToLint>();
  const errors: DiscoveryError[] = [];
  const skipped: string[] = [];
  const notices: string[] = [];
  const debug = options.debug;
  const noIgnore = options.noIgnore === true;
  let gitignores: GitIgnores | undefined;
  let userIgnores: IgnorePatterns | undefined;
  const globIgnores = noIgnore ? VCS_FOLDERS.map((f) => `**/${f}/**`) : DEFAULT_IGNORES;
  const extGlob = `**/*.{${ALL_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
  const unmatched = (pattern: string, message: string): void => {
    if (options.allowUnmatched) notices.push(`${message}.`);
    else errors.push({ pattern, message });
  };
  const loadIgnores = async (): Promise<void> => {
    ignoreFactory ??= require('ignore') as IgnoreFactory;
    gitignores ??= new GitIgnores(ignoreFactory);
    userIgnores ??= new IgnorePatterns(noIgnore ? [] : (options.ignore ?? []), ignoreFactory);
  };
  if (!noIgnore && options.ignore?.some((s) => s.patterns.length)) await loadIgnores();

  /** Adds walked files; returns how many were left out by .gitignore and by ignore patterns. */
  const addWalked = async (files: string[], root: string): Promise<{ gitignored: number; patternIgnored: number }> => {
    await loadIgnores();
    const gitRoot = gitignores!.rootFor(root);
    let gitignored = 0;
    let patternIgnored = 0;
    for (const f of files) {
      const abs = path.resolve(f);
      if (!isLintable(abs) || found.has(abs)) continue;
      const byPattern = userIgnores!.match(abs);
      if (byPattern) {
        patternIgnored++;
        debug?.(`skipped ${abs}: matches ${byPattern}`);
        continue;
      }
      if (!noIgnore && gitignores!.ignored(abs, gitRoot)) {
        gitignored++;
        debug?.(`skipped ${abs}: ignored by .gitignore`);
        continue;
      }
      found.set(abs, { path: abs, explicit: false });
    }
    return { gitignored, patternIgnored };
  };

  for (const pattern of patterns) {
    const abs = path.resolve(options.cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        errors.push({ pattern, message: `${pattern}: too many levels of symbolic links (a symlink loop)` });
        continue;
      }
      if (code === 'EACCES') {
        errors.push({ pattern, message: `${pattern}: permission denied` });
        continue;
      }
      if (!isGlob(pattern)) {
        unmatched(pattern, `${pattern}: no such file or directory`);
        continue;
      }
    }
    if (stat?.isFile()) {
      // As ESLint: a file named explicitly skips the default ignores and .gitignore, but not the user's ignore patterns.
      const byPattern = userIgnores?.match(abs);
      if (byPattern) {
        notices.push(`Skipped ${pattern}: it matches ${byPattern}; --no-ignore lints it.`);
        debug?.(`skipped ${abs}: matches ${byPattern}`);
      } else if (isLintable(abs)) {
        found.set(abs, { path: abs, explicit: true });
      } else {
        skipped.push(pattern);
        debug?.(`skipped ${abs}: not a file type lint-payloads reads`);
      }
      continue;
    }
    if (stat?.isDirectory()) {
      const fg = loadFastGlob();
      if (debug && !noIgnore) reportDefaultSkips(abs, debug);
      // REQUEST.JSON is a request file too.
      const files = await fg(extGlob, { cwd: abs, absolute: true, ignore: globIgnores, followSymbolicLinks: false, suppressErrors: true, dot: noIgnore, caseSensitiveMatch: false });
      const before = found.size;
      const left = await addWalked(files, abs);
      if (found.size === before) {
        const why = [left.gitignored ? 'ignored by .gitignore' : '', left.patternIgnored ? 'matched by an ignore pattern' : ''].filter(Boolean).join(' or ');
        notices.push(`No request or source files found under ${pattern}${why ? ` (all of them are ${why})` : ''}.`);
      }
      continue;
    }
    // A glob: matched files count as found by walking (ignores apply).
    const fg = loadFastGlob();
    const files = await fg(pattern.split(path.sep).join('/'), { cwd: options.cwd, absolute: true, ignore: globIgnores, followSymbolicLinks: false, suppressErrors: true, dot: noIgnore, onlyFiles: true });
    if (files.length === 0) {
      // Say when the files exist but are skipped (node_modules, build output): naming them lints them.
      const unignored = await fg(pattern.split(path.sep).join('/'), { cwd: options.cwd, followSymbolicLinks: false, suppressErrors: true, dot: false, onlyFiles: true });
      unmatched(
        pattern,
        unignored.length
          ? `${pattern}: every file it matches is in a folder lint-payloads skips (node_modules, VCS folders, build output, dot-folders); name the files to lint them, or add --no-ignore`
          : `${pattern}: no files match this pattern`,
      );
      continue;
    }
    const before = found.size;
    const left = await addWalked(files, options.cwd);
    if (found.size === before) {
      if (left.patternIgnored) unmatched(pattern, `${pattern}: every file it matches is matched by an ignore pattern (--ignore-pattern or the config's ignore)`);
      else notices.push(`${pattern}: every file it matches is ignored by .gitignore.`);
    }
  }
  const files = [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { files, errors, skipped, notices };
}
