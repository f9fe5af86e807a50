import rule from '../../rules/no-deprecated-model.js';
import { ruleTable } from '../helpers/rule-table.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown) => ({ model, max_tokens: 1024, messages: [user('Hello')] });

ruleTable(rule, {
  valid: [
    { name: 'an active model', payload: body('claude-sonnet-5-5') },
    { name: 'a legacy (superseded, not deprecated) model', payload: body('claude-opus-4-6') },
    { name: 'claude-sonnet-4-5 before its release', payload: body('claude-sonnet-4-5'), options: { date: '2025-09-01' } },
    { name: 'claude-sonnet-4-5 once retired is no-retired-model\'s', payload: body('claude-sonnet-4-5'), options: { date: '2026-12-01' } },
  ],
  invalid: [
    {
      name: 'claude-sonnet-4-5 on 2026-11-26',
      payload: body('claude-sonnet-4-5'),
      errors: [{ messageId: 'deprecated', pointer: '/model', messageIncludes: 'retired on 2026-11-30 (in 4 days)', suggestions: [body('claude-sonnet-5-5')] }],
    },
    {
      name: 'the dated id too',
      payload: body('claude-opus-4-5-20251101'),
      errors: [{ messageId: 'deprecated', pointer: '/model', messageIncludes: '2027-01-22', suggestions: [body('claude-opus-5-5')] }],
    },
  ],
});
