/**
 * Notebooks (issue 11 §3): findings sit in the .ipynb JSON and name their cell
 * (the `locationNote` hook the shared step applies), in every CLI format; fixes
 * in Python cells are written back into the cell's JSON strings, re-escaped.
 * ESLint does not lint notebooks (its configs cover JS/TS and request JSON).
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fixPy, lintPy } from './helpers.js';
import { runCli, tempDirs } from '../../helpers/cli.js';

const dir = tempDirs(after);

interface Cell {
  cell_type: 'code' | 'markdown';
  source: string | string[];
}

function notebook(...cells: Cell[]): string {
  const full = cells.map((c) => (c.cell_type === 'code' ? { ...c, metadata: {}, execution_count: null, outputs: [] } : { ...c, metadata: {} }));
  return JSON.stringify({ cells: full, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1) + '\n';
}
const code = (source: string | string[]): Cell => ({ cell_type: 'code', source });
const markdown = (source: string): Cell => ({ cell_type: 'markdown', source });

const SETUP = code(['%pip install anthropic\n', 'from anthropic import Anthropic\n', 'client = Anthropic()']);

/** The notebook's text at a finding: what line and column point at in the JSON. */
function at(text: string, m: { line: number; column: number; endLine?: number; endColumn?: number }): string {
  const lines = text.split('\n');
  return m.endLine === m.line ? lines[m.line - 1]!.slice(m.column - 1, m.endColumn! - 1) : lines[m.line - 1]!.slice(m.column - 1);
}

describe('notebook findings name their cell', () => {
  const text = notebook(
    markdown('# Setup'),
    SETUP,
    code(['import os\n']),
    code(['r = client.messages.create(\n', '    model="claude-3-sonnet",\n', '    max_tokens=5,\n', '    messages=[{"role": "user", "content": "hi"}],\n', ')\n']),
    code('MSG = [{"role": "user", "content": "x", "x": 1}]\nclient.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=MSG)\n'),
  );

  it('lintText: the message ends with "(cell N)", counted as Jupyter shows cells (markdown too); line and column are in the .ipynb', async () => {
    const messages = await lintPy(text, { file: 'demo.ipynb' });
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.pointer, `${m.line}:${m.column}`, at(text, m), m.message.match(/\(cell \d+\)$/)?.[0]]),
      [
        ['no-unknown-model', '/model', '32:16', '\\"claude-3-sonnet\\"', '(cell 4)'],
        // A cell whose source is one string: the column is in that string's JSON spelling.
        ['request-schema', '/messages/0/x', '43:63', '\\"x\\"', '(cell 5)'],
      ],
    );
  });

  it('a finding in a value from an earlier cell names that cell', async () => {
    const nb = notebook(SETUP, code(['MSGS = [{"role": "user", "contnet": "x"}]\n']), code(['client.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=MSGS)\n']));
    const messages = await lintPy(nb, { file: 'demo.ipynb' });
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.pointer, at(nb, m), m.message.slice(-9)]),
      [['request-schema', '/messages/0/contnet', '\\"contnet\\"', ' (cell 2)']],
    );
  });

  it('a hard-coded key found by a text rule names its cell too', async () => {
    const nb = notebook(markdown('x'), code(['from anthropic import Anthropic\n', `client = Anthropic(api_key="${['sk', 'ant', 'api03'].join('-')}-${'k9Qz_'.repeat(19).slice(0, 93)}AA")\n`]));
    const messages = await lintPy(nb, { file: 'demo.ipynb' });
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line, m.message.endsWith('(cell 2)')]),
      [['no-api-key-literal', 12, true]],
    );
  });

  it('stylish, json, sarif and github outputs carry the cell and the .ipynb position', () => {
    const d = dir({ 'demo.ipynb': text });
    const args = ['demo.ipynb', '--date', '2026-11-26', '--api-version', '2026-10-21'];
    const stylish = runCli([...args], { cwd: d }).stdout;
    assert.match(stylish, /^ {2}32:16 +error +.*\(cell 4\) +no-unknown-model +\/model$/m);
    assert.match(stylish, /^ {2}43:63 +error +.*\(cell 5\) +request-schema +\/messages\/0\/x$/m);
    const json = JSON.parse(runCli([...args, '-f', 'json'], { cwd: d }).stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    assert.deepEqual(
      json[0]!.messages.map((m) => [m.ruleId, m.line, m.column, m.message.slice(-9)]),
      [
        ['no-unknown-model', 32, 16, ' (cell 4)'],
        ['request-schema', 43, 63, ' (cell 5)'],
      ],
    );
    const sarif = JSON.parse(runCli([...args, '-f', 'sarif'], { cwd: d }).stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0]!.results.map((r) => {
        const p = r.locations[0]!.physicalLocation;
        return [r.ruleId, p.artifactLocation.uri, p.region.startLine, p.region.startColumn, /\(cell \d\)/.exec(r.message.text)?.[0]];
      }),
      [
        ['no-unknown-model', 'demo.ipynb', 32, 16, '(cell 4)'],
        ['request-schema', 'demo.ipynb', 43, 63, '(cell 5)'],
      ],
    );
    const github = runCli([...args, '-f', 'github'], { cwd: d }).stdout;
    assert.match(github, /^::error file=demo\.ipynb,line=32,col=16,.*title=lint-payloads\/no-unknown-model::.*\(cell 4\)/m);
  });

  it('a parse error names its cell, once', async () => {
    const nb = notebook(SETUP, code(['def f(:\n', 'client.messages.create(model="x")\n']));
    const messages = await lintPy(nb, { file: 'demo.ipynb' });
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line, m.message.match(/\(cell \d+\)/g)]),
      [[null, 17, ['(cell 2)']]],
    );
  });
});

