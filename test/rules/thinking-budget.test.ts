import rule from '../../rules/thinking-budget.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (maxTokens: unknown, budget: unknown, extra: Record<string, unknown> = {}) => ({
  model: 'claude-haiku-4-5',
  max_tokens: maxTokens,
  thinking: { type: 'enabled', budget_tokens: budget },
  messages: [user('Hello')],
  ...extra,
});
const tool = { name: 'get_weather', input_schema: { type: 'object' } };

ruleTable(rule, {
  valid: [
    { name: 'budget below max_tokens', payload: body(4096, 2048) },
    { name: 'adaptive thinking has no budget', payload: { model: 'claude-opus-4-6', max_tokens: 1024, thinking: { type: 'adaptive' }, messages: [user('x')] } },
    { name: 'with tools: interleaved thinking may exceed max_tokens', payload: body(2048, 4096, { tools: [tool] }) },
    { name: 'tools unknown', payload: body(2048, 4096, { tools: unknownValue() }) },
    { name: 'an open body may hold tools', payload: markOpen(body(2048, 4096)) },
    { name: 'runtime budget', payload: body(2048, unknownValue()) },
    { name: 'runtime max_tokens', payload: body(unknownValue(), 4096) },
    { name: 'count_tokens has no max_tokens', payload: { model: 'claude-haiku-4-5', thinking: { type: 'enabled', budget_tokens: 4096 }, messages: [user('x')] }, options: { kind: 'count-tokens' } },
  ],
  invalid: [
    {
      name: 'budget equal to max_tokens',
      payload: body(2048, 2048),
      errors: [{ messageId: 'budgetNotBelowMax', pointer: '/thinking/budget_tokens', messageIncludes: '`max_tokens` must be greater than `thinking.budget_tokens`.' }],
    },
    { name: 'budget above max_tokens, empty tools', payload: body(1024, 8000, { tools: [] }), errors: [{ messageId: 'budgetNotBelowMax', pointer: '/thinking/budget_tokens', data: { budget: '8000', max: '1024' } }] },
    {
      name: 'in a batch',
      payload: { requests: [{ custom_id: 'a', params: body(1500, 1500) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'budgetNotBelowMax', pointer: '/requests/0/params/thinking/budget_tokens' }],
    },
  ],
});
