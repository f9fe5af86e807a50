/**
 * A long run's peak memory (issue 16, target 7). V8 doubles its young generation
 * (the new space, two semi-spaces) each time as many bytes as it holds have survived
 * scavenges, up to 2 × 16 MB. A lint run keeps almost nothing per file, yet the few
 * hundred KB alive at each scavenge (the file being checked) add up, so every run of
 * a few thousand files ends at the maximum: +16 MB of RSS that a 1,000-file run,
 * which stops at 2 × 8 MB, does not have. This stops the growth where that run
 * stops; the cost is twice as many scavenges (each copies only what is alive): a few
 * % of CPU, paid only where it buys flat memory: a streamed report (stylish, github).
 * `--max-semi-space-size=8` says the same but only on node's command line; the growth
 * factor is read each time the space grows, so it can be set while running.
 */

/** The young generation's size to stop at: two 8 MB semi-spaces. */
const CAP_BYTES = 16 * 1024 * 1024;
/** Checked every this many files, from this many on: a short run never loads node:v8. */
const EVERY = 64;
const FROM = 256;

/** Called per file linted (done, total); once the young generation has grown to CAP_BYTES, it grows no more. */
export function capYoungGeneration(): (done: number) => void {
  let settled = false;
  return (done) => {
    if (settled || done < FROM || done % EVERY !== 0) return;
    const v8 = process.getBuiltinModule('node:v8');
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < CAP_BYTES) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    settled = true;
  };
}
