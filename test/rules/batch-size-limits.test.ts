import rule from '../../rules/batch-size-limits.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const params = { model: 'claude-haiku-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] };
const requests = (n: number) => Array.from({ length: n }, (_, i) => ({ custom_id: `r${i}`, params }));
const asBatch = { kind: 'batch' as const };

ruleTable(rule, {
  valid: [
    { name: '100,000 requests', payload: { requests: requests(100_000) }, options: asBatch },
    { name: 'an open array under the limit', payload: { requests: markOpen(requests(10)) }, options: asBatch },
    { name: 'unknown requests', payload: { requests: unknownValue() }, options: asBatch },
  ],
  invalid: [
    { name: '100,001 requests', payload: { requests: requests(100_001) }, options: asBatch, errors: [{ messageId: 'tooManyRequests', pointer: '/requests', data: { count: '100,001' } }] },
    { name: 'an open array already over', payload: { requests: markOpen([...requests(100_001)]) }, options: asBatch, errors: [{ messageId: 'tooManyRequests', pointer: '/requests', data: { count: 'at least 100,001' } }] },
  ],
});
