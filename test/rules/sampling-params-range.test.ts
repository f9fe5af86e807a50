import rule from '../../rules/sampling-params-range.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (extra: Record<string, unknown> = {}) => ({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [user('Hello')], ...extra });
const V2023 = { apiVersion: '2023-06-01' } as const;

ruleTable(rule, {
  valid: [
    { name: 'in range', payload: body({ top_p: 0.9, top_k: 40 }), options: V2023 },
    { name: 'the ends of the ranges', payload: body({ top_p: 0, top_k: 0 }), options: V2023 },
    { name: 'top_p 1', payload: body({ top_p: 1 }), options: V2023 },
    { name: 'runtime values', payload: body({ top_p: unknownValue(), top_k: unknownValue() }), options: V2023 },
    { name: 'under 2026-10-21 no-sampling-params reports the fields, whatever the value', payload: body({ top_p: 1.5, top_k: -1 }) },
    { name: 'count_tokens never took them (the schema says so)', payload: { model: 'claude-sonnet-4-5', messages: [user('Hi')], top_p: 2 }, options: { ...V2023, kind: 'count-tokens' } },
    { name: 'a string is the schema rule’s (wrong type)', payload: body({ top_p: '0.5' }), options: V2023 },
  ],
  invalid: [
    { name: 'top_p above 1', payload: body({ top_p: 1.5 }), options: V2023, errors: [{ messageId: 'topPRange', pointer: '/top_p', data: { value: '1.5' } }] },
    { name: 'top_p below 0', payload: body({ top_p: -0.1 }), options: V2023, errors: [{ messageId: 'topPRange', pointer: '/top_p' }] },
    { name: 'top_k not a whole number', payload: body({ top_k: 2.5 }), options: V2023, errors: [{ messageId: 'topKRange', pointer: '/top_k', data: { value: '2.5' } }] },
    { name: 'top_k negative', payload: body({ top_k: -1 }), options: V2023, errors: [{ messageId: 'topKRange', pointer: '/top_k' }] },
    {
      name: 'in a batch request',
      payload: { requests: [{ custom_id: 'a', params: body({ top_p: 3 }) }] },
      options: { ...V2023, kind: 'batch' },
      errors: [{ messageId: 'topPRange', pointer: '/requests/0/params/top_p' }],
    },
  ],
});
