/**
 * The CLI end to end: the real binary on real files in temp folders. Findings
 * are asserted by rule, line, column and pointer.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { runCli, tempDirs, findingsOf, BIN, REPO } from '../helpers/cli.js';
import { CATALOGUE_AS_OF } from '../../src/catalogue/catalogue.js';
import { SDK_VERSION } from '../../src/catalogue/sdk-models.generated.js';

const GOOD = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] }, null, 2) + '\n';
const BAD = `{
  "model": "claude-sonnet-5-5",
  "max_token": 1024,
  "messages": [{ "role": "user", "content": "Hello" }]
}
`;
/** A warning only: a deprecated model on 2026-11-26. */
const WARN_ONLY = JSON.stringify({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] }, null, 2) + '\n';
const DATE = ['--date', '2026-11-26'];

const dir = tempDirs(after);

describe('cli: basics', () => {
  it('--help lists every option and the exit codes', () => {
    const r = runCli(['--help']);
    assert.equal(r.code, 0);
    for (const flag of ['--format', '--api-version', '--date', '--kind', '--rule', '--quiet', '--max-warnings', '--output-file', '--no-color', '--stdin', '--stdin-filename', '--print-config', '--version', '--fix', '--fix-dry-run', '--cache', '--cache-location', '--cache-strategy', 'Exit codes']) {
      assert.ok(r.stdout.includes(flag), `help mentions ${flag}`);
    }
  });

  it('the built bin is executable on its own (npx runs it without node in front)', () => {
    const r = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
    assert.equal(r.error, undefined, String(r.error));
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });

  it('--version prints the package.json version, then the catalogue\'s age and SDK', () => {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(runCli(['--version']).stdout, `${pkg.version}\nmodel catalogue as of ${CATALOGUE_AS_OF} (SDK ${SDK_VERSION})\n`);
  });

  it('a stale catalogue is said once, pointing to the package upgrade (stylish: in the report; other formats: stderr)', () => {
    const d = dir({ 'bad.json': BAD });
    const stylish = runCli(['bad.json', '--date', '2027-09-01'], { cwd: d });
    assert.match(stylish.stdout, new RegExp(`The model catalogue as of ${CATALOGUE_AS_OF} \\(SDK ${SDK_VERSION.replace(/\./g, '\\.')}\\) is more than 90 days older than 2027-09-01: .*npm install --save-dev lint-payloads@latest\n`));
    const json = runCli(['bad.json', '--date', '2027-09-01', '--format', 'json'], { cwd: d });
    assert.match(json.stderr, /npm install --save-dev lint-payloads@latest/);
    assert.ok(!runCli(['bad.json', '--date', CATALOGUE_AS_OF], { cwd: d }).stdout.includes('more than 90 days'));
  });

  it('an unknown option is a usage error (exit 2)', () => {
    const r = runCli(['--frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /frobnicate/);
  });

  it('a day that does not exist, and an output file that is a folder, are usage errors', () => {
    const d = dir({ 'good.json': GOOD, 'out/.keep': '' });
    for (const date of ['2026-02-30', '2026-13-01', '26-11-26']) {
      const r = runCli(['good.json', '--date', date], { cwd: d });
      assert.equal(r.code, 2, date);
      assert.match(r.stderr, new RegExp(`--date: expected a date as YYYY-MM-DD, got "${date}"`));
    }
    assert.equal(runCli(['good.json', '--date', '2028-02-29'], { cwd: d }).code, 0, 'a leap day is a day');
    const folder = runCli(['good.json', ...DATE, '-o', 'out'], { cwd: d });
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /--output-file: out is a folder; name a file\./);
  });

  it('exit 0 on clean files, 1 on errors, with located findings', () => {
    const d = dir({ 'good.json': GOOD, 'bad.json': BAD });
    assert.equal(runCli(['good.json', ...DATE], { cwd: d }).code, 0);
    const r = runCli(['.', '-f', 'json', ...DATE], { cwd: d });
    assert.equal(r.code, 1);
    assert.deepEqual(findingsOf(r.stdout, d), { 'bad.json': [{ ruleId: 'request-schema', line: 3, column: 3, pointer: '/max_token' }] });
  });

  it('stylish output names the file, position, rule, pointer and the API version used', () => {
    const d = dir({ 'bad.json': BAD });
    const r = runCli(['bad.json', ...DATE], { cwd: d });
    assert.match(r.stdout, /^bad\.json {2}\(API 2026-10-21\)$/m);
    assert.match(r.stdout, /3:3 +error +Unknown field "max_token".*request-schema {2}\/max_token/);
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
    assert.match(r.stdout, /API version checked against:\n {2}2026-10-21 \(default: no project manifest names an Anthropic SDK\): 1 file/);
    assert.ok(r.stdout.includes(`Checked with the model catalogue as of ${CATALOGUE_AS_OF} (SDK ${SDK_VERSION}).\n`), r.stdout);
    // Where to read more is said once, last, not on every finding.
    assert.ok(r.stdout.endsWith('Each rule is explained at https://github.com/lint-payloads/lint-payloads/blob/main/docs/rules/<rule-id>.md\n'), r.stdout);
    assert.ok(!r.stdout.includes('\u001b['), 'NO_COLOR: no escape codes');
  });

  it('--color forces colors, --no-color wins over it', () => {
    const d = dir({ 'bad.json': BAD });
    assert.ok(runCli(['bad.json', '--color', ...DATE], { cwd: d, env: { NO_COLOR: '' } }).stdout.includes('\u001b['));
    assert.ok(!runCli(['bad.json', '--color', '--no-color', ...DATE], { cwd: d }).stdout.includes('\u001b['));
  });

  it('--rule turns a rule off; an unknown rule id is a usage error with a suggestion', () => {
    const d = dir({ 'bad.json': BAD });
    assert.equal(runCli(['bad.json', '--rule', 'request-schema:off', ...DATE], { cwd: d }).code, 0);
    const r = runCli(['bad.json', '--rule', 'request-shema:off'], { cwd: d });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown rule "request-shema"\. Did you mean "request-schema"\?/);
    assert.equal(runCli(['bad.json', '--rule', 'request-schema'], { cwd: d }).code, 2);
  });

  it('warnings: exit 0, --max-warnings 0 → exit 1, --quiet hides them', () => {
    const d = dir({ 'warn.json': WARN_ONLY });
    const plain = runCli(['warn.json', '-f', 'json', ...DATE], { cwd: d });
    const warnings = (JSON.parse(plain.stdout) as { warningCount: number; errorCount: number }[])[0]!;
    assert.ok(warnings.warningCount > 0 && warnings.errorCount === 0, plain.stdout);
    assert.equal(plain.code, 0);
    const limited = runCli(['warn.json', '--max-warnings', '0', ...DATE], { cwd: d });
    assert.equal(limited.code, 1);
    assert.match(limited.stderr, /too many warnings/);
    assert.equal(runCli(['warn.json', '--quiet', ...DATE], { cwd: d }).stdout, '');
    assert.equal(runCli(['warn.json', '--max-warnings', 'x'], { cwd: d }).code, 2);
  });

  it('--quiet hides warnings, and with --max-warnings they still count: the exit codes of real ESLint on the same file', () => {
    // ESLint runs "warn" rules under --quiet only without --max-warnings (translate-cli-options.js: quiet && maxWarnings === -1), and counts them for it.
    const url = (p: string) => pathToFileURL(path.join(REPO, p)).href;
    const d = dir({
      'warn.json': WARN_ONLY,
      'eslint.config.mjs': `import json from ${JSON.stringify(url('node_modules/@eslint/json/dist/index.js'))};\nimport plugin from ${JSON.stringify(url('dist/src/eslint/plugin.js'))};\nexport default [{ plugins: { json } }, ...plugin.configs['recommended-json'], { settings: { 'lint-payloads': { date: '2026-11-26' } } }];\n`,
    });
    const eslint = (args: string[]) => spawnSync(process.execPath, [path.join(REPO, 'node_modules/eslint/bin/eslint.js'), 'warn.json', ...args], { cwd: d, encoding: 'utf8' });
    const plain = eslint(['-f', 'json']);
    const [result] = JSON.parse(plain.stdout) as { warningCount: number; errorCount: number }[];
    assert.ok(result!.warningCount > 0 && result!.errorCount === 0, plain.stdout + plain.stderr);
    for (const [args, code] of [[['--quiet'], 0], [['--quiet', '--max-warnings', '0'], 1], [['--quiet', '--max-warnings', '5'], 0], [['--max-warnings', '0'], 1]] as const) {
      assert.equal(eslint([...args]).status, code, `eslint ${args.join(' ')}`);
      const ours = runCli(['warn.json', ...args, ...DATE], { cwd: d });
      assert.equal(ours.code, code, `lint-payloads ${args.join(' ')}`);
      if (args[0] === '--quiet') assert.equal(ours.stdout, '', 'the warnings are not shown');
    }
  });

  it('--output-file writes the report there', () => {
    const d = dir({ 'bad.json': BAD });
    const r = runCli(['bad.json', '-f', 'json', '-o', 'out/report.json', ...DATE], { cwd: d });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.deepEqual(findingsOf(fs.readFileSync(path.join(d, 'out/report.json'), 'utf8'), d), { 'bad.json': [{ ruleId: 'request-schema', line: 3, column: 3, pointer: '/max_token' }] });
  });

  it('--stdin with --stdin-filename', () => {
    const d = dir({});
    const r = runCli(['--stdin', '--stdin-filename', 'req.json', '-f', 'json', ...DATE], { cwd: d, input: BAD });
    assert.equal(r.code, 1);
    assert.deepEqual(findingsOf(r.stdout, d), { 'req.json': [{ ruleId: 'request-schema', line: 3, column: 3, pointer: '/max_token' }] });
    assert.equal(runCli(['--stdin', 'x.json'], { cwd: d, input: BAD }).code, 2);
  });

  it('--stdin reads a byte order mark as a file on disk is read: a Python file with one is linted, not a parse error', () => {
    const code = 'import anthropic\nc = anthropic.Anthropic()\nc.messages.create(model="claude-2.1", max_tokens=5, messages=[{"role": "user", "content": "x"}])\n';
    const d = dir({ 'app.py': '\uFEFF' + code });
    const fromDisk = findingsOf(runCli(['app.py', '-f', 'json', ...DATE], { cwd: d }).stdout, d)['app.py'];
    const fromStdin = findingsOf(runCli(['--stdin', '--stdin-filename', 'app.py', '-f', 'json', ...DATE], { cwd: d, input: '\uFEFF' + code }).stdout, d)['app.py'];
    assert.deepEqual(fromDisk, [{ ruleId: 'no-retired-model', line: 3, column: 25, pointer: '/model' }]);
    assert.deepEqual(fromStdin, fromDisk);
  });

  it('--kind forces the body kind', () => {
    const d = dir({ 'count.json': JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }) });
    const r = runCli(['count.json', '--kind', 'count-tokens', '-f', 'json', ...DATE], { cwd: d });
    assert.deepEqual(findingsOf(r.stdout, d)['count.json']?.map((m) => m.pointer), ['/max_tokens']);
    assert.equal(runCli(['count.json', '--kind', 'completion'], { cwd: d }).code, 2);
  });

  it('a file named for count_tokens is checked as a count_tokens body', () => {
    const body = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }, null, 2);
    const d = dir({ 'greeting.count-tokens.json': body, 'greeting.json': body, 'requestCountTokens.json': body, 'COUNT_TOKENS.json': body, 'discount-tokens-campaign.json': body, 'account_tokens.json': body });
    const r = runCli(['.', '-f', 'json', ...DATE], { cwd: d });
    const maxTokens = [{ ruleId: 'request-schema', line: 3, column: 3, pointer: '/max_tokens' }];
    // A word of the name, not a part of one: discount-tokens and account_tokens are Messages bodies.
    assert.deepEqual(findingsOf(r.stdout, d), { 'greeting.count-tokens.json': maxTokens, 'requestCountTokens.json': maxTokens, 'COUNT_TOKENS.json': maxTokens });
  });

  it('a request with a broken messages member, and a batch whose params are null, are reported, not skipped', () => {
    const d = dir({
      'broken-messages.json': JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: 'hi' }),
      'batch.json': JSON.stringify({ requests: [{ custom_id: 'a', params: null }] }),
    });
    const r = runCli(['.', '-f', 'json', ...DATE], { cwd: d });
    assert.equal(r.code, 1);
    const found = findingsOf(r.stdout, d);
    assert.deepEqual(found['broken-messages.json']?.map((f) => [f.ruleId, f.pointer]), [['request-schema', '/messages']]);
    assert.deepEqual(found['batch.json']?.map((f) => [f.ruleId, f.pointer]), [['request-schema', '/requests/0/params']]);
  });

  it('--api-version and --date are validated', () => {
    assert.equal(runCli(['--api-version', '2024-01-01']).code, 2);
    assert.equal(runCli(['--date', '26/11/2026']).code, 2);
  });

  it('a path that does not exist, and a glob that matches nothing: exit 2, the other paths still linted', () => {
    const d = dir({ 'bad.json': BAD });
    const r = runCli(['missing.json', 'nothing/**/*.json', 'bad.json', '-f', 'json', ...DATE], { cwd: d });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.json: no such file or directory/);
    assert.match(r.stderr, /nothing\/\*\*\/\*\.json: no files match this pattern/);
    assert.deepEqual(Object.keys(findingsOf(r.stdout, d)), ['bad.json']);
  });
});

