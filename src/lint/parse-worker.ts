/**
 * The helper thread of parse-thread.ts: lints the files it is sent, one at a
 * time and in the order sent, with the same per-file lint as the main thread.
 *
 * That lint comes from the bundled CLI (dist/cli/main.cjs, scripts/bundle-cli.ts)
 * with its V8 code cache, as the main thread's does: compiling the ~100 modules
 * and the validators again took the helper ~1 s of its start. Without the bundle
 * (built without esbuild), from the modules themselves.
 *
 * The parser (TypeScript, typescript-estree, scope-manager: ~0.3 s) is loaded at
 * once, before the first file arrives, with the compile cache of its modules
 * (src/sources/js/compile-cache.ts), which is written when the main thread says
 * the run is over.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCommonJs } from '../engine/code-cache.js';
import { requireWithCompileCache, saveCompileCache } from '../sources/js/compile-cache.js';
import type { lintOneFile as LintOneFile, PendingFile } from './lint-files.js';
import type { LintOptions } from './lint-text.js';

// The same modules, from the same folder, as the bundle's JS source then finds in the module cache.
const require = createRequire(import.meta.url);
try {
  requireWithCompileCache(require, '@typescript-eslint/typescript-estree');
  requireWithCompileCache(require, '@typescript-eslint/scope-manager');
} catch {
  // No typescript: the first file says so, as on the main thread.
}

const bundle = fileURLToPath(new URL('../../cli/main.cjs', import.meta.url));
const lintOneFile: typeof LintOneFile = fs.existsSync(bundle)
  ? (loadCommonJs(bundle).exports as { lintOneFile: typeof LintOneFile }).lintOneFile
  : (await import('./lint-files.js')).lintOneFile;

const { options } = workerData as { options: LintOptions };
let previous: Promise<unknown> = Promise.resolve();
let linted = 0;
parentPort!.on('message', (message: { id: number; file: PendingFile } | { finish: true }) => {
  if ('finish' in message) {
    previous = previous.then(() => {
      // After parses only: the cached data then holds the functions a parse compiles (written once, it stays).
      if (linted > 0) saveCompileCache();
      parentPort!.postMessage({ finished: true });
    });
    return;
  }
  const { id, file } = message;
  // One file at a time: the per-file lint was written for one caller.
  previous = previous.then(async () => {
    const result = await lintOneFile(file, options);
    linted++;
    parentPort!.postMessage({ id, result });
  });
});
