/**
 * The SDK-side options of the helper methods (read by the SDK, never sent) are
 * generated from the pinned SDK's .d.ts by `npm run refresh`
 * (scripts/schema/sdk-only-options.ts → src/sources/js/sdk-only-options.generated.ts;
 * test/refresh-drift.test.ts holds the committed file to it), so a new runner
 * setting is not reported as an unknown body field (issue 12 §1.4).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readSdkOnlyOptions } from '../../../scripts/schema/sdk-only-options.js';
import { SDK_ONLY_OPTIONS } from '../../../src/sources/js/sdk-only-options.generated.js';
import { EARLIER_SDK_ONLY_OPTIONS, sdkOnlyOptions } from '../../../src/sources/js/extract.js';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../../src/index.js';
import { REPO } from '../../helpers/cli.js';

const HEAD = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n`;
const lint = async (code: string) =>
  (await lintText(HEAD + code, { filePath: 'runner.ts', date: '2026-12-07', apiVersion: '2026-10-21' })).messages.map((m) => `${m.ruleId} ${m.pointer} ${m.line}:${m.column}`);

describe('SDK-only options of the helper methods, from the SDK types', () => {
  it('are read from the pinned SDK: the runner settings, not the fields a helper widens or narrows', () => {
    const read = readSdkOnlyOptions();
    assert.deepEqual(read, SDK_ONLY_OPTIONS);
    // BetaToolRunnerSettings (minus `stream`, a body field) and `thread?: false` (the runner's, not the body's thread object).
    assert.deepEqual(read.beta.toolRunner, ['max_iterations', 'runToolsEagerly', 'thread']);
    // toolRunner widens `tools` (runnable tools), parse narrows `stream` (false), stream widens `output_config`: all sent.
    for (const [endpoint, methods] of Object.entries(read)) {
      for (const [method, keys] of Object.entries(methods)) {
        for (const sent of ['tools', 'stream', 'output_config', 'output_format', 'messages', 'model']) assert.ok(!keys.includes(sent), `${endpoint} ${method} ${sent}`);
      }
    }
    // Every method the extraction reads is in the table (a GA toolRunner does not exist).
    for (const method of ['create', 'stream', 'parse', 'countTokens', 'batches.create']) {
      assert.ok(read.ga[method] && read.beta[method], method);
    }
    assert.ok(read.beta.toolRunner && !read.ga.toolRunner);
  });

  it("an earlier release's runner setting (compactionControl, SDK 0.x before 0.129.0) is kept beside the generated ones", () => {
    assert.ok(!SDK_ONLY_OPTIONS.beta.toolRunner!.includes('compactionControl'));
    assert.deepEqual(EARLIER_SDK_ONLY_OPTIONS.beta.toolRunner, ['compactionControl']);
    assert.deepEqual(sdkOnlyOptions('beta', 'toolRunner'), ['max_iterations', 'runToolsEagerly', 'thread', 'compactionControl']);
    assert.deepEqual(sdkOnlyOptions('ga', 'create'), []);
  });

  it('toolRunner: the runner settings of this and earlier releases are not body fields; a misspelled field still is', async () => {
    // The real-world check: anthropic-sdk-typescript@0.120.0 examples/autoCompaction.ts.
    const code =
      "client.beta.messages.toolRunner({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], tools: [],\n" +
      '  max_iterations: 5, runToolsEagerly: true, thread: false, compactionControl: { enabled: true, contextTokenThreshold: 3000 }, max_tokenz: 1 });\n';
    assert.deepEqual(await lint(code), ['request-schema /max_tokenz 4:127']);
  });

  it('the real-world reproducer (SDK 0.x examples/autoCompaction.ts) is silent', async () => {
    const file = path.join(REPO, 'test/data/real-world-fp/toolrunner-compaction-control/auto-compaction.mjs');
    const result = await lintText(fs.readFileSync(file, 'utf8'), { filePath: file, date: '2026-12-07', apiVersion: '2026-10-21' });
    assert.deepEqual(result.messages, []);
  });

  it('the same keys on create (which sends them) are unknown body fields', async () => {
    const code = "client.beta.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], runToolsEagerly: true });\n";
    assert.deepEqual(await lint(code), ['request-schema /runToolsEagerly 3:122']);
  });
});
