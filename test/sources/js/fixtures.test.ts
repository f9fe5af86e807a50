/**
 * The bundled JS/TS fixtures through the whole pipeline (source → engine →
 * located messages): each planted mistake on its own line, nothing on the clean
 * files and the decoys.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../../src/lint/lint-text.js';

const DIR = path.resolve('fixtures/src');
const DATE = '2026-11-26';

const expected: Record<string, string[]> = {
  'chat-service.ts': ['23 request-schema', '30 no-sampling-params', '39 no-retired-model', '49 max-tokens-limit'],
  'agent-loop.js': ['7 no-api-key-literal', '27 tool-result-pairing'],
  'clean.ts': [],
  'decoys.ts': [],
  'decoys-anthropic-file.js': [],
  'report-writer.ts': ['13 sdk-long-request'],
  'thinking-agent-loop.ts': ['34 tool-loop-thinking-start'],
  // The user's own examples (shared/seed), ported from Python.
  'seed-examples.js': ['12 request-schema', '13 no-unknown-model', '14 request-schema', '25 no-unknown-model', '27 request-schema', '38 request-schema', '39 no-unknown-model', '53 no-unknown-model'],
  'unknown-disable-rule.ts': ['7 unknown-disable-rule', '8 no-retired-model'],
  'valid/sdk-long-request.ts': [],
  'valid/unknown-disable-rule.ts': [],
  'valid/unused-disable-directive.ts': [],
};

describe('fixtures/src', () => {
  it('holds exactly the files this test knows', () => {
    const files = (fs.readdirSync(DIR, { recursive: true }) as string[]).filter((f) => /\.[cm]?[jt]sx?$/.test(f)).map((f) => f.split(path.sep).join('/'));
    assert.deepEqual(files.sort(), Object.keys(expected).sort());
  });
  for (const [file, messages] of Object.entries(expected)) {
    it(`${file}: ${messages.length === 0 ? 'no findings' : messages.join(', ')}`, async () => {
      const full = path.join(DIR, file);
      const result = await lintText(fs.readFileSync(full, 'utf8'), full, { date: DATE });
      assert.deepEqual(
        result.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`),
        messages,
      );
    });
  }
});
