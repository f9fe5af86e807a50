/**
 * Timing child processes side by side: wall time (here), CPU time (user + system)
 * and peak RSS (reported by the child itself on exit, through a tiny preload).
 * The machine is shared and noisy: commands run interleaved (A B C A B C …) and
 * only medians and ratios of medians are reported.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Command {
  /** Arguments to `node` (the script first). */
  args: string[];
  /** Exit codes that mean the run worked (default 0 and 1: 1 is "findings"). */
  ok?: number[];
  cwd?: string;
}

export interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

export interface Stats {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  command: Command;
}

/**
 * Loaded with `node --require` into every measured process (the baselines too, so
 * its cost cancels out): on exit the main thread writes its CPU time and peak RSS
 * (`process.resourceUsage()`, which counts every thread) to the file named by the
 * environment. The variable is removed at once, so workers and children ignore it.
 */
const PRELOAD = `const out = process.env.BENCH_RUSAGE_FILE;
if (out) {
  delete process.env.BENCH_RUSAGE_FILE;
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(out, JSON.stringify({ cpuUs: u.userCPUTime + u.systemCPUTime, maxRssKb: u.maxRSS }));
  });
}
`;

export class Bench {
  private readonly preload: string;
  private readonly usageFile: string;

  constructor(
    readonly tmp: string,
    readonly cwd: string,
  ) {
    this.preload = path.join(tmp, 'rusage-preload.cjs');
    this.usageFile = path.join(tmp, 'rusage.json');
    fs.writeFileSync(this.preload, PRELOAD);
  }

  /** One run: wall, CPU and peak RSS. The child's output is discarded (reports go to -o files). */
  run(command: Command): Sample {
    fs.rmSync(this.usageFile, { force: true });
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', this.preload, ...command.args], {
      cwd: command.cwd ?? this.cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BENCH_RUSAGE_FILE: this.usageFile },
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    const ok = command.ok ?? [0, 1];
    if (r.status === null || !ok.includes(r.status)) {
      throw new Error(`node ${command.args.join(' ')} exited ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 2000)}`);
    }
    const usage = JSON.parse(fs.readFileSync(this.usageFile, 'utf8')) as { cpuUs: number; maxRssKb: number };
    return { wallMs, cpuMs: usage.cpuUs / 1000, rssMb: usage.maxRssKb / 1024 };
  }

  /** Each command once to warm the file cache, then `rounds` interleaved rounds; medians. */
  sideBySide<K extends string>(commands: Record<K, Command>, rounds: number): Record<K, Stats> {
    const names = Object.keys(commands) as K[];
    const samples = Object.fromEntries(names.map((n) => [n, [] as Sample[]])) as Record<K, Sample[]>;
    for (const name of names) this.run(commands[name]);
    for (let i = 0; i < rounds; i++) {
      // Rotate the order: no command always runs right after the same one.
      const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
      for (const name of order) samples[name].push(this.run(commands[name]));
    }
    return Object.fromEntries(
      names.map((n) => [
        n,
        {
          wallMs: median(samples[n].map((s) => s.wallMs)),
          cpuMs: median(samples[n].map((s) => s.cpuMs)),
          rssMb: median(samples[n].map((s) => s.rssMb)),
          command: commands[n],
        },
      ]),
    ) as Record<K, Stats>;
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
