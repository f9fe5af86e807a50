import rule from '../../rules/fallbacks-vs-fallback-credit-token.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const body = (extra: Record<string, unknown>) => ({ model: 'claude-opus-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const beta = { endpoint: 'beta' as const };

ruleTable(rule, {
  valid: [
    { name: 'the token alone', payload: body({ fallback_credit_token: 'fct_1' }), options: beta },
    { name: 'fallbacks alone', payload: body({ fallbacks: [{ model: 'claude-sonnet-5-5' }] }), options: beta },
    { name: 'fallbacks null', payload: body({ fallback_credit_token: { token: 'fct_1', mode: 'best_effort' }, fallbacks: null }), options: beta },
    { name: 'fallbacks not known', payload: body({ fallback_credit_token: 'fct_1', fallbacks: unknownValue() }), options: beta },
  ],
  invalid: [
    {
      name: 'both',
      payload: body({ fallback_credit_token: 'fct_1', fallbacks: [{ model: 'claude-sonnet-5-5' }] }),
      options: beta,
      errors: [{ messageId: 'combined', pointer: '/fallbacks', suggestions: [body({ fallback_credit_token: 'fct_1' })] }],
    },
    { name: 'best_effort mode does not soften it; "default" fallbacks count', payload: body({ fallback_credit_token: { token: 'fct_1', mode: 'best_effort' }, fallbacks: 'default' }), options: beta, errors: [{ messageId: 'combined', pointer: '/fallbacks' }] },
  ],
});
