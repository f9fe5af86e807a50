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
 * (threadCount: 2 cores), has enough files for the walk to hide the helper's
 * start, and a core was idle while the files were found; `--concurrency off` and
 * a given number of threads never start it. The helper starts with the lint loop
 * when the run has JS/TS files and loads the parser at once, before the first
 * file that needs it is found.
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

/** Idle CPU time of every core so far (ms), and when it was read: two readings say how idle the machine is between them. */
export interface CpuSample {
  at: number;
  idle: number;
  total: number;
  cores: number;
}

export function sampleCpus(): CpuSample {
  const os = process.getBuiltinModule('node:os');
  let idle = 0;
  let total = 0;
  const cpus = os.cpus();
  for (const { times } of cpus) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { at: performance.now(), idle, total, cores: cpus.length };
}

/**
 * Below this much of the machine's CPU time between two samples (ms, all cores), the
 * kernel's 10 ms ticks say too little: the load average decides.
 */
const MIN_SAMPLED_CPU_TIME = 40;

/**
 * How many cores were idle between `since` (taken when the run started) and now: the
 * current state, where the 1-minute load average lags (a previous command still
 * counts for a minute). The main thread keeps one core busy meanwhile, so on an
 * idle 2-core machine this is about 1. Without a sample long enough to say, the
 * load average: the cores less the load; `os.loadavg()` is [0, 0, 0] where the
 * system has none (Windows).
 */
export function idleCoreCount(since?: CpuSample, now: CpuSample | undefined = since && sampleCpus()): number {
  if (since && now && now.total - since.total >= MIN_SAMPLED_CPU_TIME && now.cores === since.cores) {
    return ((now.idle - since.idle) / (now.total - since.total)) * now.cores;
  }
  const os = process.getBuiltinModule('node:os');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores - os.loadavg()[0]!;
}

/**
 * Only with a core to spare: the helper wins wall time only by running beside the
 * main thread. On a busy machine (measured with a load average of 5 to 10 on 2
 * cores) it gained nothing and cost 2 to 6 % (its start, a second copy of the
 * linter). Half a core idle is enough: the helper's work (loading and parsing,
 * ~1 s of CPU) then still ends about when the main thread's does.
 */
export function wantsParseThread(concurrency: number | 'auto' | undefined, threads: number, files: number, idleCores: number | (() => number) = idleCoreCount): boolean {
  if (!((concurrency === undefined || concurrency === 'auto') && threads <= 1 && files >= PARSE_THREAD_MIN_FILES)) return false;
  return (typeof idleCores === 'number' ? idleCores : idleCores()) >= MIN_IDLE_CORES;
}

/** How many cores idle (idleCoreCount) the helper needs. */
export const MIN_IDLE_CORES = 0.5;

interface Waiting {
  file: PendingFile;
  resolve: (result: LintResult | undefined) => void;
}

export class ParseThread {
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

  /**
   * Starts the helper, which loads the parser at once: its start overlaps the main thread's work from the first file.
   * `standby`: started before the run knows it wants it, so it does not keep the process alive until then.
   */
  start(standby = false): void {
    if (this.failed) return;
    this.worker ??= this.spawn();
    if (standby) this.worker.unref();
    else this.worker.ref();
  }

  lint(file: PendingFile): Promise<LintResult | undefined> {
    if (this.failed) return this.lintOne(file, this.options);
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waitingText += file.text?.length ?? 0;
      this.waiting.set(id, { file, resolve });
      worker.postMessage({ id, file });
    });
  }

  private spawn(): WorkerType {
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: { options: this.options } });
    worker.on('message', ({ id, result, finished }: { id: number; result: LintResult | undefined; finished?: true }) => {
      if (finished) return this.finished?.();
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

  private finished: (() => void) | undefined;

  /**
   * Lets the helper write its compile cache (src/sources/js/compile-cache.ts: after its
   * parses, and only when it had none or a stale one), then ends it.
   */
  async close(): Promise<void> {
    const worker = this.worker;
    // A helper that was sent nothing has no cache worth writing, and may still be loading the parser: ended at once.
    if (worker && !this.failed && this.nextId > 0) {
      const done = new Promise<void>((resolve) => {
        this.finished = resolve;
        worker.once('exit', () => resolve());
      });
      worker.postMessage({ finish: true });
      await done;
    }
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
  started?: ParseThread,
): Promise<number> {
  if (!files.some((f) => sourceEntryFor(f.path)?.name === 'js')) {
    // Nothing for the helper (request files only): the plain loop.
    void started?.close();
    for (const [i, file] of files.entries()) each(file, await lintOne(file, options), i);
    return 0;
  }
  const helper = started ?? new ParseThread(options, lintOne);
  helper.start();
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
    await helper.close();
    return sent;
  } finally {
    void helper.close();
  }
}

/** The walk's time after which its CPU sample says enough (2 cores: 50 ms of CPU time, 5 of the kernel's ticks). */
const MIN_SAMPLE_MS = 25;

/**
 * Watches the walk (`onFile` for each file it finds) and starts the helper as soon
 * as the run is known to want it: PARSE_THREAD_MIN_FILES files found, a JS/TS file
 * among them, and a core idle since the walk found its first file (`since`, also
 * for the decision after the walk). The thread's start and the parser's loading
 * then overlap the rest of the walk instead of following it.
 */
export class ParseThreadDuringWalk {
  /** The started helper, for lintWithParseThread (or to close when the run did not need it). */
  helper: ParseThread | undefined;
  /** The machine's CPU times when the walk found its first file (none without a walk: files named one by one). */
  since: CpuSample | undefined;
  private found = 0;
  private sawJs = false;
  private decided = false;

  constructor(
    private readonly options: LintOptions,
    private readonly lintOne: LintOne,
    private readonly idleCores: () => number = () => idleCoreCount(this.since),
    since?: CpuSample,
  ) {
    this.since = since;
  }

  readonly onFile = (file: string): void => {
    if (this.decided) return;
    this.since ??= sampleCpus();
    this.found++;
    if (!this.sawJs) this.sawJs = sourceEntryFor(file)?.name === 'js';
    if (this.found < PARSE_THREAD_MIN_FILES || !this.sawJs || performance.now() - this.since.at < MIN_SAMPLE_MS) return;
    this.decided = true;
    if (this.idleCores() < MIN_IDLE_CORES) return;
    this.helper = new ParseThread(this.options, this.lintOne);
    this.helper.start(true);
  };
}
