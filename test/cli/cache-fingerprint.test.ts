/**
 * --cache's fingerprint: the linter's build is its content (a fresh `npm ci`
 * rewrites every file with new times and the same bytes: the cache holds), and the
 * date matters only where findings can change (a clean file stays cached until a
 * catalogue boundary; a file with findings is rechecked on another day).
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO, runCli, tempDirs } from '../helpers/cli.js';
import { catalogueEpoch } from '../../src/lint/cache.js';
import { writeBuildStamp } from '../../src/lint/build-hash.js';
import { MODELS } from '../../src/catalogue/models-data.js';

const GOOD = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] });
const MARK = 'MARKED IN THE CACHE';
const dir = tempDirs(after);

/** Marks stored results: a clean one gets a fake message, so a hit shows in the report. */
function markCache(file: string): void {
  const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Record<string, { result: { messages: unknown[]; errorCount: number } }> };
  for (const entry of Object.values(cache.entries)) {
    entry.result.messages = [{ ruleId: 'request-schema', severity: 2, message: MARK, line: 1, column: 1, endLine: 1, endColumn: 1 }];
    entry.result.errorCount = 1; // counts that disagree with the messages make the entry a miss
  }
  fs.writeFileSync(file, JSON.stringify(cache));
}
const hit = (stdout: string): boolean => stdout.includes(MARK);

/** A copy of the built linter (what an install holds), using the repository's node_modules. */
function installedCopy(): string {
  const root = dir();
  for (const sub of ['dist/src', 'dist/rules', 'dist/validators']) fs.cpSync(path.join(REPO, sub), path.join(root, sub), { recursive: true });
  fs.copyFileSync(path.join(REPO, 'package.json'), path.join(root, 'package.json'));
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
  writeBuildStamp(path.join(root, 'dist')); // as `npm run build` does
  return root;
}

function touchAll(folder: string, when: Date): void {
  for (const e of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) fs.utimesSync(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), when, when);
  }
}

describe('cache fingerprint', () => {
  it('survives a reinstall (new modification times, same bytes); a changed compiled file drops it', () => {
    const linter = installedCopy();
    const bin = path.join(linter, 'dist/src/cli/bin.js');
    const d = dir({ 'good.json': GOOD });
    const run = (): string => spawnSync(process.execPath, [bin, '--cache', '--date', '2026-11-26', '-f', 'json'], { cwd: d, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    run();
    markCache(path.join(d, '.lintpayloadscache'));
    touchAll(path.join(linter, 'dist'), new Date(Date.now() - 60_000));
    assert.ok(hit(run()), 'the same build after new modification times is a cache hit');
    fs.appendFileSync(path.join(linter, 'dist/rules/request-schema.js'), '\n// another build\n');
    assert.ok(!hit(run()), 'another build is a miss');
  });

  it('a clean file stays cached from one day to the next, until a model is retired', () => {
    const d = dir({ 'good.json': GOOD });
    // Two days between which no catalogue date falls, and a retirement day.
    const released = MODELS.find((m) => m.id === 'claude-sonnet-5-5')!.release_date!;
    const retirement = MODELS.map((m) => m.retirement_date).filter((x): x is string => !!x && x > released).sort()[0]!;
    const before = new Date(Date.parse(`${retirement}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const twoBefore = new Date(Date.parse(`${retirement}T00:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);
    assert.equal(catalogueEpoch(twoBefore), catalogueEpoch(before), 'no boundary between the two days (pick others if the catalogue changes)');
    const lint = (date: string): string => runCli(['--cache', '--date', date, '-f', 'json'], { cwd: d }).stdout;
    lint(twoBefore);
    markCache(path.join(d, '.lintpayloadscache'));
    assert.ok(hit(lint(before)), 'next day: still cached');
    assert.notEqual(catalogueEpoch(retirement), catalogueEpoch(before));
    assert.ok(!hit(lint(retirement)), 'a retirement day: checked again');
  });

  it('a file with findings is checked again on another day (a message counts the days to a retirement)', () => {
    const deprecated = MODELS.find((m) => m.deprecation_date && m.retirement_date && m.deprecation_date < m.retirement_date && m.status !== 'never-existed')!;
    const day1 = deprecated.deprecation_date!;
    const day2 = new Date(Date.parse(`${day1}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const d = dir({ 'old.json': JSON.stringify({ model: deprecated.id, max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] }) });
    const lint = (date: string): string => runCli(['--cache', '--date', date, '-f', 'json', '--api-version', '2026-10-21'], { cwd: d }).stdout;
    const first = lint(day1);
    assert.match(first, /in \d+ days/);
    const again = lint(day1);
    assert.equal(again, first);
    const next = lint(day2);
    assert.notEqual(next, first, 'the day count moved');
  });
});
