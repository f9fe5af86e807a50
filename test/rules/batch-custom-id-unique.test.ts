import rule from '../../rules/batch-custom-id-unique.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const params = { model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Classify: great product' }] };
const req = (custom_id: unknown) => ({ custom_id, params });
const batch = (...requests: unknown[]) => ({ requests });
const asBatch = { kind: 'batch' as const };

ruleTable(rule, {
  valid: [
    { name: 'distinct ids', payload: batch(req('review-1'), req('review-2'), req('review-3')), options: asBatch },
    { name: 'ids differing only in case are distinct', payload: batch(req('a'), req('A')), options: asBatch },
    { name: 'unknown ids are not compared', payload: batch(req(unknownValue()), req(unknownValue()), req('a')), options: asBatch },
    { name: 'unknown requests and an open array', payload: batch(...markOpen([unknownValue(), req('a')])), options: asBatch },
    { name: 'not a batch', payload: { ...params, custom_id: 'x' } },
  ],
  invalid: [
    {
      name: 'a duplicate: reported at the second occurrence, with a rename suggestion',
      payload: batch(req('review-1'), req('review-2'), req('review-1')),
      options: asBatch,
      errors: [
        {
          messageId: 'duplicate',
          pointer: '/requests/2/custom_id',
          data: { id: 'review-1', first: 'requests[0]' },
          fixed: null,
          suggestions: [batch(req('review-1'), req('review-2'), req('review-1-2'))],
        },
      ],
    },
    {
      name: 'three of a kind: two findings, suggestions do not collide',
      payload: batch(req('x'), req('x'), req('x'), req('x-1')),
      options: asBatch,
      errors: [
        { messageId: 'duplicate', pointer: '/requests/1/custom_id', data: { first: 'requests[0]' }, suggestions: [batch(req('x'), req('x-2'), req('x'), req('x-1'))] },
        { messageId: 'duplicate', pointer: '/requests/2/custom_id', data: { first: 'requests[0]' }, suggestions: [batch(req('x'), req('x'), req('x-3'), req('x-1'))] },
      ],
    },
    {
      name: 'a 64-character id: the suggestion stays within 64',
      payload: batch(req('a'.repeat(64)), req('a'.repeat(64))),
      options: asBatch,
      errors: [{ messageId: 'duplicate', pointer: '/requests/1/custom_id', suggestions: [batch(req('a'.repeat(64)), req(`${'a'.repeat(62)}-1`))] }],
    },
    { name: 'duplicates among known ids next to unknown requests', payload: batch(unknownValue(), req('a'), req('a')), options: asBatch, errors: [{ messageId: 'duplicate', pointer: '/requests/2/custom_id' }] },
  ],
});
