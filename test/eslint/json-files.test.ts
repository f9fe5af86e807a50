/**
 * The real ESLint class over the bundled request fixtures through @eslint/json
 * (`configs['strict-json']`): valid fixtures give nothing; each invalid fixture
 * gives the same findings as the engine (checkPayload on the same body) and, at
 * the same places, as the CLI's per-file linting (lintText).
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import json from '@eslint/json';
import plugin from '../../src/eslint/plugin.js';
import { checkPayload } from '../../src/index.js';
import { RULES } from '../../rules/index.js';
import { checkText } from '../../src/engine/check-text.js';
import { projectApiVersion } from '../../src/config/api-version.js';
import { jsonSource } from '../../src/sources/json/index.js';
import { lintText } from '../../src/lint/lint-text.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const REQUESTS = path.join(ROOT, 'fixtures/requests');
const DATE = '2026-11-26';

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(full));
    else if (entry.name.endsWith('.json') && entry.name !== 'package.json') out.push(full);
  }
  return out.sort();
}

const files = jsonFiles(REQUESTS);
const byFile = new Map<string, ESLint.LintResult>();

before(async () => {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [{ plugins: { json } }, ...plugin.configs['strict-json'], { settings: { 'lint-payloads': { date: DATE } } }],
  });
  for (const result of await eslint.lintFiles(files)) byFile.set(result.filePath, result);
});

const shortId = (ruleId: string | null): string => (ruleId ?? '').replace(/^lint-payloads\//, '');

describe('ESLint + @eslint/json on fixtures/requests', () => {
  it('lints every fixture without a fatal error', () => {
    assert.ok(files.length >= 10, `found ${files.length} fixtures`);
    assert.equal(byFile.size, files.length);
    for (const [file, result] of byFile) assert.equal(result.fatalErrorCount, 0, `${file}: ${JSON.stringify(result.messages)}`);
  });

  for (const file of files) {
    const name = path.relative(REQUESTS, file);
    const valid = /(^|\/)valid\//.test(name);
    it(`${name}: ${valid ? 'no finding' : 'the engine’s findings, where the CLI puts them'}`, async () => {
      const result = byFile.get(file)!;
      const eslintFindings = result.messages.map((m) => `${shortId(m.ruleId)}/${m.messageId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
      if (valid) {
        assert.deepEqual(eslintFindings, []);
        return;
      }
      assert.ok(eslintFindings.length > 0, 'an invalid fixture gives a finding');

      // Same findings as the engine on the same body (and text), by construction.
      const text = fs.readFileSync(file, 'utf8');
      const [located] = jsonSource.extract(text, file, { explicit: true }).payloads;
      assert.ok(located, 'the fixture is a request');
      const engine = checkPayload(located.payload, {
        kind: located.kind,
        endpoint: located.endpoint,
        date: DATE,
        apiVersion: located.apiVersion?.value ?? projectApiVersion(file).value,
        ...(located.platform ? { platform: located.platform } : {}),
      });
      const ids = (list: string[]) => [...list].sort();
      const engineIds = [...engine, ...checkText(text, file, { ruleSet: RULES })].map((f) => `${f.ruleId}/${f.messageId}`);
      assert.deepEqual(ids(result.messages.filter((m) => m.ruleId?.startsWith('lint-payloads/')).map((m) => `${shortId(m.ruleId)}/${m.messageId}`)), ids(engineIds));

      // And where the CLI reports them.
      const cli = await lintText(text, file, { date: DATE });
      assert.deepEqual(ids(eslintFindings), ids(cli.messages.map((m) => `${m.ruleId}/${m.messageId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)));
    });
  }

  it('suggestions and fixes of the fixtures produce valid JSON', async () => {
    for (const [file, result] of byFile) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of result.messages) {
        for (const edit of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
          if (!edit) continue;
          const out = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
          assert.doesNotThrow(() => JSON.parse(out), `${path.relative(ROOT, file)} ${m.ruleId}: ${out}`);
        }
      }
    }
  });
});