describe('cli: which files', () => {
  it('skips node_modules, build output and .gitignored files when walking; a non-request JSON is skipped silently', () => {
    const d = dir({
      'requests/bad.json': BAD,
      'node_modules/pkg/bad.json': BAD,
      'dist/bad.json': BAD,
      'build/bad.json': BAD,
      'generated/bad.json': BAD,
      'generated/keep.json': BAD,
      '.gitignore': 'generated/*\n!generated/keep.json\n',
      'package.json': '{"name":"x","version":"1.0.0"}',
      'tsconfig.json': '{ // comments are fine here\n "compilerOptions": {} }',
    });
    fs.mkdirSync(path.join(d, '.git'));
    const r = runCli(['-f', 'json', ...DATE], { cwd: d });
    assert.deepEqual(Object.keys(findingsOf(r.stdout, d)).sort(), ['generated/keep.json', 'requests/bad.json']);
    assert.equal(r.code, 1);
  });

  it('.git/info/exclude applies like a root .gitignore; upper-case extensions are request files too', () => {
    const d = dir({ 'local/bad.json': BAD, 'REQUEST.JSON': BAD, 'batch.JSONL': BAD.replace(/\n\s*/g, '') + '\n', '.git/info/exclude': 'local/\n' });
    const r = runCli(['-f', 'json', ...DATE], { cwd: d });
    assert.deepEqual(Object.keys(findingsOf(r.stdout, d)).sort(), ['REQUEST.JSON', 'batch.JSONL']);
  });

  it('a folder or glob that gives nothing to lint is said, with the reason', () => {
    const d = dir({ 'node_modules/x/a.json': BAD, 'ign/a.json': BAD, 'empty/.keep': '', '.gitignore': 'ign/\n', '.git/HEAD': '' });
    const skipped = runCli(['node_modules/**/*.json', ...DATE], { cwd: d });
    assert.equal(skipped.code, 2);
    assert.match(skipped.stderr, /node_modules\/\*\*\/\*\.json: every file it matches is in a folder lint-payloads skips .*; name the files to lint them/);
    const empty = runCli(['empty', ...DATE], { cwd: d });
    assert.equal(empty.code, 0);
    assert.match(empty.stdout, /No request or source files found under empty\./);
    assert.match(runCli(['ign', ...DATE], { cwd: d }).stdout, /No request or source files found under ign \(all of them are ignored by \.gitignore\)/);
    assert.match(runCli(['ign/*.json', '-f', 'json', ...DATE], { cwd: d }).stderr, /ign\/\*\.json: every file it matches is ignored by \.gitignore/);
  });

  it('a file named explicitly is linted even where walking would skip it', () => {
    const d = dir({ 'dist/bad.json': BAD });
    assert.deepEqual(Object.keys(findingsOf(runCli(['dist/bad.json', '-f', 'json', ...DATE], { cwd: d }).stdout, d)), ['dist/bad.json']);
  });

  it('globs', () => {
    const d = dir({ 'a/one.json': BAD, 'b/two.json': BAD, 'b/three.jsonl': BAD.replace(/\n\s*/g, '') + '\n' });
    const r = runCli(['b/*.json', '-f', 'json', ...DATE], { cwd: d });
    assert.deepEqual(Object.keys(findingsOf(r.stdout, d)), ['b/two.json']);
  });

  it('JSONL batch lines are named by their line, not by an index of the batch they form', () => {
    const line = (id: string) => JSON.stringify({ custom_id: id, params: { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] } });
    const d = dir({ 'batch.jsonl': [line('a'), '', line('b'), line('a')].join('\n') + '\n' });
    const r = runCli(['batch.jsonl', '-f', 'json', ...DATE], { cwd: d });
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; message: string; pointer: string }[] }[];
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line, m.pointer]), [['batch-custom-id-unique', 4, '/custom_id']]);
    assert.match(result!.messages[0]!.message, /custom_id "a" is already used by the request on line 1\./);
  });

  it('JSONL lines of a cloud batch job (Bedrock {recordId, modelInput}, Vertex {custom_id, request}) are not mistakes; other lines that are no request are', () => {
    const body = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] };
    const d = dir({
      'bedrock-batch.jsonl': [JSON.stringify({ recordId: 'r1', modelInput: body }), JSON.stringify({ recordId: 'r2', modelInput: body })].join('\n') + '\n',
      'vertex-batch.jsonl': JSON.stringify({ custom_id: 'c1', request: { ...body, anthropic_version: 'vertex-2023-10-16' } }) + '\n',
      'mixed.jsonl': [JSON.stringify({ recordId: 'r1', modelInput: body }), JSON.stringify({ messages_count: 3 })].join('\n') + '\n',
    });
    const r = runCli(['.', '-f', 'json', ...DATE], { cwd: d });
    const found = findingsOf(r.stdout, d);
    assert.deepEqual(found['bedrock-batch.jsonl'] ?? [], []);
    assert.deepEqual(found['vertex-batch.jsonl'] ?? [], []);
    assert.deepEqual(found['mixed.jsonl']?.map((f) => [f.ruleId, f.line]), [['jsonl-request-line', 2]]);
  });

  it('an explicit file of another type is said, not failed', () => {
    const d = dir({ 'notes.txt': 'hello', 'good.json': GOOD });
    const r = runCli(['notes.txt', 'good.json', ...DATE], { cwd: d });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Skipped notes\.txt/);
  });
});

