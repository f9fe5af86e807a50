import rule from '../../rules/no-sampling-params.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (extra: Record<string, unknown> = {}) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user('Hello')], ...extra });

ruleTable(rule, {
  valid: [
    { name: 'no sampling params', payload: body() },
    { name: 'under 2023-06-01 the fields exist', payload: body({ temperature: 0.2, top_p: 0.9, top_k: 10 }), options: { apiVersion: '2023-06-01' } },
    { name: 'an open body may hold anything unseen', payload: markOpen(body()) },
    { name: 'a runtime value may be undefined, which is not sent', payload: body({ temperature: unknownValue() }) },
    { name: 'a nested "temperature" is not the sampling field', payload: body({ metadata: { user_id: 'u' }, tools: [{ name: 't', input_schema: { type: 'object', properties: { temperature: { type: 'number' } } } }] }) },
  ],
  invalid: [
    {
      name: 'temperature at the default value',
      payload: body({ temperature: 1 }),
      errors: [{ messageId: 'removedSamplingParam', pointer: '/temperature', data: { name: 'temperature' }, messageIncludes: 'temperature: Extra inputs are not permitted', fixed: body() }],
    },
    {
      name: 'all three, even null',
      payload: body({ temperature: 0.7, top_p: null, top_k: 40 }),
      errors: [
        { messageId: 'removedSamplingParam', pointer: '/temperature', fixed: body({ top_p: null, top_k: 40 }) },
        { messageId: 'removedSamplingParam', pointer: '/top_p', fixed: body({ temperature: 0.7, top_k: 40 }) },
        { messageId: 'removedSamplingParam', pointer: '/top_k', fixed: body({ temperature: 0.7, top_p: null }) },
      ],
    },
    // Issue 12 §1.6: the reason given must hold for the call (count_tokens never took these fields).
    {
      name: 'count_tokens body: not a count_tokens parameter in any version',
      payload: { model: 'claude-sonnet-5-5', messages: [user('Hi')], top_k: 5 },
      options: { kind: 'count-tokens' },
      errors: [{ messageId: 'notCountTokensParam', pointer: '/top_k', messageIncludes: 'not a count_tokens parameter under any API version' }],
    },
    {
      name: 'a model that takes only default sampling values under 2023-06-01 too: no advice to pin the older version',
      payload: { ...body({ temperature: 0.5, top_p: 0.995, top_k: 5 }), model: 'claude-opus-4-7' },
      errors: [
        { messageId: 'removedSamplingParam', pointer: '/temperature', messageIncludes: 'The older version is no way out: under 2023-06-01 the API rejects temperature 0.5 for claude-opus-4-7 as well' },
        { messageId: 'removedSamplingParam', pointer: '/top_p', messageIncludes: 'pin the anthropic-version header to 2023-06-01 only if' },
        { messageId: 'removedSamplingParam', pointer: '/top_k', messageIncludes: 'the API rejects any top_k for claude-opus-4-7 as well' },
      ],
    },
    {
      name: 'a model that takes non-default values under 2023-06-01, or the default value: pinning the older version is an option',
      payload: { ...body({ temperature: 0.5 }), model: 'claude-sonnet-4-6' },
      errors: [{ messageId: 'removedSamplingParam', pointer: '/temperature', messageIncludes: 'pin the anthropic-version header to 2023-06-01 only if' }],
    },
    {
      name: 'the default value on a model that takes only defaults: the older version would take it',
      payload: { ...body({ temperature: 1 }), model: 'claude-opus-4-7' },
      errors: [{ messageId: 'removedSamplingParam', pointer: '/temperature', messageIncludes: 'pin the anthropic-version header' }],
    },
    {
      name: 'each batch request',
      payload: { requests: [{ custom_id: 'a', params: body() }, { custom_id: 'b', params: body({ top_p: 0.9 }) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'removedSamplingParam', pointer: '/requests/1/params/top_p', fixed: { requests: [{ custom_id: 'a', params: body() }, { custom_id: 'b', params: body() }] } }],
    },
    { name: 'a known key of an open body', payload: markOpen(body({ temperature: 0 })), errors: [{ messageId: 'removedSamplingParam', pointer: '/temperature' }] },
  ],
});
