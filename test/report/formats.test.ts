/**
 * Output formats on a real run: SARIF validated against the official SARIF
 * 2.1.0 schema (test/data/sarif-2.1.0-rtm.5.json, from OASIS via the
 * @microsoft/jest-sarif package), GitHub workflow commands escaped per spec.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { runCli, tempDir, REPO } from '../helpers/cli.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { RULES } from '../../rules/index.js';

const BAD = '{\n  "model": "claude-sonnet-5-5",\n  "max_token": 1024,\n  "messages": [{ "role": "user", "content": "Hello" }]\n}\n';
const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

interface SarifLog {
  runs: { tool: { driver: { rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
}

describe('sarif', () => {
  const d = tempDir({ 'requests/bad.json': BAD, 'broken.json': '{"model": "claude-sonnet-5-5", "messages": [1,}', 'odd names/my file#1.json': BAD });
  dirs.push(d);
  const run = (): SarifLog => JSON.parse(runCli(['.', '-f', 'sarif', '--date', '2026-11-26'], { cwd: d }).stdout) as SarifLog;
  const log = run();

  it('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'test/data/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The official schema's language pattern is not valid under the u flag; Ajv's default.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  });

  it('lists every rule with a description and a help URI to its docs', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    // Every rule, and one descriptor for problems with a file itself (not JSON, unreadable).
    assert.deepEqual(rules.map((r) => r.id), [...RULES.map((r) => r.id), 'file-problem']);
    for (const r of rules) {
      assert.ok(r.shortDescription.text.length > 10, r.id);
      assert.ok(r.helpUri.endsWith(`/docs/rules/${r.id === 'file-problem' ? 'README' : r.id}.md`), r.helpUri);
    }
  });

  it('results carry locations, and fingerprints stable across runs and line shifts', () => {
    const results = log.runs[0]!.results;
    const bad = results.find((r) => r.ruleId === 'request-schema' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'requests/bad.json')!;
    assert.equal(bad.level, 'error');
    assert.deepEqual(bad.locations[0]!.physicalLocation.artifactLocation.uri, 'requests/bad.json');
    assert.deepEqual(bad.locations[0]!.physicalLocation.region, { startLine: 3, startColumn: 3, endLine: 3, endColumn: 14 });
    assert.ok(results.some((r) => r.ruleId === 'file-problem'), 'the broken file is a result too');
    // Every result names a rule of driver.rules; URIs are percent-encoded references.
    const ids = new Set(log.runs[0]!.tool.driver.rules.map((r) => r.id));
    assert.ok(results.every((r) => ids.has(r.ruleId)));
    assert.ok(results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'odd%20names/my%20file%231.json'));
    const again = run().runs[0]!.results;
    assert.deepEqual(again.map((r) => r.partialFingerprints), results.map((r) => r.partialFingerprints));
    fs.writeFileSync(path.join(d, 'requests/bad.json'), '\n\n' + BAD);
    const shifted = run().runs[0]!.results.find((r) => r.ruleId === 'request-schema' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'requests/bad.json')!;
    assert.equal(shifted.locations[0]!.physicalLocation.region.startLine, 5);
    assert.deepEqual(shifted.partialFingerprints, bad.partialFingerprints);
  });
});

describe('github', () => {
  it('one workflow command per finding, with file, position, title and severity', () => {
    const d = tempDir({ 'bad.json': BAD, 'warn.json': JSON.stringify({ model: 'claude-opus-4-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }) });
    dirs.push(d);
    const lines = runCli(['.', '-f', 'github', '--date', '2026-11-26'], { cwd: d }).stdout.trim().split('\n');
    const bad = lines.filter((l) => l.includes('file=bad.json'));
    assert.equal(bad.length, 1);
    assert.match(bad[0]!, /^::error file=bad\.json,line=3,col=3,endLine=3,endColumn=14,title=lint-payloads\/request-schema::Unknown field "max_token"/);
    assert.ok(lines.some((l) => l.startsWith('::warning file=warn.json,')), lines.join('\n'));
  });

  it('escapes % CR LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('50%\r\nnext: a, b'), '50%25%0D%0Anext: a, b');
    assert.equal(escapeProperty('dir:a,b%/x.json'), 'dir%3Aa%2Cb%25/x.json');
    const d = tempDir({ 'we,ird:name.json': BAD });
    dirs.push(d);
    const out = runCli(['.', '-f', 'github', '--date', '2026-11-26'], { cwd: d }).stdout;
    assert.match(out, /^::error file=we%2Cird%3Aname\.json,line=3,/);
  });
});
