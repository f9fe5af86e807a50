/**
 * The Python source's inputs and its parser measurement.
 *
 *   buildPythonTree: the generated .py files and notebooks of `npm run bench`'s target 8
 *     (bench/run.ts: files per second against a read-every-file floor, side by side)
 *   node dist/bench/python.js: @lezer/python parse throughput (MB/s) on a 10 MB generated
 *     file, vs splitting it into lines (rounds interleaved, medians)
 *
 * BENCH_ROUNDS=N sets the rounds (default 5).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePython } from '../src/sources/python/syntax.js';
import { median } from './measure.js';

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

    def batch(self, questions: list[str]):
        return self.client.messages.batches.create(
            requests=[{"custom_id": f"q-{j}", "params": {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": q}]}} for j, q in enumerate(questions)],
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

/** A notebook as Jupyter writes it: markdown, magics, outputs, a client made in one cell and used in later ones. */
function notebook(i: number): string {
  const lines = (s: string) => s.split(/(?<=\n)/);
  const cells = [
    { cell_type: 'markdown', metadata: {}, source: lines(`# Notebook ${i}\n\nA walk through the Messages API.`) },
    { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [{ name: 'stdout', output_type: 'stream', text: ['Successfully installed anthropic\n'] }], source: lines('%pip install -q anthropic') },
    { cell_type: 'code', execution_count: 2, metadata: {}, outputs: [], source: lines('import anthropic\n\nclient = anthropic.Anthropic()\nMODEL_NAME = "claude-sonnet-5-5"') },
    ...Array.from({ length: 6 }, (_, k) => [
      { cell_type: 'markdown', metadata: {}, source: lines(`## Step ${k}\n\nAsk a question and print the answer.`) },
      {
        cell_type: 'code',
        execution_count: 3 + k,
        metadata: {},
        outputs: [{ data: { 'text/plain': [`'Answer ${k}: ...'`] }, execution_count: 3 + k, metadata: {}, output_type: 'execute_result' }],
        source: lines(
          `%%time\nresponse = client.messages.create(\n    model=MODEL_NAME,\n    max_tokens=${(i + k) % 9 === 0 ? '"1024"' : 1024},\n    messages=[{"role": "user", "content": "Question ${k}: \\"why?\\""}],\n)\nprint(response.content[0].text)`,
        ),
      },
    ]).flat(),
  ];
  return JSON.stringify({ cells, metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1) + '\n';
}

/**
 * `dir/py/`: `pyFiles` modules (a third call the API, some with a mistake); `dir/ipynb/`: `notebooks`
 * notebooks. Deterministic; rewritten only when the counts change.
 */
export function buildPythonTree(dir: string, pyFiles: number, notebooks: number): { pyDir: string; notebookDir: string } {
  const pyDir = path.join(dir, 'py');
  const notebookDir = path.join(dir, 'ipynb');
  const stamp = path.join(dir, 'built.json');
  const want = JSON.stringify({ pyFiles, notebooks, version: 1 });
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== want) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(pyDir, { recursive: true });
    fs.mkdirSync(notebookDir, { recursive: true });
    for (let i = 0; i < pyFiles; i++) fs.writeFileSync(path.join(pyDir, `module_${i}.py`), i % 3 === 0 ? CALLING(i) : PLAIN(i));
    for (let i = 0; i < notebooks; i++) fs.writeFileSync(path.join(notebookDir, `notebook_${i}.ipynb`), notebook(i));
    fs.writeFileSync(stamp, want);
  }
  return { pyDir, notebookDir };
}

function timeIt(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Parser throughput on a 10 MB generated file, interleaved with the baseline of splitting it into lines. */
export function parserThroughput(rounds: number): { mb: number; parseMs: number; splitMs: number } {
  let big = '';
  for (let i = 0; big.length < 10 * 1024 * 1024; i++) big += i % 3 === 0 ? CALLING(i) : PLAIN(i);
  const parse: number[] = [];
  const split: number[] = [];
  for (let i = 0; i < rounds; i++) {
    parse.push(timeIt(() => parsePython(big)));
    split.push(timeIt(() => big.split('\n').length));
  }
  return { mb: big.length / (1024 * 1024), parseMs: median(parse), splitMs: median(split) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { mb, parseMs, splitMs } = parserThroughput(Number(process.env.BENCH_ROUNDS ?? 5));
  console.log(`@lezer/python on ${mb.toFixed(1)} MB: ${parseMs.toFixed(0)} ms = ${(mb / (parseMs / 1000)).toFixed(1)} MB/s · split into lines: ${splitMs.toFixed(0)} ms`);
  console.log('Files per second (the CLI vs a read-every-file floor): node dist/bench/run.js --only 8');
}
