/**
 * The bundled fixtures, linted the way `npx lint-payloads fixtures/` does:
 * - every file under a `valid/` folder gives no finding at all;
 * - every other fixture gives exactly the findings (rule, line, column, pointer)
 *   recorded next to it in test/fixture-expectations/<same path>.json;
 * - every rule fails at least one fixture and has a passing fixture named after it.
 *
 * After a deliberate change, rewrite the expectations with
 *   UPDATE_FIXTURES=1 node --test dist/test/fixtures.test.js
 * and review the diff like code.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintFiles } from '../src/lint/lint-files.js';
import type { LintResult } from '../src/lint/results.js';
import { RULES } from '../rules/index.js';
import { REPO } from './helpers/cli.js';

const FIXTURES = path.join(REPO, 'fixtures');
const EXPECTATIONS = path.join(REPO, 'test/fixture-expectations');
const DATE = '2026-11-26';

type Expected = { ruleId: string | null; line: number; column: number; pointer?: string }[];

function expectationFile(rel: string): string {
  return path.join(EXPECTATIONS, `${rel}.json`);
}

describe('fixtures', () => {
  let results: LintResult[] = [];
  before(async () => {
    results = (await lintFiles([FIXTURES], { cwd: REPO, date: DATE })).results;
  });

  const relOf = (r: LintResult): string => path.relative(FIXTURES, r.filePath);
  const isValidFixture = (rel: string): boolean => rel.split(path.sep).includes('valid');

  it('valid fixtures give no finding', () => {
    const noisy = results.filter((r) => isValidFixture(relOf(r)) && r.messages.length > 0);
    assert.deepEqual(
      noisy.map((r) => `${relOf(r)}: ${r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join(' | ')}`),
      [],
    );
  });

  it('every other fixture gives exactly its recorded findings', () => {
    const update = process.env.UPDATE_FIXTURES === '1';
    const problems: string[] = [];
    for (const r of results) {
      const rel = relOf(r);
      if (isValidFixture(rel)) continue;
      if (r.apiVersions.length === 0 && r.messages.length === 0) continue; // not a request file (a fixture folder's package.json)
      const actual: Expected = r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, ...(m.pointer !== undefined ? { pointer: m.pointer } : {}) }));
      const file = expectationFile(rel);
      if (update) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
        continue;
      }
      if (!fs.existsSync(file)) {
        problems.push(`${rel}: no recorded findings (test/fixture-expectations/${rel}.json); run UPDATE_FIXTURES=1 and review`);
        continue;
      }
      const expected = JSON.parse(fs.readFileSync(file, 'utf8')) as Expected;
      try {
        assert.deepEqual(actual, expected);
      } catch {
        problems.push(`${rel}:\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('no recorded findings for a fixture that no longer exists', () => {
    const stale: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (!fs.existsSync(path.join(FIXTURES, path.relative(EXPECTATIONS, full).replace(/\.json$/, '')))) stale.push(path.relative(REPO, full));
      }
    };
    if (fs.existsSync(EXPECTATIONS)) walk(EXPECTATIONS);
    assert.deepEqual(stale, []);
  });

  /** Failing cases too large to commit; their tests build them at run time. */
  const TOO_LARGE_TO_COMMIT: Record<string, string> = {
    'request-size-limit': 'a failing body is over 32 MiB (test/rules/request-size-limit.test.ts builds one)',
    'batch-size-limits': 'a failing batch has over 100,000 requests (test/rules/batch-size-limits.test.ts builds one)',
  };

  it('every rule fails at least one fixture and has a passing fixture named after it', () => {
    const failing = new Set(results.filter((r) => !isValidFixture(relOf(r))).flatMap((r) => r.messages.map((m) => m.ruleId)));
    const validNames = results.filter((r) => isValidFixture(relOf(r))).map((r) => path.basename(r.filePath).replace(/\.[^.]+$/, ''));
    const missing: string[] = [];
    for (const rule of RULES) {
      // A rule that is off unless asked for (unused-disable-directive) fails nothing here; its own tests turn it on.
      if (!failing.has(rule.id) && !TOO_LARGE_TO_COMMIT[rule.id] && !rule.meta.defaultOff) missing.push(`${rule.id}: no failing fixture`);
      if (!validNames.some((n) => n === rule.id || n.startsWith(`${rule.id}-`))) missing.push(`${rule.id}: no passing fixture`);
    }
    assert.deepEqual(missing, []);
  });
});
