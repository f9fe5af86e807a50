/**
 * The CLI's --report-unused-disable-directives (issue 15), as ESLint's: the flag
 * alone reports errors, `=warn`/`=off` or ESLint 9's -severity form set the
 * severity, the config file's reportUnusedDisableDirectives too; default off.
 * And a JSONL line that is not a request has a rule id that turns it off.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runCli, tempDirs } from '../helpers/cli.js';
import { lintFiles, lintText } from '../../src/index.js';
import { RULES_BY_ID } from '../../rules/index.js';

const dir = tempDirs(after);
const DATE = ['--date', '2026-11-26'];
const SOURCE = [
  "import Anthropic from '@anthropic-ai/sdk';",
  'const client = new Anthropic();',
  '// lint-payloads-disable-next-line no-retired-model -- upgraded since',
  "await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 512, messages: [{ role: 'user', content: 'Hi' }] });",
  '',
].join('\n');

type Found = [number | null, number, number, string | null][];

function found(args: string[], files: Record<string, string> = { 'app.ts': SOURCE }): { code: number | null; found: Found; stderr: string } {
  const r = runCli(['.', '-f', 'json', ...DATE, ...args], { cwd: dir(files) });
  const results = JSON.parse(r.stdout || '[]') as { messages: { severity: number; line: number; column: number; ruleId: string | null }[] }[];
  return { code: r.code, found: results.flatMap((x) => x.messages.map((m): Found[number] => [m.severity, m.line, m.column, m.ruleId])), stderr: r.stderr };
}

describe('--report-unused-disable-directives', () => {
  it('default off', () => {
    assert.deepEqual(found([]), { code: 0, found: [], stderr: '' });
  });

  it('the flag alone: an error at the comment, exit 1', () => {
    const r = found(['--report-unused-disable-directives']);
    assert.deepEqual([r.code, r.found], [1, [[2, 3, 1, 'unused-disable-directive']]]);
  });

  it('=warn, =off, and ESLint 9\'s --report-unused-disable-directives-severity', () => {
    assert.deepEqual(found(['--report-unused-disable-directives=warn']).found, [[1, 3, 1, 'unused-disable-directive']]);
    assert.deepEqual(found(['--report-unused-disable-directives=off']).found, []);
    assert.deepEqual(found(['--report-unused-disable-directives-severity', 'warn']).found, [[1, 3, 1, 'unused-disable-directive']]);
    assert.deepEqual(found(['--report-unused-disable-directives-severity=error']).found, [[2, 3, 1, 'unused-disable-directive']]);
  });

  it('a wrong severity is a usage error', () => {
    const r = found(['--report-unused-disable-directives=loud']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--report-unused-disable-directives: expected "off", "warn" or "error", got "loud"/);
  });

  it('the config file key, and the flag over it', () => {
    const files = { 'app.ts': SOURCE, 'lint-payloads.config.json': '{ "reportUnusedDisableDirectives": "warn" }' };
    assert.deepEqual(found([], files).found, [[1, 3, 1, 'unused-disable-directive']]);
    assert.deepEqual(found(['--report-unused-disable-directives=off'], files).found, []);
    assert.deepEqual(found([], { ...files, 'lint-payloads.config.json': '{ "reportUnusedDisableDirectives": true }' }).found, [[1, 3, 1, 'unused-disable-directive']]);
    assert.deepEqual(found([], { ...files, 'lint-payloads.config.json': '{ "rules": { "unused-disable-directive": "error" } }' }).found, [[2, 3, 1, 'unused-disable-directive']]);
    const bad = found([], { ...files, 'lint-payloads.config.json': '{ "reportUnusedDisableDirective": "warn" }' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown key "reportUnusedDisableDirective"\. Did you mean "reportUnusedDisableDirectives"\?/);
  });

  it('--print-config shows the setting; --help documents the flag', () => {
    const d = dir({});
    const config = JSON.parse(runCli(['--print-config'], { cwd: d }).stdout) as { rules: Record<string, string> };
    assert.equal(config.rules['unused-disable-directive'], 'off');
    assert.equal((JSON.parse(runCli(['--print-config', '--report-unused-disable-directives=warn'], { cwd: d }).stdout) as typeof config).rules['unused-disable-directive'], 'warn');
    assert.match(runCli(['--help']).stdout, /--report-unused-disable-directives\[=off\|warn\|error\]/);
  });
});

describe('the Node API option reportUnusedDisableDirectives', () => {
  it('lintText and lintFiles take it; a wrong value is a clear error', async () => {
    const d = dir({ 'app.ts': SOURCE });
    const text = await lintText(SOURCE, { filePath: path.join(d, 'app.ts'), date: '2026-11-26', reportUnusedDisableDirectives: 'warn' });
    assert.deepEqual(text.messages.map((m) => [m.severity, m.line, m.ruleId]), [[1, 3, 'unused-disable-directive']]);
    const { results } = await lintFiles(['.'], { cwd: d, date: '2026-11-26', reportUnusedDisableDirectives: 'error' });
    assert.deepEqual(results.flatMap((r) => r.messages.map((m) => [m.severity, m.line, m.ruleId])), [[2, 3, 'unused-disable-directive']]);
    await assert.rejects(lintText(SOURCE, { filePath: 'app.ts', reportUnusedDisableDirectives: 'loud' as never }), /reportUnusedDisableDirectives: expected one of "off", "warn", "error", got "loud"/);
  });
});

describe('a JSONL line that is not a request: rule jsonl-request-line', () => {
  const request = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
  const files = { 'batch.jsonl': `${request}\n${request}\n{"model": "claude-sonnet-5-5", "prompt": "hi"}\n` };

  it('has its rule id in JSON, SARIF and GitHub output alike, and is not fatal', () => {
    const d = dir(files);
    const json = JSON.parse(runCli(['batch.jsonl', '-f', 'json', ...DATE], { cwd: d }).stdout) as { messages: { ruleId: string; line: number; fatal?: boolean; message: string }[] }[];
    assert.deepEqual(json[0]!.messages.map((m) => [m.ruleId, m.line, m.fatal]), [['jsonl-request-line', 3, undefined]]);
    // The JSONL source writes the message; the rule's meta (ESLint, docs) says the same.
    assert.equal(json[0]!.messages[0]!.message, RULES_BY_ID.get('jsonl-request-line')!.meta.messages.notRequestLine);
    const sarif = JSON.parse(runCli(['batch.jsonl', '-f', 'sarif', ...DATE], { cwd: d }).stdout) as { runs: { results: { ruleId: string }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    assert.deepEqual(sarif.runs[0]!.results.map((r) => r.ruleId), ['jsonl-request-line']);
    assert.ok(sarif.runs[0]!.tool.driver.rules.some((r) => r.id === 'jsonl-request-line'));
    assert.match(runCli(['batch.jsonl', '-f', 'github', ...DATE], { cwd: d }).stdout, /^::error file=batch\.jsonl,line=3,.*title=lint-payloads\/jsonl-request-line::/m);
  });

  it('can be turned off, or made a warning, like any rule', () => {
    assert.deepEqual(found(['--rule', 'jsonl-request-line:off'], files), { code: 0, found: [], stderr: '' });
    assert.deepEqual(found(['--rule', 'jsonl-request-line:warn'], files).found, [[1, 3, 1, 'jsonl-request-line']]);
  });

  it('a broken line is still a fatal problem without a rule id (file-problem in SARIF and GitHub)', () => {
    const r = found([], { 'batch.jsonl': `${request}\n${request}\n{"model": "claude-sonnet-5-5", "max_tokens": 10,\n` });
    assert.deepEqual(r.found, [[2, 3, 49, null]]); // where the line ends unexpectedly
  });
});
