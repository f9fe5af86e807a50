/**
 * The plugin's rules on request JSON files through ESLint's official JSON
 * language (@eslint/json, `language: 'json/json'`), with ESLint's RuleTester:
 * exact messageId, line and column, fix and suggestion outputs.
 */
import { describe, it, after } from 'node:test';
import { RuleTester } from 'eslint';
import json from '@eslint/json';
import plugin from '../../src/eslint/plugin.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof after }).afterAll = after;

const tester = new RuleTester({
  plugins: { json },
  language: 'json/json',
  settings: { 'lint-payloads': { date: '2026-11-26', apiVersion: '2026-10-21' } },
});

const rule = (id: string) => {
  const r = plugin.rules?.[id];
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

const GOOD = `{
  "model": "claude-sonnet-5-5",
  "max_tokens": 1024,
  "messages": [{ "role": "user", "content": "Hi" }]
}`;

/** Not request bodies: never a finding, whatever they hold. */
const NOT_REQUESTS = [
  '{ "name": "my-app", "version": "1.0.0", "dependencies": {} }',
  '{ "compilerOptions": { "strict": true } }',
  '[1, 2, 3]',
  '"just a string"',
  '{ "model": "gpt-4o", "messages_count": 3 }',
];

tester.run('request-schema', rule('request-schema'), {
  valid: [GOOD, ...NOT_REQUESTS],
  invalid: [
    {
      name: 'a typo of a field is fixed',
      code: '{"model": "claude-sonnet-5-5", "max_tokens": 1024, "strem": true, "messages": [{"role": "user", "content": "Hi"}]}',
      errors: [{ messageId: 'unknownFieldDidYouMean', line: 1, column: 52, endLine: 1, endColumn: 59 }],
      output: '{"model": "claude-sonnet-5-5", "max_tokens": 1024, "stream": true, "messages": [{"role": "user", "content": "Hi"}]}',
    },
    {
      name: 'an unknown role gets a suggestion; a header param a removal suggestion',
      code: '{\n  "model": "claude-sonnet-5-5",\n  "max_tokens": 1024,\n  "messages": [{ "role": "usr", "content": "Hi" }],\n  "betas": ["x"]\n}',
      errors: [
        {
          messageId: 'unknownType',
          line: 4,
          column: 26,
          suggestions: [{ desc: 'Replace "usr" with "user"', output: '{\n  "model": "claude-sonnet-5-5",\n  "max_tokens": 1024,\n  "messages": [{ "role": "user", "content": "Hi" }],\n  "betas": ["x"]\n}' }],
        },
        {
          messageId: 'headerParam',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 10,
          suggestions: [{ desc: 'Remove "betas" from the body', output: '{\n  "model": "claude-sonnet-5-5",\n  "max_tokens": 1024,\n  "messages": [{ "role": "usr", "content": "Hi" }]\n}' }],
        },
      ],
    },
    {
      name: 'a missing field is reported at the opening brace of its object',
      code: '{\n  "model": "claude-sonnet-5-5",\n  "messages": [{ "role": "user", "content": "Hi" }]\n}',
      errors: [{ messageId: 'missingField', line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
  ],
});

tester.run('no-sampling-params', rule('no-sampling-params'), {
  valid: [
    GOOD,
    // The version the project (or the body) states decides.
    { code: GOOD.replace('"max_tokens": 1024', '"max_tokens": 1024, "temperature": 0.5'), settings: { 'lint-payloads': { date: '2026-11-26', apiVersion: '2023-06-01' } } },
    // A Bedrock body states its version.
    '{"anthropic_version": "bedrock-2023-05-31", "max_tokens": 10, "temperature": 0.2, "messages": [{"role": "user", "content": "Hi"}]}',
  ],
  invalid: [
    {
      code: '{\n  "model": "claude-sonnet-5-5",\n  "max_tokens": 1024,\n  "temperature": 0.2,\n  "top_p": 0.9,\n  "messages": [{ "role": "user", "content": "Hi" }]\n}',
      errors: [
        { messageId: 'removedSamplingParam', line: 4, column: 3, endColumn: 16 },
        { messageId: 'removedSamplingParam', line: 5, column: 3, endColumn: 10 },
      ],
      // The two removals touch, so ESLint applies one per pass (`eslint --fix` runs passes until none is left).
      output: '{\n  "model": "claude-sonnet-5-5",\n  "max_tokens": 1024,\n  "top_p": 0.9,\n  "messages": [{ "role": "user", "content": "Hi" }]\n}',
    },
  ],
});

tester.run('no-retired-model', rule('no-retired-model'), {
  valid: [GOOD, { code: GOOD.replace('claude-sonnet-5-5', 'claude-3-opus-20240229'), settings: { 'lint-payloads': { date: '2025-01-01' } } }],
  invalid: [
    {
      code: GOOD.replace('claude-sonnet-5-5', 'claude-3-opus-20240229'),
      errors: [
        {
          messageId: 'retired',
          line: 2,
          column: 12,
          endColumn: 36,
          suggestions: [{ desc: 'Use "claude-opus-5-5"', output: GOOD.replace('claude-sonnet-5-5', 'claude-opus-5-5') }],
        },
      ],
    },
  ],
});

const TOOLS = `"tools": [{ "name": "get_weather", "input_schema": { "type": "object" } }]`;

tester.run('tool-result-pairing', rule('tool-result-pairing'), {
  valid: [
    `{
  "model": "claude-sonnet-5-5", "max_tokens": 1024, ${TOOLS},
  "messages": [
    { "role": "user", "content": "Weather in Paris?" },
    { "role": "assistant", "content": [{ "type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {} }] },
    { "role": "user", "content": [{ "type": "tool_result", "tool_use_id": "toolu_01", "content": "18°C" }] }
  ]
}`,
  ],
  invalid: [
    {
      name: 'an orphan tool_result: suggestion removes it',
      code: `{
  "model": "claude-sonnet-5-5", "max_tokens": 1024, ${TOOLS},
  "messages": [
    { "role": "user", "content": [{ "type": "tool_result", "tool_use_id": "toolu_01", "content": "18°C" }, { "type": "text", "text": "Hi" }] }
  ]
}`,
      errors: [
        {
          messageId: 'orphanResult',
          line: 4,
          column: 35,
          suggestions: [
            {
              desc: 'Remove the tool_result for "toolu_01"',
              output: `{
  "model": "claude-sonnet-5-5", "max_tokens": 1024, ${TOOLS},
  "messages": [
    { "role": "user", "content": [{ "type": "text", "text": "Hi" }] }
  ]
}`,
            },
          ],
        },
      ],
    },
  ],
});

tester.run('system-message-role', rule('system-message-role'), {
  valid: [GOOD],
  invalid: [
    {
      name: 'a system message is moved to the top-level system (two edits, one fix)',
      code: `{
  "model": "claude-haiku-4-5",
  "max_tokens": 1024,
  "messages": [
    { "role": "system", "content": "Be brief." },
    { "role": "user", "content": "Hi" }
  ]
}`,
      errors: [{ messageId: 'systemRole', line: 5, column: 15 }],
      output: `{
  "model": "claude-haiku-4-5",
  "max_tokens": 1024,
  "messages": [
    { "role": "user", "content": "Hi" }
  ],
  "system": "Be brief."
}`,
    },
  ],
});
