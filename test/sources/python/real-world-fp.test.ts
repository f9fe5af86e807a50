/**
 * False positives the real-world check (bench/real-world/) found in Python
 * repositories: the reproducers under test/data/real-world-fp/, linted as the
 * CLI lints them. Each file also holds a call that must still be reported, so
 * a test cannot pass by the source going silent.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../../src/lint/lint-text.js';
import { brief } from './helpers.js';

const DATA = path.resolve(import.meta.dirname, '../../../../test/data/real-world-fp');

async function lintReproducer(file: string): Promise<string[]> {
  const full = path.join(DATA, file);
  return brief((await lintText(fs.readFileSync(full, 'utf8'), full, { date: '2026-12-07' })).messages);
}

describe('real-world false positives in Python', () => {
  it('a client another package builds around an anthropic client (instructor.from_anthropic) is not an anthropic client', async () => {
    // Seen: 567-labs/instructor examples/anthropic/run.py, tests/llm/test_anthropic/evals/test_simple.py, tests/llm/test_new_client.py.
    assert.deepEqual(await lintReproducer('python-instructor-client/extract_user.py'), ['no-retired-model /model 40:29', 'no-retired-model /model 42:30']);
  });

  it('AnthropicBedrockMantle is a Bedrock client: anthropic_beta in the body, and the beta fields it enables', async () => {
    // Seen: aws-samples/anthropic-on-aws notebooks/claude_opus_4_7_getting_started, claude_opus_4_8_getting_started, claude_opus_5_getting_started.
    assert.deepEqual(await lintReproducer('python-bedrock-mantle-client/mantle.py'), ['request-schema /maxTokens 32:92']);
  });
});
