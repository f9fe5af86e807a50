/**
 * V8's optimizing compiler on a long command-line run of request files. About a
 * third of the CPU of a 5,000-file run was TurboFan compiling on its background
 * thread, most of it the validators' and the JSON scanner's big functions with
 * everything inlined into them. Without inlining, and with functions over 8 KB of
 * bytecode left to the baseline compiler, that run takes ~20 % less CPU. A batch
 * file runs the same functions 100,000 times: there compiling the big ones pays,
 * and without inlining alone it takes ~10 % less (issue 16, targets 2 and 3;
 * measured interleaved against the defaults).
 *
 * The flags are set only by the CLI (a library does not change its host's V8), and
 * only once a run has done some work: a one-file run never loads node:v8 (1.5 ms),
 * and the bundle and the validator it uses are already loaded from their code
 * caches, which V8 would reject under other flags (a module loaded later, such as a
 * second API version's validator, is compiled instead: a few ms in a long run).
 * Both flags are read by V8 each time it decides or compiles, so setting them while
 * running applies to everything optimized from then on.
 */
const FLAGS = {
  files: ['--no-turbo-inlining', '--max-optimized-bytecode-size=8192'],
  batch: ['--no-turbo-inlining'],
};

/** Files linted, or windows of a JSONL file checked, before the flags are set (in a run of request files only). */
const AFTER = 32;

let enabled = false;
let keepDefaults = false;
let steps = 0;

/** The CLI's run: set the flags once it is long enough. */
export function enableLongRunFlags(): void {
  enabled = true;
}

/**
 * The run has files a code parser reads (JS/TS, Python): V8 keeps its defaults. The
 * parser's modules load whenever the first such file comes, from a compile cache
 * made under the defaults (src/sources/js/), which other flags would make V8 reject.
 */
export function keepDefaultV8Flags(): void {
  keepDefaults = true;
}

/** One more file linted, or window of a JSONL file checked: the kind that makes the run long picks the flags. */
export function longRunStep(step: 'file' | 'window'): void {
  if (!enabled || keepDefaults || ++steps !== AFTER) return;
  const v8 = process.getBuiltinModule('node:v8');
  for (const flag of FLAGS[step === 'file' ? 'files' : 'batch']) v8.setFlagsFromString(flag);
}
