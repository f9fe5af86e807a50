/**
 * Paths and globs → the files to lint. Folders are walked (readdir; globs are
 * expanded by fast-glob), skipping node_modules, VCS folders and build output,
 * and honoring .gitignore; a file named explicitly is always linted. A path or
 * pattern that matches nothing is an error, never silence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { walkDir } from './walk-dir.js';
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';
import { ALL_EXTENSIONS, isLintable, SOURCES } from '../sources/index.js';

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
  /** Each file a folder's walk finds, as it is found (before ignore patterns and .gitignore files above it). */
  onWalked?: (file: string) => void;
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

/** `ignore` is loaded when there are rules to apply (a .gitignore, ignore patterns), not for every walk. */
const makeIgnore = (): Ignore => (ignoreFactory ??= require('ignore') as IgnoreFactory)();

/** .gitignore rules, per folder, applied from the repository root down. */
class GitIgnores {
  private readonly cache = new Map<string, Ignore | null>();
  /** Per root, per folder: the folders from the root down to it that have rules. */
  private readonly chains = new Map<string, Map<string, { dir: string; rules: Ignore }[]>>();

  /** A walk listed `dir` and saw neither .gitignore nor .git in it: no file to read (a failed read costs more than the listing). */
  noRulesIn(dir: string): void {
    if (!this.cache.has(dir)) this.cache.set(dir, null);
  }

  private rulesIn(dir: string): Ignore | null {
    let rules = this.cache.get(dir);
    if (rules === undefined) {
      // A repository's own .git/info/exclude applies like a .gitignore at its root.
      const texts = [readText(path.join(dir, '.gitignore')), readText(path.join(dir, '.git', 'info', 'exclude'))].filter((t): t is string => t !== undefined);
      const made = texts.length === 0 ? null : makeIgnore().add(texts.join('\n'));
      this.cache.set(dir, made);
      return made;
    }
    return rules;
  }