describe('--fix in notebook cells', () => {
  const BAD = ['r = client.messages.create(\n', '    model="claude-sonnet-5-5",\n', '    max_token=100,\n', '    temperature=0.5,\n', '    messages=[{"role": "user", "content": "hi"}],\n', ')\n'];
  const GOOD = ['r = client.messages.create(\n', '    model="claude-sonnet-5-5",\n', '    max_tokens=100,\n', '    messages=[{"role": "user", "content": "hi"}],\n', ')\n'];

  it('a cell whose source is a list of lines: the keyword renamed, the parameter removed, one line per string', async () => {
    assert.equal(await fixPy(notebook(markdown('# Title'), SETUP, code(BAD)), 'demo.ipynb'), notebook(markdown('# Title'), SETUP, code(GOOD)));
  });

  it('a cell with IPython lines (a cell magic, a shell line): fixed around them, the lines kept', async () => {
    const magic = (lines: string[]) => ['%%time\n', '!echo start\n', ...lines, '%timeit -n1 pass\n'];
    assert.equal(await fixPy(notebook(SETUP, code(magic(BAD))), 'demo.ipynb'), notebook(SETUP, code(magic(GOOD))));
  });

  it('a cell whose source is one string', async () => {
    assert.equal(await fixPy(notebook(SETUP, code(BAD.join(''))), 'demo.ipynb'), notebook(SETUP, code(GOOD.join(''))));
  });

  it('escapes around the edit (quotes, backslashes, unicode, \\u escapes) stay as they are; a renamed key is re-escaped', async () => {
    const cell = (key: string, kw: string) => `client.messages.create(model="claude-sonnet-5-5", ${kw}=5, messages=[{"role": "user", "${key}": "a \\"q\\" \\\\ é 😀"}])  # ü\n`;
    const before = notebook(SETUP, code(cell('contnet', 'max_token')));
    const after = notebook(SETUP, code(cell('content', 'max_tokens')));
    assert.equal(await fixPy(before, 'demo.ipynb'), after);
    // Written as nbformat does with ensure_ascii (\u00e9, a surrogate pair for 😀).
    const ascii = (s: string) => s.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    assert.equal(await fixPy(ascii(before), 'demo.ipynb'), ascii(after));
    const fixed = JSON.parse((await fixPy(before, 'demo.ipynb'))!) as { cells: { source: string }[] };
    assert.equal(fixed.cells[1]!.source, cell('content', 'max_tokens'));
  });

  it('a cell that does not parse alone (it continues the previous cell) is not fixed', async () => {
    const nb = notebook(SETUP, code(['x = (1,\n']), code(['2)\n', 'client.messages.create(model="claude-sonnet-5-5", max_token=5, messages=[{"role": "user", "content": "x"}])\n']));
    const messages = await lintPy(nb, { file: 'demo.ipynb' });
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.pointer, Boolean(m.fix)]),
      [['request-schema', '/max_token', false]],
    );
    assert.equal(await fixPy(nb, 'demo.ipynb'), undefined);
  });

  it('CLI: --fix writes the notebook, --fix-dry-run shows the same text and writes nothing', () => {
    const before = notebook(SETUP, code(BAD));
    const after = notebook(SETUP, code(GOOD));
    const args = ['demo.ipynb', '--date', '2026-11-26', '--api-version', '2026-10-21'];
    const dry = dir({ 'demo.ipynb': before });
    const r = runCli([...args, '-f', 'json', '--fix-dry-run'], { cwd: dry });
    assert.equal((JSON.parse(r.stdout) as { output?: string }[])[0]!.output, after);
    assert.equal(fs.readFileSync(path.join(dry, 'demo.ipynb'), 'utf8'), before);
    const d = dir({ 'demo.ipynb': before });
    const fixed = runCli([...args, '--fix'], { cwd: d });
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
    assert.equal(fs.readFileSync(path.join(d, 'demo.ipynb'), 'utf8'), after);
  });
});
