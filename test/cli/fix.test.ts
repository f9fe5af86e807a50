/**
 * `--fix` and `--fix-dry-run` end to end with the real binary: the files as
 * they are written back, byte for byte, and what is still reported.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import json from '@eslint/json';
import plugin from '../../src/eslint/plugin.js';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { CANNOT_RUN_AS_NOBODY, REPO, runCli, tempDirs, findingsOf } from '../helpers/cli.js';

const DATE = ['--date', '2026-11-26'];
const dir = tempDirs(after);

const BODY = `{
  "model": "claude-sonnet-5-5",
  "max_token": 1024,
  "temperature": 0.7,
  "top_p": 0.9,
  "messages": [{ "role": "user", "content": "Hello" }]
}
`;
const FIXED = `{
  "model": "claude-sonnet-5-5",
  "max_tokens": 1024,
  "messages": [{ "role": "user", "content": "Hello" }]
}
`;

const read = (d: string, f: string): string => fs.readFileSync(path.join(d, f), 'utf8');

describe('cli: --fix', () => {
  it('a request file: a rename and adjacent removals written back in place; exit 0 when nothing is left', () => {
    const d = dir({ 'req.json': BODY });
    const r = runCli(['req.json', ...DATE, '--fix'], { cwd: d });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.equal(read(d, 'req.json'), FIXED);
    assert.equal(r.stdout, '');
  });

  it('what cannot be fixed is still reported, at its place in the fixed file', () => {
    const d = dir({ 'req.json': BODY.replace('"Hello"', '""') });
    const r = runCli(['req.json', '-f', 'json', ...DATE, '--fix'], { cwd: d });
    assert.equal(r.code, 1);
    assert.equal(read(d, 'req.json'), FIXED.replace('"Hello"', '""'));
    assert.deepEqual(findingsOf(r.stdout, d), { 'req.json': [{ ruleId: 'message-content-non-empty', line: 4, column: 45, pointer: '/messages/0/content' }] });
    const [result] = JSON.parse(r.stdout) as { output?: string }[];
    assert.equal(result!.output, FIXED.replace('"Hello"', '""'));
  });

  it('JSONL: request lines and batch lines are fixed on their own lines', () => {
    const batchLine = (id: string, extra: string) => `{"custom_id":"${id}","params":{"model":"claude-sonnet-5-5","max_tokens":10,${extra}"messages":[{"role":"user","content":"hi"}]}}`;
    const d = dir({
      'batch.jsonl': [batchLine('a', '"temperature":1,'), batchLine('b', ''), batchLine('c', '"top_k":5,')].join('\n') + '\n',
      'reqs.jsonl': '{"model":"claude-sonnet-5-5","max_tokens":10,"top_k":5,"messages":[{"role":"user","content":"hi"}]}\n\n{"model":"claude-sonnet-5-5","max_token":10,"messages":[{"role":"user","content":"hi"}]}\n',
    });
    const r = runCli(['.', ...DATE, '--fix'], { cwd: d });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(read(d, 'batch.jsonl'), [batchLine('a', ''), batchLine('b', ''), batchLine('c', '')].join('\n') + '\n');
    assert.equal(
      read(d, 'reqs.jsonl'),
      '{"model":"claude-sonnet-5-5","max_tokens":10,"messages":[{"role":"user","content":"hi"}]}\n\n{"model":"claude-sonnet-5-5","max_tokens":10,"messages":[{"role":"user","content":"hi"}]}\n',
    );
  });

  it('a JS/TS call: the literal source of the payload is edited, the rest of the file untouched', () => {
    const code = (extra: string) =>
      `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nexport const f = (history: Anthropic.MessageParam[]) =>\n  client.messages.create({\n    model: 'claude-sonnet-5-5',\n    max_tokens: 1024,${extra}\n    messages: history,\n  });\n`;
    // The project names the SDK (without a manifest the version is unknown, and only the joined finding, without a fix, is given).
    const d = dir({ 'app.ts': code('\n    temperature: 0.2,'), 'package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.17.0' } }) });
    const r = runCli(['app.ts', ...DATE, '--fix'], { cwd: d });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(read(d, 'app.ts'), code(''));
  });

  it('a byte order mark and CRLF line ends are kept', () => {
    const crlf = BODY.replace(/\n/g, '\r\n');
    const d = dir({ 'req.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
    assert.equal(runCli(['req.json', ...DATE, '--fix'], { cwd: d }).code, 0);
    const bytes = fs.readFileSync(path.join(d, 'req.json'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), FIXED.replace(/\n/g, '\r\n'));
  });

  it('a byte order mark is kept in --fix-dry-run\'s output, from a file and from standard input, as ESLint keeps it', async () => {
    const withBom = '\uFEFF' + BODY;
    const d = dir({ 'req.json': withBom });
    const dry = runCli(['req.json', '-f', 'json', ...DATE, '--fix-dry-run'], { cwd: d });
    assert.equal(dry.code, 0, dry.stdout);
    const output = (JSON.parse(dry.stdout) as { output?: string }[])[0]!.output;
    assert.equal(output, '\uFEFF' + FIXED);
    assert.equal(read(d, 'req.json'), withBom, 'a dry run writes nothing');
    // Through the cache's read (bytes hashed, then decoded) the same, a first run and a second.
    for (let run = 0; run < 2; run++) {
      const cached = runCli(['req.json', '-f', 'json', ...DATE, '--fix-dry-run', '--cache'], { cwd: d });
      assert.equal((JSON.parse(cached.stdout) as { output?: string }[])[0]!.output, '\uFEFF' + FIXED, `cached run ${run}`);
    }
    const stdin = runCli(['--stdin', '--stdin-filename', 'req.json', '-f', 'json', ...DATE, '--fix-dry-run'], { input: withBom });
    assert.equal((JSON.parse(stdin.stdout) as { output?: string }[])[0]!.output, '\uFEFF' + FIXED);
    // Real ESLint (through @eslint/json and the plugin) on the same file gives the same output, mark included.
    const eslint = new ESLint({ cwd: d, overrideConfigFile: true, fix: true, overrideConfig: [{ plugins: { json } }, ...plugin.configs['strict-json'], { settings: { 'lint-payloads': { date: DATE[1] } } }] });
    const [result] = await eslint.lintFiles([path.join(d, 'req.json')]);
    assert.equal(result!.output, output);
    // --fix writes the same bytes.
    assert.equal(runCli(['req.json', ...DATE, '--fix'], { cwd: d }).code, 0);
    assert.equal(read(d, 'req.json'), output);
  });

  it('--quiet applies only the errors\' fixes, as real ESLint does under --quiet (a hidden warning does not change the file)', () => {
    const url = (p: string) => pathToFileURL(path.join(REPO, p)).href;
    const d = dir({
      'req.json': BODY,
      // The sampling fields as warnings: their fixes are hidden with them.
      'eslint.config.mjs': `import json from ${JSON.stringify(url('node_modules/@eslint/json/dist/index.js'))};\nimport plugin from ${JSON.stringify(url('dist/src/eslint/plugin.js'))};\nexport default [{ plugins: { json } }, ...plugin.configs['recommended-json'], { rules: { 'lint-payloads/no-sampling-params': 'warn' } }, { settings: { 'lint-payloads': { date: '${DATE[1]}' } } }];\n`,
    });
    const onlyRenamed = BODY.replace('"max_token"', '"max_tokens"');
    const ours = runCli(['req.json', '-f', 'json', ...DATE, '--rule', 'no-sampling-params:warn', '--quiet', '--fix-dry-run'], { cwd: d });
    assert.equal((JSON.parse(ours.stdout) as { output?: string }[])[0]!.output, onlyRenamed);
    // ESLint's --quiet report leaves out a file without errors: what its --quiet --fix writes is compared.
    fs.copyFileSync(path.join(d, 'req.json'), path.join(d, 'by-eslint.json'));
    const eslint = spawnSync(process.execPath, [path.join(REPO, 'node_modules/eslint/bin/eslint.js'), 'by-eslint.json', '--quiet', '--fix'], { cwd: d, encoding: 'utf8' });
    assert.equal(eslint.status, 0, eslint.stdout + eslint.stderr);
    assert.equal(read(d, 'by-eslint.json'), onlyRenamed);
    // Without --quiet both are fixed; --fix --quiet writes what the dry run showed.
    assert.equal((JSON.parse(runCli(['req.json', '-f', 'json', ...DATE, '--rule', 'no-sampling-params:warn', '--fix-dry-run'], { cwd: d }).stdout) as { output?: string }[])[0]!.output, FIXED);
    runCli(['req.json', ...DATE, '--rule', 'no-sampling-params:warn', '--quiet', '--fix'], { cwd: d });
    assert.equal(read(d, 'req.json'), onlyRenamed);
  });

  it('a suggestion is never applied (a retired model stays; choosing its successor is the user’s call)', () => {
    const text = BODY.replace('claude-sonnet-5-5', 'claude-3-opus-20240229');
    const d = dir({ 'req.json': text });
    const r = runCli(['req.json', '-f', 'json', ...DATE, '--fix'], { cwd: d });
    assert.equal(r.code, 1);
    assert.equal(read(d, 'req.json'), FIXED.replace('claude-sonnet-5-5', 'claude-3-opus-20240229'));
    assert.deepEqual(findingsOf(r.stdout, d)['req.json']!.map((m) => m.ruleId), ['no-retired-model']);
  });

  it('--format json carries each fix and suggestion as ESLint does: a range of the file and its new text', () => {
    const text = BODY.replace('claude-sonnet-5-5', 'claude-3-opus-20240229');
    const d = dir({ 'req.json': text });
    const r = runCli(['req.json', '-f', 'json', ...DATE], { cwd: d });
    type Fix = { range: [number, number]; text: string };
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; pointer: string; fix?: Fix; suggestions?: { desc: string; messageId?: string; fix: Fix }[] }[] }[];
    const apply = (fix: Fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    const byPointer = new Map(result!.messages.map((m) => [m.pointer, m]));
    assert.equal(apply(byPointer.get('/max_token')!.fix!), text.replace('"max_token"', '"max_tokens"'));
    assert.equal(apply(byPointer.get('/temperature')!.fix!), text.replace('  "temperature": 0.7,\n', ''));
    const retired = byPointer.get('/model')!;
    assert.equal(retired.fix, undefined, 'a retired model has a suggestion, not a fix');
    assert.equal(retired.suggestions![0]!.messageId, 'useModel');
    assert.match(retired.suggestions![0]!.desc, /^Use "claude-/);
    assert.match(apply(retired.suggestions![0]!.fix), /"model": "claude-opus-5-5"/);
  });

  it('--fix-dry-run computes the same fixes, writes nothing, and --format json shows the output', () => {
    const d = dir({ 'req.json': BODY });
    const r = runCli(['req.json', '-f', 'json', ...DATE, '--fix-dry-run'], { cwd: d });
    assert.equal(r.code, 0);
    assert.equal(read(d, 'req.json'), BODY);
    assert.equal((JSON.parse(r.stdout) as { output?: string }[])[0]!.output, FIXED);
  });

  it('standard input: --fix-dry-run prints the fixed text in the JSON report; --fix is a usage error', () => {
    const dry = runCli(['--stdin', '--stdin-filename', 'req.json', '-f', 'json', ...DATE, '--fix-dry-run'], { input: BODY });
    assert.equal(dry.code, 0);
    assert.equal((JSON.parse(dry.stdout) as { output?: string }[])[0]!.output, FIXED);
    const wrong = runCli(['--stdin', ...DATE, '--fix'], { input: BODY });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--fix cannot write to standard input; use --fix-dry-run/);
    const d = dir({ 'req.json': BODY });
    const both = runCli(['req.json', ...DATE, '--fix', '--fix-dry-run'], { cwd: d });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--fix and --fix-dry-run do not go together/);
    assert.equal(read(d, 'req.json'), BODY);
  });

  it('with --cache: a file whose cached result has fixes is fixed, not answered from the cache', () => {
    const d = dir({ 'req.json': BODY });
    assert.equal(runCli(['req.json', ...DATE, '--cache'], { cwd: d }).code, 1);
    assert.equal(runCli(['req.json', ...DATE, '--cache', '--fix'], { cwd: d }).code, 0);
    assert.equal(read(d, 'req.json'), FIXED);
    const again = runCli(['req.json', '-f', 'json', ...DATE, '--cache'], { cwd: d });
    assert.equal(again.code, 0);
    assert.deepEqual(findingsOf(again.stdout, d), {});
  });

  it('a file that cannot be written back: said on stderr, exit 2, the others still fixed', { skip: CANNOT_RUN_AS_NOBODY }, () => {
    const d = dir({ 'locked.json': BODY, 'open.json': BODY });
    fs.chmodSync(d, 0o777);
    fs.chmodSync(path.join(d, 'open.json'), 0o666);
    fs.chmodSync(path.join(d, 'locked.json'), 0o444);
    const r = runCli(['.', '-f', 'json', ...DATE, '--fix'], { cwd: d, uid: 65534 });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /could not write the fixes to .*locked\.json/);
    assert.equal(read(d, 'locked.json'), BODY);
    assert.equal(read(d, 'open.json'), FIXED);
    // The report says what is still in each file: the unwritten one keeps its mistakes, unfixed.
    const report = JSON.parse(r.stdout) as { filePath: string; messages: unknown[]; output?: string }[];
    const locked = report.find((x) => x.filePath.endsWith('locked.json'))!;
    const open = report.find((x) => x.filePath.endsWith('open.json'))!;
    assert.deepEqual(findingsOf(r.stdout, d)['locked.json'], findingsOf(runCli(['locked.json', '-f', 'json', ...DATE], { cwd: d }).stdout, d)['locked.json']);
    assert.ok(locked.messages.length > 0);
    assert.equal(locked.output, undefined);
    assert.equal(open.messages.length, 0);
  });
});