  /** The folders with rules from `root` (or the file system's root, for a folder outside it) down to `dir`, outermost first. */
  private chain(dir: string, root: string): { dir: string; rules: Ignore }[] {
    let chains = this.chains.get(root);
    if (!chains) this.chains.set(root, (chains = new Map()));
    let chain = chains.get(dir);
    if (!chain) {
      const up = path.dirname(dir);
      const above = dir === root || up === dir ? [] : this.chain(up, root);
      const rules = this.rulesIn(dir);
      chain = rules ? [...above, { dir, rules }] : above;
      chains.set(dir, chain);
    }
    return chain;
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
    let state = false;
    for (const { dir, rules } of this.chain(path.dirname(file), root)) {
      const rel = path.relative(dir, file).split(path.sep).join('/');
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

  constructor(sets: IgnoreRules[]) {
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

/** Folder names a walk skips (lower case: any case is skipped). */
const SKIPPED_ALWAYS = new Set(VCS_FOLDERS.map((f) => f.toLowerCase()));
const SKIPPED_BY_DEFAULT = new Set([...VCS_FOLDERS, ...Object.keys(DEFAULT_IGNORED_FOLDERS)].map((f) => f.toLowerCase()));
const LINTED_EXTENSION = new RegExp(`\\.(?:${ALL_EXTENSIONS.map((e) => e.slice(1)).join('|')})$`, 'i');
const MINIFIED = /\.min\.js$/i;
/** Names a source excludes though it reads their ending (`.d.ts`): what isLintable checks besides the ending. */
const EXCLUDED = new RegExp(SOURCES.flatMap((s) => (s.excludes ? [s.excludes.source] : [])).join('|') || '(?!)', 'i');

/**
 * The files under `root` with an extension lint-payloads reads, by readdir: what
 * fast-glob gave for `**\/*.{json,…}` with DEFAULT_IGNORES (or only the VCS
 * folders' under --no-ignore), case-insensitive, without dot-files and
 * dot-folders (with them under --no-ignore), symbolic links neither followed nor
 * listed, unreadable folders passed over; at a fraction of its cost (a 15,000-file
 * tree: ~60 ms instead of ~270 ms with loading fast-glob).
 */
function walkFolder(root: string, noIgnore: boolean, gitignores?: GitIgnores, onWalked?: (file: string) => void): string[] {
  const skipped = noIgnore ? SKIPPED_ALWAYS : SKIPPED_BY_DEFAULT;
  const files: string[] = [];
  const visit = (dir: string): void => {
    // `dir` is absolute and normalized, an entry name holds no separator: joined without path.join's normalizing pass.
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (gitignores && !entries.some((e) => e.name === '.gitignore' || e.name === '.git')) gitignores.noRulesIn(dir);
    for (const e of entries) {
      const name = e.name;
      if (!noIgnore && name.startsWith('.')) continue;
      if (e.isDirectory()) {
        if (!skipped.has(name.toLowerCase())) visit(prefix + name);
      } else if (e.isFile() && LINTED_EXTENSION.test(name) && (noIgnore || !MINIFIED.test(name)) && !EXCLUDED.test(name)) {
        const file = prefix + name;
        files.push(file);
        onWalked?.(file);
      }
    }
  };
  visit(root);
  return files;
}

/** --debug: the folders and files a walk of `root` skips by default, without descending into them. */
function reportDefaultSkips(root: string, debug: (line: string) => void): void {
  walkDir(root, (e, full) => {
    if (e.isDirectory()) {
      if (VCS_FOLDERS.includes(e.name)) return false;
      const why = Object.prototype.hasOwnProperty.call(DEFAULT_IGNORED_FOLDERS, e.name) ? DEFAULT_IGNORED_FOLDERS[e.name] : e.name.startsWith('.') ? 'a dot-folder' : undefined;
      if (why) debug(`skipped ${full}${path.sep}: ${why}, skipped by default (--no-ignore walks it)`);
      return !why;
    }
    if (e.isFile()) {
      if (e.name.endsWith('.min.js')) debug(`skipped ${full}: minified, skipped by default (--no-ignore reads it)`);
      else if (e.name.startsWith('.') && isLintable(full)) debug(`skipped ${full}: a dot-file, skipped by default (--no-ignore reads it)`);
    }
    return false;
  });
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
  const unmatched = (pattern: string, message: string): void => {
    if (options.allowUnmatched) notices.push(`${message}.`);
    else errors.push({ pattern, message });
  };
  const loadIgnores = (): void => {
    gitignores ??= new GitIgnores();
    userIgnores ??= new IgnorePatterns(noIgnore ? [] : (options.ignore ?? []));
  };
  if (!noIgnore && options.ignore?.some((s) => s.patterns.length)) loadIgnores();

  /** Adds walked files (`walked`: by walkFolder, so absolute, normalized and lintable); returns how many were left out by .gitignore and by ignore patterns. */
  const addWalked = (files: string[], root: string, walked: boolean): { gitignored: number; patternIgnored: number } => {
    loadIgnores();
    const gitRoot = gitignores!.rootFor(root);
    let gitignored = 0;
    let patternIgnored = 0;
    for (const f of files) {
      const abs = walked ? f : path.resolve(f);
      if ((!walked && !isLintable(abs)) || found.has(abs)) continue;
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
      if (debug && !noIgnore) reportDefaultSkips(abs, debug);
      loadIgnores();
      const files = walkFolder(abs, noIgnore, noIgnore ? undefined : gitignores, options.onWalked);
      const before = found.size;
      const left = addWalked(files, abs, true);
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
    const left = addWalked(files, options.cwd, false);
    if (found.size === before) {
      if (left.patternIgnored) unmatched(pattern, `${pattern}: every file it matches is matched by an ignore pattern (--ignore-pattern or the config's ignore)`);
      else notices.push(`${pattern}: every file it matches is ignored by .gitignore.`);
    }
  }
  const files = [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { files, errors, skipped, notices };
}
