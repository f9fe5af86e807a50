/**
 * What the linter's build is, for `--cache`: a hash of the content of every
 * compiled file that decides findings (dist/src, dist/rules, dist/validators).
 * Content, not modification times: `npm ci` and a fresh checkout rewrite every
 * file with new times and the same bytes, and a cache must survive that (CI).
 *
 * `npm run build` writes it once into dist/src/build-stamp.json; a run that finds
 * the stamp missing, or older than a compiled file (a `tsc` without the build
 * script), hashes the files itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { walkDir } from './walk-dir.js';
import { fileURLToPath } from 'node:url';

/** dist/, from dist/src/lint/. */
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HASHED_FOLDERS = ['src', 'rules', 'validators'];
export const BUILD_STAMP_FILE = path.join(DIST, 'src', 'build-stamp.json');

/** The compiled files that run, sorted; declarations and the stamp itself are not code. */
function compiledFiles(dist: string): string[] {
  const out: string[] = [];
  const stamp = path.join(dist, 'src', 'build-stamp.json');
  const walk = (dir: string): void =>
    walkDir(dir, (e, full) => {
      if (e.isDirectory()) return true;
      if (/\.(c|m)?js$|\.json$/.test(e.name) && full !== stamp) out.push(full);
    });
  for (const folder of HASHED_FOLDERS) walk(path.join(dist, folder));
  return out.sort();
}

export function hashBuild(dist = DIST): string {
  const hash = process.getBuiltinModule('node:crypto').createHash('sha256');
  for (const file of compiledFiles(dist)) {
    hash.update(path.relative(dist, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('base64');
}

/** Written by the build (scripts/build-stamp.ts). */
export function writeBuildStamp(dist = DIST): string {
  const hash = hashBuild(dist);
  fs.writeFileSync(path.join(dist, 'src', 'build-stamp.json'), JSON.stringify({ hash }) + '\n');
  return hash;
}

let memo: string | undefined;

/** The build's hash: the stamp when it is current, else computed now. */
export function buildHash(): string {
  if (memo !== undefined) return memo;
  try {
    const stampTime = fs.statSync(BUILD_STAMP_FILE).mtimeMs;
    // Staleness only: a file compiled after the stamp was written. The key is the content.
    if (compiledFiles(DIST).every((f) => fs.statSync(f).mtimeMs <= stampTime)) {
      const { hash } = JSON.parse(fs.readFileSync(BUILD_STAMP_FILE, 'utf8')) as { hash?: unknown };
      if (typeof hash === 'string') return (memo = hash);
    }
  } catch {
    // no stamp: hash below
  }
  return (memo = hashBuild());
}
