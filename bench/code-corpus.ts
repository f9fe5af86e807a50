/**
 * The JS/TS corpus of the benchmarks: the .js/.ts/.d.ts files of this project's
 * own node_modules (sorted files of a few big packages, the Anthropic SDK first,
 * capped at N). Shared by the ESLint overhead bench and the CLI robustness pass.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const PACKAGES = ['@anthropic-ai', 'eslint', '@typescript-eslint', 'ajv', 'json-schema-to-ts'];
const EXTENSIONS = /\.(?:[mc]?js|[mc]?ts)$/;
/** Minified bundles and huge generated files measure the parser, not linting. */
export const MAX_BYTES = 200_000;

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && EXTENSIONS.test(entry.name) && fs.statSync(full).size <= MAX_BYTES) out.push(full);
  }
}

export function corpus(limit: number, packages: readonly string[] = PACKAGES): string[] {
  const files: string[] = [];
  for (const pkg of packages) walk(path.join(ROOT, 'node_modules', pkg), files);
  return files.slice(0, limit);
}
