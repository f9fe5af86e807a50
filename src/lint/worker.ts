/**
 * A worker thread's share of a large run: the same per-file lint as the main
 * thread (lintOneFile), results posted back in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintOneFile } from './lint-files.js';
import type { FileToLint } from './discover.js';
import type { LintOptions } from './lint-text.js';

const { files, options } = workerData as { files: FileToLint[]; options: LintOptions };
const results = [];
for (const file of files) {
  const result = await lintOneFile(file, options);
  if (result) results.push(result);
}
parentPort!.postMessage(results);
