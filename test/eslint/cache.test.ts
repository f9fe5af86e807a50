/**
 * ESLint --cache when the API version changes without the file (issue 15 item 5):
 * a new @anthropic-ai/sdk range in package.json makes ESLint lint the file again,
 * because the configs carry the API version resolved for ESLint's working folder.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO, tempDirs } from '../helpers/cli.js';

const dir = tempDirs(after);
const ESLINT_BIN = path.join(REPO, 'node_modules/eslint/bin/eslint.js');
const CODE = "import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();\nexport const f = () => c.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 64, temperature: 0.3, messages: [{ role: 'user', content: 'x' }] });\n";

function eslint(cwd: string, args: string[]): { ruleIds: string[]; code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [ESLINT_BIN, '--format', 'json', ...args, 'app.mjs'], { cwd, encoding: 'utf8' });
  const results = JSON.parse(r.stdout || '[]') as { messages: { ruleId: string }[] }[];
  return { ruleIds: results.flatMap((x) => x.messages.map((m) => m.ruleId)), code: r.status, stderr: r.stderr };
}

describe('ESLint --cache and the project manifest', () => {
  it('a new SDK range in package.json makes ESLint lint again, with --cache', () => {
    const d = dir({
      'app.mjs': CODE,
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { '@anthropic-ai/sdk': '^0.60.0' } }),
      'eslint.config.mjs': `import lintPayloads from ${JSON.stringify(path.join(REPO, 'dist/src/eslint/plugin.js'))};\nexport default [...lintPayloads.configs.recommended, { settings: { 'lint-payloads': { date: '2026-11-26' } } }];\n`,
    });
    const first = eslint(d, ['--cache']);
    assert.deepEqual(first.ruleIds, [], `2023-06-01 accepts temperature: ${first.stderr}`);
    assert.ok(fs.existsSync(path.join(d, '.eslintcache')));
    fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { '@anthropic-ai/sdk': '^1.13.0' } }));
    assert.deepEqual(eslint(d, ['--cache']).ruleIds, ['lint-payloads/no-sampling-params'], 'the cached clean result is not reused');
    assert.deepEqual(eslint(d, ['--cache']).ruleIds, ['lint-payloads/no-sampling-params']);
  });
});
