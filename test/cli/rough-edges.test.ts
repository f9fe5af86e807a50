/** Small CLI rough edges a newcomer meets (issue 15 item 8). */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { BIN, REPO, runCli, tempDirs, findingsOf } from '../helpers/cli.js';
import { DOCS_BASE_URL, ESLINT_DOCS_URL } from '../../src/report/formatter.js';

const BAD = `{
  "model": "claude-3-5-sonnet-20241022",
  "max_token": 1024,
  "messages": [{ "role": "user", "content": "Hello" }]
}
`;
const DATE = ['--date', '2026-11-26'];
const dir = tempDirs(after);

describe('cli: rough edges', () => {
  it('`schema | head` ends quietly when the reader leaves (no EPIPE stack trace)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" schema | head -c 20 >/dev/null; "${process.execPath}" "${BIN}" schema --kind batch | head -n 1 >/dev/null`], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
  });

  it('an unknown flag gets a did-you-mean', () => {
    const r = runCli(['--formt', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option '--formt'\. Did you mean --format\?/);
    assert.match(runCli(['--ignore-patern', 'x']).stderr, /Did you mean --ignore-pattern\?/);
    assert.doesNotMatch(runCli(['--zzzzzzzzzz']).stderr, /Did you mean/);
  });

  it("ESLint's spellings: -f=json, --rule 'id: off', --rule '{\"a\": \"warn\", \"b\": \"off\"}'", () => {
    const d = dir({ 'bad.json': BAD });
    const plain = findingsOf(runCli(['-f', 'json', ...DATE], { cwd: d }).stdout, d)['bad.json']!.map((m) => m.ruleId);
    assert.deepEqual(plain, ['no-retired-model', 'request-schema']);
    const eq = runCli(['-f=json', ...DATE], { cwd: d });
    assert.deepEqual(findingsOf(eq.stdout, d)['bad.json']!.map((m) => m.ruleId), plain);
    const spaced = runCli(['-f=json', '--rule', 'request-schema: off', ...DATE], { cwd: d });
    assert.deepEqual(findingsOf(spaced.stdout, d)['bad.json']!.map((m) => m.ruleId), ['no-retired-model']);
    const object = runCli(['-f=json', '--rule', '{"request-schema": "off", "lint-payloads/no-retired-model": "off"}', ...DATE], { cwd: d });
    assert.equal(object.code, 0, object.stderr);
    assert.deepEqual(findingsOf(object.stdout, d), {});
    assert.match(runCli(['--rule', 'request-schema: of'], { cwd: d }).stderr, /--rule request-schema: of: expected ID:off\|warn\|error/);
  });

  it('--stdin without --stdin-filename: when the text is not JSON, says it was read as JSON and how to name it', () => {
    const code = "import Anthropic from '@anthropic-ai/sdk';\nnew Anthropic().messages.create({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: [] });\n";
    const r = runCli(['--stdin', ...DATE], { input: code });
    assert.match(r.stdout, /Standard input was read as a JSON request body \(no --stdin-filename\)\. For JS\/TS code, name it: --stdin-filename app\.ts\./);
    const named = runCli(['--stdin', '--stdin-filename', 'app.ts', ...DATE], { input: code });
    assert.doesNotMatch(named.stdout, /stdin-filename/);
    assert.doesNotMatch(runCli(['--stdin', ...DATE], { input: BAD }).stdout, /stdin-filename/);
  });

  it('broken JSON: ruleId null in JSON output (as ESLint), file-problem in SARIF and GitHub output alike', () => {
    const d = dir({ 'broken.json': '{"model": "claude-sonnet-5-5", "messages": [' });
    const json = JSON.parse(runCli(['broken.json', '-f', 'json'], { cwd: d }).stdout) as { messages: { ruleId: string | null }[] }[];
    assert.equal(json[0]!.messages[0]!.ruleId, null);
    const sarif = JSON.parse(runCli(['broken.json', '-f', 'sarif'], { cwd: d }).stdout) as { runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.runs[0]!.results[0]!.ruleId, 'file-problem');
    assert.match(runCli(['broken.json', '-f', 'github'], { cwd: d }).stdout, /^::error file=broken\.json,line=1,col=\d+,endLine=\d+,endColumn=\d+,title=lint-payloads\/file-problem::/);
  });

  it('the stylish summary links the ESLint docs by URL (in the package repository), not a path users do not have', () => {
    const d = dir({ 'bad.json': BAD.replace('claude-3-5-sonnet-20241022', 'claude-sonnet-5-5') });
    const r = runCli(['bad.json', ...DATE], { cwd: d });
    assert.match(r.stdout, /potentially fixable with the --fix option \(in the editor: ESLint --fix, see https:\/\/github\.com\/lint-payloads\/lint-payloads\/blob\/main\/docs\/eslint\.md\)/);
    assert.doesNotMatch(r.stdout, / docs\/eslint\.md/);
    const pkg = JSON.parse(fs.readFileSync(`${REPO}/package.json`, 'utf8')) as { homepage?: string };
    const repo = String(pkg.homepage).replace(/#readme$/, '');
    assert.ok(ESLINT_DOCS_URL.startsWith(`${repo}/`) && DOCS_BASE_URL.startsWith(`${repo}/`), `${ESLINT_DOCS_URL} is in ${repo}`);
  });

  it('a TS file with a syntax error is reported when its text mentions the API, walked or named', () => {
    const broken = "import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();\nawait c.messages.create({ model: 'x', max_tokens: 1, messages: [ });\n";
    const d = dir({ 'src/app.ts': broken, 'src/other.ts': 'export const = 1;\n' });
    const r = runCli(['-f', 'json', ...DATE], { cwd: d });
    assert.deepEqual(findingsOf(r.stdout, d), { 'src/app.ts': [{ ruleId: null, line: 3, column: 66 }] });
  });
});

describe('cli: a custom formatter (--format ./file.js), as ESLint loads one', () => {
  it("loads the module's default export (results, context) => string, with ESLint's context (cwd, rulesMeta)", () => {
    const d = dir({
      'bad.json': BAD,
      'my-formatter.mjs': "export default async (results, context) => results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${context.rulesMeta[m.ruleId].docs.url}`)).join('\\n') + `\\n${context.cwd}\\n`;\n",
      'cjs/formatter.cjs': 'module.exports = (results) => `files: ${results.length}\\n`;\n',
      'not-a-function.mjs': 'export default 42;\n',
    });
    const r = runCli(['bad.json', '--format', './my-formatter.mjs', ...DATE], { cwd: d });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(
      r.stdout,
      `2:12 no-retired-model ${DOCS_BASE_URL}no-retired-model.md\n3:3 request-schema ${DOCS_BASE_URL}request-schema.md\n${fs.realpathSync(d)}\n`.replace(fs.realpathSync(d), d),
    );
    assert.equal(runCli(['bad.json', '-f', 'cjs/formatter.cjs', ...DATE], { cwd: d }).stdout, 'files: 1\n');
    const bad = runCli(['bad.json', '-f', './not-a-function.mjs', ...DATE], { cwd: d });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format \.\/not-a-function\.mjs: a formatter module exports a function \(results, context\) => string, as ESLint's; this one exports number\./);
    assert.match(runCli(['bad.json', '-f', './missing.js'], { cwd: d }).stderr, /--format \.\/missing\.js: no such formatter file/);
    assert.match(runCli(['bad.json', '-f', 'xml'], { cwd: d }).stderr, /--format: expected one of stylish, json, sarif, github, or a formatter file/);
  });
});
