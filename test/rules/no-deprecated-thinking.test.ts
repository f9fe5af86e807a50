import rule from '../../rules/no-deprecated-thinking.js';
import { ruleTable } from '../helpers/rule-table.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown, thinking: unknown) => ({ model, max_tokens: 4096, thinking, messages: [user('Hello')] });
const enabled = { type: 'enabled', budget_tokens: 2048 };

ruleTable(rule, {
  valid: [
    { name: 'adaptive on Opus 4.6', payload: body('claude-opus-4-6', { type: 'adaptive' }) },
    { name: 'enabled on a model where it is the only mode', payload: body('claude-haiku-4-5', enabled) },
    { name: 'enabled where rejected is thinking-model-support\'s', payload: body('claude-opus-5-5', enabled) },
    { name: 'unknown model', payload: body('claude-made-up', enabled) },
  ],
  invalid: [
    { name: 'enabled on Opus 4.6', payload: body('claude-opus-4-6', enabled), errors: [{ messageId: 'deprecatedEnabled', pointer: '/thinking/type', suggestions: [body('claude-opus-4-6', { type: 'adaptive' })] }] },
    {
      name: 'enabled on Sonnet 4.6, keeping display',
      payload: body('claude-sonnet-4-6', { ...enabled, display: 'summarized' }),
      errors: [{ messageId: 'deprecatedEnabled', pointer: '/thinking/type', suggestions: [body('claude-sonnet-4-6', { type: 'adaptive', display: 'summarized' })] }],
    },
  ],
});
