import rule from '../../rules/no-retired-model.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown) => ({ model, max_tokens: 1024, messages: [user('Hello')] });

ruleTable(rule, {
  valid: [
    { name: 'a served model', payload: body('claude-opus-5-5') },
    { name: 'a deprecated model before its retirement', payload: body('claude-sonnet-4-5') },
    { name: 'a retired model on a date it was served', payload: body('claude-3-5-sonnet-20241022'), options: { date: '2025-06-01' } },
    { name: 'runtime model', payload: body(unknownValue()) },
    { name: 'ids that never existed are no-unknown-model\'s', payload: body('claude-3-sonnet') },
    { name: 'not judged on Bedrock', payload: body('claude-3-5-sonnet-20241022'), options: { platform: 'bedrock' } },
  ],
  invalid: [
    { name: 'through a proxy too: a catalogued retired id is forwarded and answered 404', payload: body('claude-3-5-sonnet-20241022'), options: { platform: 'gateway' }, errors: [{ messageId: 'retired', pointer: '/model' }] },
    {
      name: 'retired long ago',
      payload: body('claude-3-5-sonnet-20241022'),
      errors: [{ messageId: 'retired', pointer: '/model', messageIncludes: 'retired on 2025-10-28', data: { id: 'claude-3-5-sonnet-20241022' }, suggestions: [body('claude-sonnet-5-5')] }],
    },
    {
      name: 'claude-sonnet-4-5 after its retirement date',
      payload: body('claude-sonnet-4-5'),
      options: { date: '2026-12-01' },
      errors: [{ messageId: 'retired', pointer: '/model', messageIncludes: 'retired on 2026-11-30', suggestions: [body('claude-sonnet-5-5')] }],
    },
    { name: 'a -latest alias of a retired model', payload: body('claude-3-5-haiku-latest'), errors: [{ messageId: 'retired', pointer: '/model', suggestions: [body('claude-haiku-4-5-20251001')] }] },
  ],
});
