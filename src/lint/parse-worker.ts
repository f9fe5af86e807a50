/**
 * The helper thread of parse-thread.ts: lints the files it is sent, one at a
 * time and in the order sent, with the same per-file lint as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintOneFile, type PendingFile } from './lint-files.js';
import type { LintOptions } from './lint-text.js';

const { options } = workerData as { options: LintOptions };
let previous: Promise<unknown> = Promise.resolve();
parentPort!.on('message', ({ id, file }: { id: number; file: PendingFile }) => {
  // One file at a time: the per-file lint was written for one caller.
  previous = previous.then(async () => parentPort!.postMessage({ id, result: await lintOneFile(file, options) }));
});
