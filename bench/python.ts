/**
 * `node dist/bench/python.js`: the Python source, side by side with baselines
 * (rounds interleaved, medians; only ratios mean anything on a shared machine).
 *
 *   (p1) @lezer/python parse throughput (MB/s) on a 10 MB generated file, vs splitting it into lines
 *   (p2) the CLI on 600 .py files (a third call the API) vs a floor script that only reads every file
 *
 * BENCH_ROUNDS=N sets the rounds (default 5).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePython } from '../src/sources/python/syntax.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const CALLING = (i: number) => `import os
import anthropic

MODEL = "claude-sonnet-5-5"
client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


class Agent${i}:
    def __init__(self, system: str) -> None:
        self.client = client
        self.system = system

    def ask(self, question: str, fast: bool = False):
        if (n := len(question)) > 10_000:
            question = question[:n // 2]
        return self.client.messages.create(
            model=MODEL,
            max_tokens=256 if fast else ${i % 7 === 0 ? '"lots"' : 1024},
            system=f"{self.system} (agent {i})",
            messages=[{"role": "user", "content": question}],
        )
`;

const PLAIN = (i: number) => `from dataclasses import dataclass


@dataclass
class Record${i}:
    name: str
    values: list[int]

    def total(self) -> int:
        return sum(v * 2 for v in self.values if v % 3)

    def describe(self) -> str:
        match self.values:
            case []:
                return f"{self.name}: empty"
            case [x, *rest]:
                return f"{self.name}: {x} and {len(rest)} more"
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timeIt(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function run(cmd: string, args: string[]): number {
  return timeIt(() => {
    const r = spawnSync(cmd, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  });
}

function main(): void {
  // (p1) parser throughput
  let big = '';
  for (let i = 0; big.length < 10 * 1024 * 1024; i++) big += i % 3 === 0 ? CALLING(i) : PLAIN(i);
  const mb = big.length / (1024 * 1024);
  const parse: number[] = [];
  const split: number[] = [];
  for (let i = 0; i < rounds; i++) {
    parse.push(timeIt(() => parsePython(big)));
    split.push(timeIt(() => big.split('\n').length));
  }
  const parseMs = median(parse);
  console.log(`(p1) @lezer/python on ${mb.toFixed(1)} MB: ${parseMs.toFixed(0)} ms = ${(mb / (parseMs / 1000)).toFixed(1)} MB/s · split into lines: ${median(split).toFixed(0)} ms`);

  // (p2) the CLI on a folder of Python files vs reading them
  const dir = path.join(os.tmpdir(), 'lint-payloads-bench-python');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = 600;
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `module_${i}.py`), i % 3 === 0 ? CALLING(i) : PLAIN(i));
  const floor = path.join(dir, '..', 'lint-payloads-bench-python-floor.mjs');
  fs.writeFileSync(floor, `import fs from 'node:fs';\nimport path from 'node:path';\nlet n = 0;\nfor (const f of fs.readdirSync(process.argv[2])) { fs.readFileSync(path.join(process.argv[2], f), 'utf8'); n++; }\nconsole.log(n);\n`);
  const bin = path.join(repo, 'dist/src/cli/bin.js');
  const cli: number[] = [];
  const read: number[] = [];
  run(process.execPath, [bin, dir, '--date', '2026-11-26']);
  for (let i = 0; i < rounds; i++) {
    cli.push(run(process.execPath, [bin, dir, '--date', '2026-11-26']));
    read.push(run(process.execPath, [floor, dir]));
  }
  const c = median(cli);
  const r = median(read);
  console.log(`(p2) CLI on ${files} .py files (${files / 3} call the API): ${c.toFixed(0)} ms = ${((files / c) * 1000).toFixed(0)} files/s · read-every-file floor: ${r.toFixed(0)} ms = ${((files / r) * 1000).toFixed(0)} files/s · ratio ${(c / r).toFixed(2)}×`);
}

main();
