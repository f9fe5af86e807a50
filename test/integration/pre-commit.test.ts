/**
 * The real pre-commit framework in a temporary git repository that uses this
 * repository (at its HEAD commit) as the hook source: a staged bad request file
 * blocks the commit with located findings; the fixed file commits; files that
 * are not staged are not checked. And the husky + lint-staged recipe from the
 * README, driven by the real lint-staged from a real `git commit`.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, BIN } from '../helpers/cli.js';

const BAD = '{\n  "model": "claude-sonnet-5-5",\n  "max_token": 1024,\n  "messages": [{ "role": "user", "content": "Hello" }]\n}\n';
const GOOD = BAD.replace('max_token"', 'max_tokens"');

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 32 * 1024 * 1024 });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function gitRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-hook-'));
  sh('git', ['init', '-q'], dir);
  sh('git', ['config', 'user.email', 'test@example.invalid'], dir);
  sh('git', ['config', 'user.name', 'Test'], dir);
  sh('git', ['config', 'commit.gpgsign', 'false'], dir);
  return dir;
}

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

describe('pre-commit hook (the real pre-commit framework)', { skip: hasPreCommit ? false : 'pre-commit is not installed (apt-get install pre-commit; .ci/run installs it)' }, () => {
  let repo: string;
  let home: string;
  before(() => {
    repo = gitRepo();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-pre-commit-home-'));
    const rev = sh('git', ['rev-parse', 'HEAD'], REPO).out.trim();
    fs.writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${REPO}\n    rev: ${rev}\n    hooks:\n      - id: lint-payloads\n        args: [--date, '2026-11-26']\n`,
    );
    sh('git', ['add', '.pre-commit-config.yaml'], repo);
    const install = sh('pre-commit', ['install'], repo, { PRE_COMMIT_HOME: home });
    assert.equal(install.code, 0, install.out);
  });
  after(() => {
    fs.rmSync(repo, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('a staged bad request file blocks the commit, with its findings located', { timeout: 600_000 }, () => {
    fs.writeFileSync(path.join(repo, 'request.json'), BAD);
    sh('git', ['add', 'request.json'], repo);
    const commit = sh('git', ['commit', '-m', 'add a request'], repo, { PRE_COMMIT_HOME: home });
    assert.notEqual(commit.code, 0, commit.out);
    assert.match(commit.out, /lint-payloads \(Claude API request payloads\)\.+Failed/);
    assert.match(commit.out, /request\.json/);
    assert.match(commit.out, /3:3 +error +Unknown field "max_token"/);
    assert.equal(sh('git', ['rev-list', '--all', '--count'], repo).out.trim(), '0', 'nothing was committed');
  });

  it('the fixed file commits; an unstaged bad file is not checked', { timeout: 600_000 }, () => {
    fs.writeFileSync(path.join(repo, 'request.json'), GOOD);
    fs.writeFileSync(path.join(repo, 'draft.json'), BAD); // in the tree, not staged
    sh('git', ['add', 'request.json'], repo);
    const commit = sh('git', ['commit', '-m', 'add a request'], repo, { PRE_COMMIT_HOME: home });
    assert.equal(commit.code, 0, commit.out);
    assert.match(commit.out, /lint-payloads \(Claude API request payloads\)\.+Passed/);
  });

  it('with args: [--fix], the hook fixes the staged file and stops the commit for review; staged again, it commits', { timeout: 600_000 }, () => {
    const rev = sh('git', ['rev-parse', 'HEAD'], REPO).out.trim();
    fs.writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${REPO}\n    rev: ${rev}\n    hooks:\n      - id: lint-payloads\n        args: [--fix, --date, '2026-11-26']\n`,
    );
    fs.writeFileSync(path.join(repo, 'request.json'), BAD);
    sh('git', ['add', '.pre-commit-config.yaml', 'request.json'], repo);
    const stopped = sh('git', ['commit', '-m', 'a misspelled field'], repo, { PRE_COMMIT_HOME: home });
    assert.notEqual(stopped.code, 0, stopped.out);
    assert.match(stopped.out, /files were modified by this hook/);
    assert.equal(fs.readFileSync(path.join(repo, 'request.json'), 'utf8'), GOOD);
    sh('git', ['add', 'request.json'], repo);
    const commit = sh('git', ['commit', '-m', 'the fixed field'], repo, { PRE_COMMIT_HOME: home });
    assert.equal(commit.code, 0, commit.out);
  });
});

describe('husky + lint-staged recipe (the real lint-staged from a git pre-commit hook)', () => {
  it('blocks a commit with a bad staged request file and lets the fixed one through', () => {
    const repo = gitRepo();
    try {
      const lintStaged = path.join(REPO, 'node_modules/.bin/lint-staged');
      // What husky writes into .husky/pre-commit is `npx lint-staged`; here the same, without npx.
      fs.writeFileSync(path.join(repo, '.git/hooks/pre-commit'), `#!/bin/sh\nexec "${lintStaged}"\n`, { mode: 0o755 });
      // The README's lint-staged config, with the binary spelled out (no node_modules in this temp repo).
      fs.writeFileSync(path.join(repo, '.lintstagedrc.json'), JSON.stringify({ '*.{json,jsonl,ndjson,js,mjs,cjs,jsx,ts,tsx,mts,cts}': `node ${BIN} --date 2026-11-26` }));
      sh('git', ['add', '.lintstagedrc.json'], repo);
      sh('git', ['commit', '-q', '-m', 'config', '--no-verify'], repo);
      fs.writeFileSync(path.join(repo, 'request.json'), BAD);
      sh('git', ['add', 'request.json'], repo);
      const blocked = sh('git', ['commit', '-m', 'bad'], repo);
      assert.notEqual(blocked.code, 0, blocked.out);
      assert.match(blocked.out, /3:3 +error +Unknown field "max_token"/);
      fs.writeFileSync(path.join(repo, 'request.json'), GOOD);
      sh('git', ['add', 'request.json'], repo);
      const ok = sh('git', ['commit', '-m', 'good'], repo);
      assert.equal(ok.code, 0, ok.out);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
