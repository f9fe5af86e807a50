/**
 * A big one-thread run's JS/TS files that need the parser, linted on one helper
 * thread while the main thread goes on walking, reading and checking the rest.
 *
 * In a repository most JS/TS files cannot hold a call (the text prefilter,
 * src/sources/js/prefilter.ts), and the few that can cost most of the run's
 * time: loading TypeScript (~0.4 s) and the first, cold parses. On one thread
 * that time adds to the walk's; on a helper thread it overlaps with it, and
 * the run's wall time is the longer of the two, not their sum.
 *
 * Used only under `--concurrency auto` when the run is on one thread anyway
 * (threadCount: 2 cores) and has enough files for the walk to hide the helper's
 * start; `--concurrency off` and a given number of threads never start it.
 * Results keep the order files were found in: a result waits for those before it.
 * The helper lints a file exactly as the main thread would (lintOneFile); if the
 * helper fails, its files are linted on the main thread.
 */
import type { Worker as WorkerType } from 'node:worker_threads';
import type { LintOptions } from './lint-text.js';
import type { LintResult } from './results.js';
import type { PendingFile } from './lint-files.js';
import { sourceEntryFor } from '../sources/index.js';
import { mightContainCalls } from '../sources/js/prefilter.js';

/** Below this many files the walk is too short to hide the helper thread's start (a thread, the bundled CLI from its code cache, TypeScript). */
export const PARSE_THREAD_MIN_FILES = 500;

/**
 * Text sent to the helper and not yet linted (UTF-16 code units). Past this the
 * main thread lints a file needing the parser itself: the texts waiting stay a
 * bounded amount of memory, and in a tree where most files need the parser both
 * threads parse. Not small: on a loaded machine two parsing threads each warm
 * up their own TypeScript (measured on a tree where every file needs the parser,
 * 1 MB here: +30 % CPU against one parser and 1.6× the memory), so the main
 * thread parses only when the helper is far behind.
 */
const MAX_WAITING_TEXT = 16_000_000;

/** While the helper has files, the main thread lets its answers in after this many files of its own. */
const YIELD_EVERY = 16;

type LintOne = (file: PendingFile, options: LintOptions) => Promise<LintResult | undefined>;
type Read = (filePath: string, explicit: boolean) => { text: string } | { problem: LintResult } | undefined;

/**
 * Only with a core to spare: the helper wins wall time only by running beside the
 * main thread. On a busy machine (measured with a load average of 5 to 10 on 2
 * cores) it gained nothing and cost 2 to 6 % (its start, a second copy of the
 * linter); `os.loadavg()` is [0, 0, 0] where the system has none (Windows).
 */
export function wantsParseThread(concurrency: number | 'auto' | undefined, threads: number, files: number, idleCores = idleCoreCount()): boolean {
  return (concurrency === undefined || concurrency === 'auto') && threads <= 1 && files >= PARSE_THREAD_MIN_FILES && idleCores >= 1;
}

function idleCoreCount(): number {
  const os = process.getBuiltinModule('node:os');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores - os.loadavg()[0]!;
}

interface Waiting {
  file: PendingFile;
  resolve: (result: LintResult | undefined) => void;
}

class ParseThread {
  private worker: WorkerType | undefined;
  private nextId = 0;
  private waitingText = 0;
  private readonly waiting = new Map<number, Waiting>();
  /** Set when the helper failed: what is waiting, and what comes, is linted here. */
  private failed = false;

  constructor(
    private readonly options: LintOptions,
    private readonly lintOne: LintOne,
  ) {}

  get waitingCount(): number {
    return this.waiting.size;
  }

  get busy(): boolean {
    return this.waitingText >= MAX_WAITING_TEXT;
  }

  lint(file: PendingFile): Promise<LintResult | undefined> {
    if (this.failed) return this.lintOne(file, this.options);
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waitingText += file.text?.length ?? 0;
      this.waiting.set(id, { file, resolve });
      worker.postMessage({ id, file });
    });
  }

  private start(): WorkerType {
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: { options: this.options } });
    worker.on('message', ({ id, result }: { id: number; result: LintResult | undefined }) => {
      const w = this.waiting.get(id);
      this.waiting.delete(id);
      this.waitingText -= w?.file.text?.length ?? 0;
      w?.resolve(result);
    });
    const fail = (): void => {
      if (this.failed) return;
      this.failed = true;
      for (const w of this.waiting.values()) void this.lintOne(w.file, this.options).then(w.resolve);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return worker;
  }

  close(): void {
    this.failed = true;
    void this.worker?.terminate();
  }
}

/**
 * Lints `files` in order on this thread, with the helper thread for files that
 * need the parser; `each` gets every file's result in the order of `files`.
 * Returns how many files the helper linted.
 */
export async function lintWithParseThread(
  files: readonly PendingFile[],
  options: LintOptions,
  lintOne: LintOne,
  read: Read,
  each: (file: PendingFile, result: LintResult | undefined, index: number) => void,
): Promise<number> {
  const helper = new ParseThread(options, lintOne);
  const clients = options.clients ?? 'anthropic-only';
  // Results not yet given to `each`, in order; a helper's result is a promise until it is back.
  const queue: { file: PendingFile; result: LintResult | undefined | Promise<LintResult | undefined>; done: boolean }[] = [];
  let given = 0;
  let ownFiles = 0;
  let sent = 0;
  const giveReady = (): void => {
    while (queue.length > 0 && queue[0]!.done) {
      const { file, result } = queue.shift()!;
      each(file, result as LintResult | undefined, given++);
    }
  };
  try {
    for (const file of files) {
      let pending: PendingFile = file;
      if (sourceEntryFor(file.path)?.name === 'js') {
        // Read here, once: the text decides where the file is linted, and goes with it.
        const readResult = file.text === undefined ? read(file.path, file.explicit) : { text: file.text };
        if (readResult && 'text' in readResult) {
          pending = { ...file, text: readResult.text };
          if (!helper.busy && mightContainCalls(readResult.text, clients)) {
            const entry = { file, result: helper.lint(pending) as LintResult | undefined | Promise<LintResult | undefined>, done: false };
            void (entry.result as Promise<LintResult | undefined>).then((r) => {
              entry.result = r;
              entry.done = true;
            });
            queue.push(entry);
            sent++;
            continue;
          }
        }
        // Not text, or unreadable: lintOneFile reads it again and says so, as without the helper.
      }
      queue.push({ file, result: await lintOne(pending, options), done: true });
      // The helper's answers are events: without a turn of the event loop (a file's lint may never leave the
      // microtask queue) they would all wait for the end.
      if (helper.waitingCount > 0 && ++ownFiles % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      giveReady();
    }
    for (const entry of queue) {
      entry.result = await entry.result;
      entry.done = true;
    }
    giveReady();
    return sent;
  } finally {
    helper.close();
  }
}
