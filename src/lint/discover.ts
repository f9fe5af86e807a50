/**
 * Paths and globs → the files to lint. Folders are walked with fast-glob,
 * skipping node_modules, VCS folders and build output, and honoring .gitignore;
 * a file named explicitly is always linted. A path or pattern that matches
 * nothing is an error, never silence.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { ALL_EXTENSIONS, isLintable } from '../sources/index.js';

export const DEFAULT_IGNORES = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/.next/**',
  '**/.nuxt/**',
  '**/.turbo/**',
  '**/.cache/**',
  '**/*.min.js',
];

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

type FastGlob = typeof import('fast-glob');
let fastGlob: Promise<FastGlob> | undefined;
const loadFastGlob = (): Promise<FastGlob> => (fastGlob ??= import('fast-glob').then((m) => (m as { default: FastGlob }).default ?? m));
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

export async function discover(patterns: string[], options: { cwd: string; ignore?: string[] }): Promise<Discovery> {
  const found = new Map<string, FileToLint>();
  const errors: DiscoveryError[] = [];
  const skipped: string[] = [];
  const notices: string[] = [];
  let gitignores: GitIgnores | undefined;
  const ignorePatterns = [...DEFAULT_IGNORES, ...(options.ignore ?? [])];
  const extGlob = `**/*.{${ALL_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

  const addWalked = async (files: string[], root: string): Promise<void> => {
    ignoreFactory ??= ((await import('ignore')) as unknown as { default: IgnoreFactory }).default;
    gitignores ??= new GitIgnores(ignoreFactory);
    const gitRoot = gitignores.rootFor(root);
    for (const f of files) {
      const abs = path.resolve(f);
      if (!isLintable(abs) || found.has(abs)) continue;
      if (gitignores.ignored(abs, gitRoot)) continue;
      found.set(abs, { path: abs, explicit: false });
    }
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
        errors.push({ pattern, message: `${pattern}: no such file or directory` });
        continue;
      }
    }
    if (stat?.isFile()) {
      if (isLintable(abs)) found.set(abs, { path: abs, explicit: true });
      else skipped.push(pattern);
      continue;
    }
    if (stat?.isDirectory()) {
      const fg = await loadFastGlob();
      // REQUEST.JSON is a request file too.
      const files = await fg(extGlob, { cwd: abs, absolute: true, ignore: ignorePatterns, followSymbolicLinks: false, suppressErrors: true, dot: false, caseSensitiveMatch: false });
      const before = found.size;
      await addWalked(files, abs);
      if (found.size === before) notices.push(`No request or source files found under ${pattern}${files.length ? ' (all of them are ignored by .gitignore)' : ''}.`);
      continue;
    }
    // A glob: matched files count as found by walking (ignores apply).
    const fg = await loadFastGlob();
    const files = await fg(pattern.split(path.sep).join('/'), { cwd: options.cwd, absolute: true, ignore: ignorePatterns, followSymbolicLinks: false, suppressErrors: true, dot: false, onlyFiles: true });
    if (files.length === 0) {
      // Say when the files exist but are skipped (node_modules, build output): naming them lints them.
      const unignored = await fg(pattern.split(path.sep).join('/'), { cwd: options.cwd, followSymbolicLinks: false, suppressErrors: true, dot: false, onlyFiles: true });
      errors.push({
        pattern,
        message: unignored.length
          ? `${pattern}: every file it matches is in a folder lint-payloads skips (node_modules, VCS folders, build output, --ignore-pattern); name the files to lint them`
          : `${pattern}: no files match this pattern`,
      });
      continue;
    }
    const before = found.size;
    await addWalked(files, options.cwd);
    if (found.size === before) notices.push(`${pattern}: every file it matches is ignored by .gitignore.`);
  }
  const files = [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { files, errors, skipped, notices };
}
