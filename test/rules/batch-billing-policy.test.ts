import rule from '../../rules/batch-billing-policy.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const params = (extra: Record<string, unknown> = {}) => ({ model: 'claude-sonnet-5-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const batch = (p: unknown) => ({ requests: [{ custom_id: 'r1', params: p }] });
const asBatch = { kind: 'batch' as const };

ruleTable(rule, {
  valid: [
    { name: 'bill_to self in a batch', payload: batch(params({ billing_policy: { type: 'billing_policy', bill_to: 'self' } })), options: asBatch },
    { name: 'no billing_policy', payload: batch(params()), options: asBatch },
    { name: 'user_profile on POST /v1/messages', payload: params({ billing_policy: { type: 'billing_policy', bill_to: 'user_profile' } }), options: { endpoint: 'beta' } },
    { name: 'bill_to not known', payload: batch(params({ billing_policy: { type: 'billing_policy', bill_to: unknownValue() } })), options: asBatch },
    { name: 'the GA batch endpoint: billing_policy is request-schema\'s unknown field', payload: batch(params({ billing_policy: { type: 'billing_policy', bill_to: 'user_profile' } })), options: { kind: 'batch', endpoint: 'ga' } },
  ],
  invalid: [
    {
      name: 'user_profile in a batch request',
      payload: batch(params({ billing_policy: { type: 'billing_policy', bill_to: 'user_profile' } })),
      options: asBatch,
      errors: [
        {
          messageId: 'userProfileInBatch',
          pointer: '/requests/0/params/billing_policy/bill_to',
          fixed: null,
          suggestions: [batch(params({ billing_policy: { type: 'billing_policy', bill_to: 'self' } })), batch(params())],
        },
      ],
    },
    {
      name: 'on the beta batch endpoint',
      payload: batch(params({ billing_policy: { type: 'billing_policy', bill_to: 'user_profile' } })),
      options: { kind: 'batch', endpoint: 'beta' },
      errors: [{ messageId: 'userProfileInBatch', pointer: '/requests/0/params/billing_policy/bill_to' }],
    },
  ],
});
