import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../rules/sdk-output-format-conflict.js';
import { ruleTable, type CaseOptions } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';
import { lintPy } from '../sources/python/helpers.js';

const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
const format = { type: 'json_schema', schema };
const base = { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] };
const both = { ...base, output_format: format, output_config: { format } };
const beta: CaseOptions = { origin: 'sdk-call', endpoint: 'beta' };
const python: CaseOptions = { ...beta, sdk: 'python' };

ruleTable(rule, {
  valid: [
    { name: 'output_config.format alone', payload: { ...base, output_config: { format } }, options: beta },
    { name: 'output_format alone (deprecated, transformed by the SDK)', payload: { ...base, output_format: format }, options: beta },
    { name: 'output_config without format', payload: { ...base, output_format: format, output_config: { effort: 'low' } }, options: beta },
    { name: 'output_format None', payload: { ...base, output_format: null, output_config: { format } }, options: python },
    { name: 'output_config.format None', payload: { ...base, output_format: format, output_config: { format: null } }, options: python },
    { name: 'output_format not known (a class, a variable)', payload: { ...base, output_format: unknownValue(), output_config: { format } }, options: python },
    { name: 'request files: the SDK check does not run', payload: both, options: { endpoint: 'beta' } },
    { name: 'raw HTTP calls', payload: both, options: { ...beta, origin: 'http-call' } },
    { name: 'GA methods have no such check', payload: both, options: { origin: 'sdk-call', endpoint: 'ga' } },
  ],
  invalid: [
    {
      name: 'TypeScript beta call',
      payload: both,
      options: beta,
      errors: [{ messageId: 'bothFormats', pointer: '/output_format', data: { sdk: 'TypeScript' }, messageIncludes: 'throws AnthropicError "Both output_format and output_config.format were provided.', suggestions: [{ ...base, output_config: { format } }] }],
    },
    {
      name: 'Python beta call',
      payload: both,
      options: python,
      errors: [{ messageId: 'bothFormats', pointer: '/output_format', data: { sdk: 'Python' }, messageIncludes: 'sets both output_format= and output_config.format. The Python SDK raises AnthropicError', suggestions: [{ ...base, output_config: { format } }] }],
    },
    { name: 'count_tokens too', payload: { ...both, max_tokens: undefined }, options: { ...python, kind: 'count-tokens' }, errors: [{ messageId: 'bothFormats', pointer: '/output_format' }] },
  ],
});

describe('sdk-output-format-conflict on Python code', () => {
  const call = (method: string) =>
    `from anthropic import Anthropic\n\nclient = Anthropic()\nfmt = {"type": "json_schema", "schema": {"type": "object", "properties": {}, "additionalProperties": False}}\nclient.${method}(model="claude-sonnet-5-5", max_tokens=1024, messages=[{"role": "user", "content": "Hi"}], output_format=fmt, output_config={"format": fmt})\n`;
  const ours = async (code: string) => (await lintPy(code)).filter((m) => m.ruleId === 'sdk-output-format-conflict').map((m) => `${m.pointer} ${m.line}:${m.column}`);

  it('reports the output_format= keyword of beta calls', async () => {
    for (const method of ['beta.messages.create', 'beta.messages.parse', 'beta.messages.stream']) {
      const code = call(method);
      assert.deepEqual(await ours(code), [`/output_format 5:${code.split('\n')[4]!.indexOf('output_format=') + 1}`], method);
    }
  });
});