describe('cli: config', () => {
  it('lint-payloads.config.json sets rules, apiVersion and date; flags win', () => {
    const d = dir({
      'bad.json': BAD,
      'lint-payloads.config.json': JSON.stringify({ rules: { 'request-schema': 'warn' }, apiVersion: '2023-06-01', date: '2026-11-26' }),
    });
    const r = runCli(['bad.json', '-f', 'json'], { cwd: d });
    const [result] = JSON.parse(r.stdout) as { messages: { severity: number }[]; apiVersions: { value: string }[] }[];
    assert.equal(result!.messages[0]!.severity, 1);
    assert.equal(result!.apiVersions[0]!.value, '2023-06-01');
    assert.equal(r.code, 0);
    const flagged = runCli(['bad.json', '--rule', 'request-schema:error'], { cwd: d });
    assert.equal(flagged.code, 1);
  });

  it('a "lint-payloads" key in package.json', () => {
    const d = dir({ 'bad.json': BAD, 'package.json': JSON.stringify({ name: 'x', 'lint-payloads': { rules: { 'request-schema': 'off' } } }) });
    assert.equal(runCli(['bad.json', ...DATE], { cwd: d }).code, 0);
  });

  it('the nearest config from the working folder up is used, not beyond the repository root', () => {
    const d = dir({
      'repo/lint-payloads.config.json': JSON.stringify({ rules: { 'request-schema': 'off' } }),
      'repo/app/src/bad.json': BAD,
      'lint-payloads.config.json': JSON.stringify({ rules: { 'request-schema': 'off' } }),
      'other/bad.json': BAD,
      'other/.git/HEAD': '',
    });
    assert.equal(runCli(['bad.json', ...DATE], { cwd: path.join(d, 'repo/app/src') }).code, 0, 'found two folders up');
    assert.equal(runCli(['bad.json', ...DATE], { cwd: path.join(d, 'other') }).code, 1, 'not above a repository root');
  });

  it('unknown keys, bad values and broken JSON in the config are errors with the reason', () => {
    const cases: [string, RegExp][] = [
      [JSON.stringify({ rule: {} }), /unknown key "rule"\. Did you mean "rules"\?/],
      [JSON.stringify({ rules: { 'no-such-rule': 'off' } }), /unknown rule "no-such-rule"/],
      [JSON.stringify({ rules: { 'request-schema': 'on' } }), /must be "off", "warn" or "error"/],
      [JSON.stringify({ apiVersion: '2025-01-01' }), /apiVersion: expected one of 2023-06-01, 2026-10-21, auto/],
      ['{ not json', /not valid JSON/],
    ];
    for (const [config, message] of cases) {
      const d = dir({ 'good.json': GOOD, 'lint-payloads.config.json': config });
      const r = runCli(['good.json'], { cwd: d });
      assert.equal(r.code, 2, config);
      assert.match(r.stderr, message);
    }
  });

  it('--print-config shows the effective settings and where they came from', () => {
    const d = dir({ 'lint-payloads.config.json': JSON.stringify({ rules: { 'request-schema': 'warn' } }), 'package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^0.137.0' } }) });
    const r = runCli(['--print-config', '--date', '2026-11-26'], { cwd: d });
    assert.equal(r.code, 0);
    const printed = JSON.parse(r.stdout) as { configFile: string; rules: Record<string, string>; date: string; apiVersion: { forThisFolder: { value: string } } };
    assert.equal(printed.configFile, path.join(d, 'lint-payloads.config.json'));
    assert.equal(printed.rules['request-schema'], 'warn');
    assert.equal(printed.date, '2026-11-26');
    assert.equal(printed.apiVersion.forThisFolder.value, '2023-06-01');
    // For a file: the version its own project manifest gives.
    fs.mkdirSync(path.join(d, 'v1'));
    fs.writeFileSync(path.join(d, 'v1/package.json'), JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.2.0' } }));
    const forFile = JSON.parse(runCli(['--print-config', 'v1/req.json'], { cwd: d }).stdout) as { apiVersion: { forThisFolder: { value: string } } };
    assert.equal(forFile.apiVersion.forThisFolder.value, '2026-10-21');
    // A Python file reads Python manifests only: none names anthropic here, so its version is unknown, as when it is linted.
    const forPython = JSON.parse(runCli(['--print-config', 'v1/app.py'], { cwd: d }).stdout) as { apiVersion: { forThisFolder: { value: string } } };
    assert.equal(forPython.apiVersion.forThisFolder.value, 'unknown');
  });
});

