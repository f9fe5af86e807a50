/**
 * Which source reads which file. Sources are loaded on first use, so a run over
 * request JSON never loads the TypeScript parser.
 */
import path from 'node:path';
import type { PayloadSource } from './types.js';
import { jsonSource, jsonlSource } from './json/index.js';

export const JSON_EXTENSIONS = ['.json', '.jsonl', '.ndjson'] as const;
export const CODE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx', '.mts', '.cts'] as const;
export const PYTHON_EXTENSIONS = ['.py', '.ipynb'] as const;
export const ALL_EXTENSIONS: readonly string[] = [...JSON_EXTENSIONS, ...CODE_EXTENSIONS, ...PYTHON_EXTENSIONS];

/** `.d.ts` files declare types; they never call the API. */
export function isLintable(filePath: string): boolean {
  const lower = filePath.toLowerCase();
  if (/\.d\.[mc]?ts$/.test(lower)) return false;
  return ALL_EXTENSIONS.includes(path.extname(lower));
}

let codeSource: Promise<PayloadSource> | undefined;
let pythonSources: Promise<typeof import('./python/index.js')> | undefined;

export async function sourceFor(filePath: string): Promise<PayloadSource | undefined> {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.json') return jsonSource;
  if (ext === '.jsonl' || ext === '.ndjson') return jsonlSource;
  if ((CODE_EXTENSIONS as readonly string[]).includes(ext)) {
    codeSource ??= import('./js/index.js').then((m) => m.jsSource);
    return codeSource;
  }
  if ((PYTHON_EXTENSIONS as readonly string[]).includes(ext)) return (pythonSources ??= import('./python/index.js')).then((m) => (ext === '.ipynb' ? m.notebookSource : m.pythonFileSource));
  return undefined;
}
