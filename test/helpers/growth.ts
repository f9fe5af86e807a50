/**
 * How work grows with input size, as a ratio: the time for an input `factor`
 * times larger over the time for the base input. Each size is run enough times
 * to take at least 40 ms, and the best of a few rounds (interleaved) is kept, so
 * a noisy shared machine moves the ratio little. Linear work gives about
 * `factor`, quadratic `factor²`; tests assert a generous bound between the two,
 * never an absolute time.
 *
 * The ratio is of CPU time (user + system) by default: on a machine shared with
 * other jobs a process waits for a core, which stretches wall time unevenly (a
 * 100,000-call file: 5.4× the wall time of 25,000 calls, 3.8× the CPU time).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

const MIN_SAMPLE_NS = 40e6;

// A full collection before each sample, so one sample does not pay for another's garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Nanoseconds per run, of wall and of CPU time. */
async function timeOf(run: () => unknown, reps: number): Promise<{ wall: number; cpu: number }> {
  gc();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) await run();
  const wall = Number(process.hrtime.bigint() - start) / reps;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: ((used.user + used.system) * 1000) / reps };
}

/** Both ratios (best of `rounds` interleaved rounds each). */
export async function growthRatios<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 4, rounds = 5): Promise<{ wall: number; cpu: number }> {
  const inputs = [make(n), make(n * factor)] as const;
  const reps = [1, 1];
  for (const k of [0, 1]) {
    const once = await timeOf(() => run(inputs[k]), 1); // also warms up
    reps[k] = Math.min(50, Math.max(1, Math.ceil(MIN_SAMPLE_NS / Math.max(once.wall, 1))));
  }
  const best = [
    { wall: Infinity, cpu: Infinity },
    { wall: Infinity, cpu: Infinity },
  ];
  for (let i = 0; i < rounds; i++) {
    for (const k of [0, 1]) {
      const t = await timeOf(() => run(inputs[k]), reps[k]!);
      best[k] = { wall: Math.min(best[k]!.wall, t.wall), cpu: Math.min(best[k]!.cpu, t.cpu) };
    }
  }
  return { wall: best[1]!.wall / best[0]!.wall, cpu: best[1]!.cpu / Math.max(best[0]!.cpu, 1) };
}

/** The CPU-time ratio (see above). */
export async function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 4, rounds = 5): Promise<number> {
  return (await growthRatios(make, run, n, factor, rounds)).cpu;
}

/**
 * Work counted instead of timed: calls of a String.prototype method during
 * `run`, and the characters those calls returned (for slice: the characters
 * copied). Deterministic, so a quadratic loop cannot hide in a machine's noise.
 */
export async function countStringCalls(method: 'indexOf' | 'slice' | 'charCodeAt', run: () => unknown): Promise<{ calls: number; chars: number }> {
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[method]!;
  const counted = { calls: 0, chars: 0 };
  proto[method] = function (this: string, ...args: unknown[]) {
    counted.calls++;
    const out = original.apply(this, args);
    if (typeof out === 'string') counted.chars += out.length;
    return out;
  };
  try {
    await run();
  } finally {
    proto[method] = original;
  }
  return counted;
}
