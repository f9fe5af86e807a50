/**
 * On Bedrock the beta names travel in the request body (`anthropic_beta`), as the
 * `anthropic-beta` header does on the first-party API: a JS/TS call on a Bedrock
 * client (AnthropicBedrock, AnthropicBedrockMantle) whose body has them is a beta
 * call, and the beta's fields are accepted. The Python source does the same
 * (test/sources/python/real-world-fp.test.ts, python-bedrock-mantle-client).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import os from 'node:os';
import { lintText } from '../../../src/lint/lint-text.js';

const FILE = path.join(os.tmpdir(), 'lint-payloads-bedrock-body-beta', 'app.ts');
const findings = async (code: string) =>
  (await lintText(code, FILE, { date: '2026-11-26' })).messages.map((m) => `${m.ruleId} ${m.pointer} ${m.line}:${m.column}`);

const call = (client: string, body: string) => `  await ${client}.messages.create({\n    model: 'anthropic.claude-opus-4-7',\n    max_tokens: 1024,\n${body}    messages: [{ role: 'user', content: 'Hello' }],\n  });\n`;
const BETA_BODY = `    anthropic_beta: ['compact-2026-01-12'],\n    context_management: { edits: [{ type: 'compact_20260112' }] },\n`;
const BETA_FIELD_ONLY = `    context_management: { edits: [{ type: 'compact_20260112' }] },\n`;

describe('JS/TS: anthropic_beta in a Bedrock body makes a beta call', () => {
  it('AnthropicBedrockMantle: the beta fields that anthropic_beta enables are accepted; a field no version knows is still reported', async () => {
    const code =
      `import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrockMantle({ awsRegion: 'us-east-1' });\nexport async function run() {\n` +
      call('client', BETA_BODY) +
      `  await client.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 1024, maxTokens: 5, messages: [{ role: 'user', content: 'x' }] });\n}\n`;
    assert.deepEqual(await findings(code), ['request-schema /maxTokens 11:88']);
  });

  it('a Mantle client the project re-exports from its own module is a Bedrock client too', async () => {
    const code =
      `import { AnthropicBedrockMantle } from './clients';\nconst client = new AnthropicBedrockMantle();\nexport async function run() {\n` +
      call('client', BETA_BODY) +
      `  await client.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 1024, maxTokens: 5, messages: [{ role: 'user', content: 'x' }] });\n}\n`;
    assert.deepEqual(await findings(code), ['request-schema /maxTokens 11:88']);
  });

  it('AnthropicBedrock: the same; without anthropic_beta the call is a GA call and a beta field is reported', async () => {
    const head = `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();\nexport async function run() {\n`;
    assert.deepEqual(await findings(head + call('client', BETA_BODY) + `}\n`), []);
    assert.deepEqual(await findings(head + call('client', BETA_FIELD_ONLY) + `}\n`), ['request-schema /context_management 7:5']);
  });

  it('a body with a spread of something unknown may hold anthropic_beta: silent on beta fields', async () => {
    const code = `import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nimport { betaOptions } from './betas';\nconst client = new AnthropicBedrockMantle();\nexport async function run() {\n` + call('client', `    ...betaOptions,\n` + BETA_FIELD_ONLY) + `}\n`;
    assert.deepEqual(await findings(code), []);
  });

  it('on the first-party API, anthropic_beta in the body is not a beta header: both are reported', async () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nexport async function run() {\n` + call('client', BETA_BODY) + `}\n`;
    const found = await findings(code);
    assert.ok(found.includes('request-schema /anthropic_beta 7:5') && found.includes('request-schema /context_management 8:5'), found.join('\n'));
  });
});