describe('cli: api version auto-detection', () => {
  const body = JSON.stringify({ model: 'claude-sonnet-4-6', max_tokens: 100, temperature: 0.2, messages: [{ role: 'user', content: 'Hi' }] }, null, 2);
  const versionOf = (d: string, file: string): string => {
    const r = runCli([file, '-f', 'json', ...DATE], { cwd: d });
    return (JSON.parse(r.stdout) as { apiVersions: { value: string }[] }[])[0]!.apiVersions[0]!.value;
  };
  it('package.json @anthropic-ai/sdk 0.x → 2023-06-01, 1.x → 2026-10-21; installed version wins over the range', () => {
    const d = dir({
      'old/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^0.137.0' } }),
      'old/req.json': body,
      'new/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.2.0' } }),
      'new/req.json': body,
      'installed/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '*' } }),
      'installed/node_modules/@anthropic-ai/sdk/package.json': JSON.stringify({ name: '@anthropic-ai/sdk', version: '0.130.1' }),
      'installed/req.json': body,
    });
    assert.equal(versionOf(d, 'old/req.json'), '2023-06-01');
    assert.equal(versionOf(d, 'new/req.json'), '2026-10-21');
    assert.equal(versionOf(d, 'installed/req.json'), '2023-06-01');
  });
  it('a call on a Bedrock or Vertex client follows that package: its 0.x sends the 2023 version even beside a 1.x core SDK', () => {
    const call = (client: string, model: string) => `  ${client}.messages.create({ model: '${model}', max_tokens: 1024, temperature: 0.3, messages: [{ role: 'user', content: q }] });\n`;
    const code =
      "import Anthropic from '@anthropic-ai/sdk';\nimport AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nimport { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\n" +
      "const direct = new Anthropic();\nconst bedrock = new AnthropicBedrock({ awsRegion: 'us-west-2' });\nconst vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'p' });\n" +
      `export async function ask(q: string) {\n${call('bedrock', 'us.anthropic.claude-sonnet-4-6')}${call('vertex', 'claude-sonnet-4-6')}${call('direct', 'claude-sonnet-4-6')}}\n`;
    const d = dir({
      'mixed/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.13.0', '@anthropic-ai/bedrock-sdk': '^0.36.0', '@anthropic-ai/vertex-sdk': '^0.22.0' } }),
      'mixed/app.ts': code,
      'new/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.13.0', '@anthropic-ai/bedrock-sdk': '^1.1.3' } }),
      'new/app.ts': code.replace(/^.*vertex.*$/gm, ''),
      // A range that can be either major: the lockfile decides.
      'locked/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.13.0', '@anthropic-ai/bedrock-sdk': '*' } }),
      'locked/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@anthropic-ai/bedrock-sdk': { version: '0.36.0' }, 'node_modules/@anthropic-ai/sdk': { version: '1.13.0' } } }),
      'locked/app.ts': code.replace(/^.*vertex.*$/gm, ''),
      // Foundry's 0.x depends on its own 0.x core: the 2023 version too.
      'foundry/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.13.0', '@anthropic-ai/foundry-sdk': '^0.6.0' } }),
      'foundry/app.ts': "import AnthropicFoundry from '@anthropic-ai/foundry-sdk';\nconst foundry = new AnthropicFoundry();\nexport const ask = (q: string) => foundry.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 64, temperature: 0.3, messages: [{ role: 'user', content: q }] });\n",
    });
    const found = findingsOf(runCli(['.', '-f', 'json', ...DATE], { cwd: d }).stdout, d);
    // Calls on lines 8 (Bedrock), 9 (Vertex) and 10 (first party): with 0.x platform packages only the first-party call sends 2026-10-21; with a 1.x Bedrock package, its call does too.
    assert.deepEqual(
      Object.fromEntries(Object.entries(found).map(([f, list]) => [f, list.map((x) => `${x.ruleId}@${x.line}`)])),
      { [path.join('mixed', 'app.ts')]: ['no-sampling-params@10'], [path.join('new', 'app.ts')]: ['no-sampling-params@8', 'no-sampling-params@10'], [path.join('locked', 'app.ts')]: ['no-sampling-params@10'] },
    );
  });
  it('package-lock.json decides when nothing is installed; a workspace root install or lock decides an open range', () => {
    const lockV3 = (version: string, key = 'node_modules/@anthropic-ai/sdk') => JSON.stringify({ lockfileVersion: 3, packages: { '': {}, [key]: { version } } });
    const d = dir({
      'locked/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '>=0.100.0' } }),
      'locked/package-lock.json': lockV3('0.137.0'),
      'locked/req.json': body,
      'locked-v1/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': 'latest' } }),
      'locked-v1/package-lock.json': JSON.stringify({ lockfileVersion: 1, dependencies: { '@anthropic-ai/sdk': { version: '1.13.0' } } }),
      'locked-v1/req.json': body,
      'mono/package-lock.json': lockV3('0.120.0', 'packages/app/node_modules/@anthropic-ai/sdk'),
      'mono/packages/app/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '*' } }),
      'mono/packages/app/req.json': body,
      'hoisted/node_modules/@anthropic-ai/sdk/package.json': JSON.stringify({ name: '@anthropic-ai/sdk', version: '1.4.0' }),
      'hoisted/packages/app/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '*' } }),
      'hoisted/packages/app/req.json': body,
    });
    assert.equal(versionOf(d, 'locked/req.json'), '2023-06-01');
    assert.equal(versionOf(d, 'locked-v1/req.json'), '2026-10-21');
    assert.equal(versionOf(d, 'mono/packages/app/req.json'), '2023-06-01');
    assert.equal(versionOf(d, 'hoisted/packages/app/req.json'), '2026-10-21');
  });
  it('a range that spans both versions, with nothing installed or locked: unknown, and only what both versions reject is reported', () => {
    const mistakes = JSON.stringify({ model: 'claude-sonnet-4-6', max_token: 100, temperature: 0.2, messages: [{ role: 'user', content: 'Hi' }] }, null, 2);
    const d = dir({
      'js/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '>=0.100.0' } }),
      'js/req.json': mistakes,
      'py/requirements.txt': 'anthropic>=1.5\n',
      'py/req.json': mistakes,
    });
    for (const file of ['js/req.json', 'py/req.json']) {
      const r = runCli([file, '-f', 'json', ...DATE], { cwd: d });
      const [result] = JSON.parse(r.stdout) as { apiVersions: { value: string; reason: string }[]; messages: { ruleId: string; pointer: string }[] }[];
      assert.equal(result!.apiVersions[0]!.value, 'unknown');
      assert.match(result!.apiVersions[0]!.reason, /only what both versions reject is reported/);
      // The misspelled max_token is rejected under both; temperature only under 2026-10-21.
      assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.pointer]), [['request-schema', '/max_token']]);
    }
    const stylish = runCli(['js/req.json', ...DATE], { cwd: d });
    assert.match(stylish.stdout, /unknown \(.*package\.json depends on @anthropic-ai\/sdk >=0\.100\.0, which can be 0\.x/);
  });
  it('Python manifests: anthropic < 2 → 2023-06-01, ≥ 2 → 2026-10-21', () => {
    const d = dir({
      'py1/requirements.txt': 'requests\nanthropic==1.13.0\n',
      'py1/req.json': body,
      'py2/pyproject.toml': '[project]\ndependencies = ["anthropic>=2.0"]\n',
      'py2/req.json': body,
    });
    assert.equal(versionOf(d, 'py1/req.json'), '2023-06-01');
    assert.equal(versionOf(d, 'py2/req.json'), '2026-10-21');
  });
  it('a Bedrock body states its own version', () => {
    const d = dir({
      'package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.2.0' } }),
      'bedrock.json': JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] }, null, 2),
    });
    const r = runCli(['bedrock.json', '-f', 'json', ...DATE], { cwd: d });
    const [result] = JSON.parse(r.stdout) as { apiVersions: { value: string; reason: string }[]; messages: unknown[] }[];
    assert.deepEqual(result!.apiVersions, [{ value: '2023-06-01', reason: 'the body\'s "anthropic_version": "bedrock-2023-05-31"' }]);
    assert.deepEqual(result!.messages, [], 'no model in a Bedrock body is not a finding');
  });
  it('a body with a platform-less anthropic_version (what the 1.x Bedrock and Vertex SDKs write) is a platform body', () => {
    const body = { anthropic_version: '2026-10-21', anthropic_beta: ['context-1m-2025-08-07'], user_profile_id: 'up_1', max_tokens: 100, messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }] }] };
    const d = dir({ 'cloud.json': JSON.stringify(body, null, 2) });
    const r = runCli(['cloud.json', '-f', 'json', ...DATE], { cwd: d });
    const [result] = JSON.parse(r.stdout) as { apiVersions: { value: string }[]; messages: { ruleId: string; pointer: string; message: string }[] }[];
    assert.equal(result!.apiVersions[0]!.value, '2026-10-21');
    // Bedrock's body fields are not reported; a URL image is, on either platform.
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.pointer]), [['image-source', '/messages/0/content/0/source/type']]);
    assert.match(result!.messages[0]!.message, /Amazon Bedrock or Google Cloud Vertex AI/);
  });
});
