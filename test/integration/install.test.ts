/**
 * The README's install path as the package is today (not published): `npm pack`,
 * then install the tarball in a fresh consumer project, and run the installed
 * bin. Also what a CLI-only install pulls in: no ESLint (it is an optional peer,
 * and nothing the CLI loads has it as a peer), typescript once (JS/TS parsing).
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from '../helpers/cli.js';

const made: string[] = [];
after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function run(cmd: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

describe('install from a packed tarball', () => {
  it('npm pack → npm install ./lint-payloads-x.tgz in a new project → npx lint-payloads works; no ESLint pulled in', { timeout: 600_000 }, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-install-'));
    made.push(tmp);
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], REPO) // npm test has just built dist/;
    assert.equal(pack.code, 0, pack.stderr);
    const [{ filename, files }] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
    const packed = new Set(files.map((f) => f.path));
    for (const f of ['dist/src/cli/bin.js', 'dist/src/build-stamp.json', 'dist/src/index.d.ts', 'README.md']) assert.ok(packed.has(f), `${f} is packed`);
    assert.ok(![...packed].some((f) => f.startsWith('dist/test/') || f.startsWith('src/')), 'no tests or TypeScript sources in the package');

    const consumer = path.join(tmp, 'consumer');
    fs.mkdirSync(consumer);
    fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = run('npm', ['install', '--prefer-offline', '--save-dev', path.join(tmp, path.basename(filename))], consumer);
    assert.equal(install.code, 0, install.stderr);

    const version = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;
    const npx = run('npx', ['--no-install', 'lint-payloads', '--version'], consumer);
    // The first line is the package version; the second, the catalogue's age.
    assert.equal(npx.stdout.trim().split('\n')[0], version, npx.stderr);
    assert.match(npx.stdout, /^model catalogue as of \d{4}-\d{2}-\d{2} \(SDK \d+\.\d+\.\d+\)$/m);

    fs.writeFileSync(path.join(consumer, 'app.ts'), "import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();\nawait c.messages.create({ model: 'claude-sonnet-5-5', max_token: 5, messages: [{ role: 'user', content: 'x' }] });\n");
    const lint = run('npx', ['--no-install', 'lint-payloads', 'app.ts', '-f', 'json', '--date', '2026-11-26'], consumer);
    assert.equal(lint.code, 1, lint.stderr);
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line, m.column]), [['request-schema', 3, 55]]);

    const installed = fs.readdirSync(path.join(consumer, 'node_modules'));
    assert.ok(!installed.includes('eslint'), 'a CLI-only install does not pull ESLint in');
    assert.ok(!fs.existsSync(path.join(consumer, 'node_modules/@typescript-eslint/utils')), '@typescript-eslint/utils (types only) is not installed');
    assert.ok(installed.includes('typescript'), 'typescript, the JS/TS parser’s peer, is installed once');
  });
});
