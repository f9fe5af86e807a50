/**
 * False positives the real-world check (bench/real-world/) found, each kept as
 * a reproducer under test/data/real-world-fp/ and linted here as the CLI lints
 * a folder. Each test also shows the same file is really read: a forced kind,
 * a forced version or a first-party client makes it report, so a test cannot
 * pass by the source going blind. (The Python ones: test/sources/python/real-world-fp.test.ts.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintFiles } from '../../src/lint/lint-files.js';
import { lintText } from '../../src/lint/lint-text.js';

const DATA = path.resolve(import.meta.dirname, '../../../test/data/real-world-fp');
const DATE = '2026-12-07';

async function lintFolder(name: string, options: Record<string, unknown> = {}): Promise<string[]> {
  const dir = path.join(DATA, name);
  const run = await lintFiles([dir], { cwd: dir, date: DATE, ...options });
  return run.results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath)} ${m.ruleId} ${m.line}:${m.column}`));
}

describe('real-world false positives (issue 12 §1)', () => {
  it('§1.1 JSONL files that are not requests (a fine-tuning dataset, a session transcript) are skipped when a folder is walked', async () => {
    assert.deepEqual(await lintFolder('jsonl-not-requests'), []);
    // Named with --kind, a file is read as requests whatever its lines look like: the dataset's lines lack model and max_tokens.
    const dir = path.join(DATA, 'jsonl-not-requests');
    const forced = await lintFiles([path.join(dir, 'finetune-dataset.jsonl')], { cwd: dir, date: DATE, kind: 'messages' });
    const rules = forced.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}`));
    assert.ok(rules.includes('request-schema 1'), rules.join('\n'));
  });

  it("§1.3 the SDK's own repository is judged by its own version (0.x: 2023-06-01, temperature accepted)", async () => {
    assert.deepEqual(await lintFolder('sdk-own-repo-version'), []);
    const file = path.join(DATA, 'sdk-own-repo-version/tests/messages.test.mjs');
    const under2026 = await lintText(fs.readFileSync(file, 'utf8'), file, { date: DATE, apiVersion: '2026-10-21' });
    assert.deepEqual(under2026.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`), ['no-sampling-params 10:5']);
  });

  it('§1.5 a platform client class imported by a relative path is not judged with first-party retirement dates', async () => {
    assert.deepEqual(await lintFolder('relative-path-platform-client'), []);
    const file = path.join(DATA, 'relative-path-platform-client/tests/client.test.mjs');
    const firstParty = fs
      .readFileSync(file, 'utf8')
      .replace("import { AnthropicVertex } from '../src/client.mjs';", "import Anthropic from '@anthropic-ai/sdk';")
      .replace("new AnthropicVertex({ region: 'us-east5', projectId: 'my-project', accessToken: 'token' })", 'new Anthropic()');
    const result = await lintText(firstParty, file, { date: DATE });
    assert.deepEqual(result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`), ['no-retired-model 9:12']);
  });
});
