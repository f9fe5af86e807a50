/**
 * How work grows with input size, as a ratio: the time for an input `factor`
 * times larger over the time for the base input. Each size is run enough times
 * to take at least 40 ms, and the best of a few rounds (interleaved) is kept, so
 * a noisy shared machine moves the ratio little. Linear work gives about
 * `factor`, quadratic `factor²`; tests assert a generous bound between the two,
 * never an absolute time.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

const MIN_SAMPLE_NS = 40e6;

// A full collection before each sample, so one sample does not pay for another's garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

async function timeOf(run: () => unknown, reps: number): Promise<number> {
  gc();
  const start = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) await run();
  return Number(process.hrtime.bigint() - start) / reps;
}

export async function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 4, rounds = 5): Promise<number> {
  const inputs = [make(n), make(n * factor)] as const;
  const reps = [1, 1];
  for (const k of [0, 1]) {
    const once = await timeOf(() => run(inputs[k]), 1); // also warms up
    reps[k] = Math.min(50, Math.max(1, Math.ceil(MIN_SAMPLE_NS / Math.max(once, 1))));
  }
  const best = [Infinity, Infinity];
  for (let i = 0; i < rounds; i++) {
    for (const k of [0, 1]) best[k] = Math.min(best[k]!, await timeOf(() => run(inputs[k]), reps[k]!));
  }
  return best[1]! / best[0]!;
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
