/**
 * A plain recursive walk of a folder with `readdir`, for the small walks that
 * need no ignore rules (hashing the build, --debug's list of default skips).
 * An unreadable folder is passed over. Symbolic links are entries, not followed.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Calls `visit` for each entry under `dir`; a folder is descended into when `visit` returns true for it. */
export function walkDir(dir: string, visit: (entry: fs.Dirent, full: string) => boolean | void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (visit(e, full) === true && e.isDirectory()) walkDir(full, visit);
  }
}
