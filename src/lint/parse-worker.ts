/**
 * The helper thread of parse-thread.ts: lints the files it is sent, one at a
 * time and in the order sent, with the same per-file lint as the main thread.
 *
 * That lint comes from the bundled CLI (dist/cli/main.cjs, scripts/bundle-cli.ts)
 * with its V8 code cache, as the main thread's does: compiling the ~100 modules
 * and the validators again took the helper ~1 s of its start. Without the bundle
 * (built without esbuild), from the modules themselves.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCommonJs } from '../engine/code-cache.js';
import type { lintOneFile as LintOneFile, PendingFile } from './lint-files.js';
import type { LintOptions } from './lint-text.js';

const bundle = fileURLToPath(new URL('../../cli/main.cjs', import.meta.url));
const lintOneFile: typeof LintOneFile = fs.existsSync(bundle)
  ? (loadCommonJs(bundle).exports as { lintOneFile: typeof LintOneFile }).lintOneFile
  : (await import('./lint-files.js')).lintOneFile;

const { options } = workerData as { options: LintOptions };
let previous: Promise<unknown> = Promise.resolve();
parentPort!.on('message', ({ id, file }: { id: number; file: PendingFile }) => {
  // One file at a time: the per-file lint was written for one caller.
  previous = previous.then(async () => parentPort!.postMessage({ id, result: await lintOneFile(file, options) }));
});
