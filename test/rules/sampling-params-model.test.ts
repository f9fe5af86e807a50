import rule from '../../rules/sampling-params-model.js';
import { ruleTable, type CaseOptions } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: string, extra: Record<string, unknown> = {}) => ({ model, max_tokens: 4096, messages: [user('Hello')], ...extra });
const v2023: CaseOptions = { apiVersion: '2023-06-01' };
const thinking = { type: 'enabled', budget_tokens: 2048 };

ruleTable(rule, {
  valid: [
    { name: 'defaults-only model at the defaults', payload: body('claude-opus-5-5', { temperature: 1, top_p: 0.99 }), options: v2023 },
    { name: 'defaults-only model, top_p 1', payload: body('claude-sonnet-5-5', { top_p: 1 }), options: v2023 },
    { name: 'not-both model, temperature alone', payload: body('claude-haiku-4-5', { temperature: 0.2 }), options: v2023 },
    { name: 'not-both model, top_p alone', payload: body('claude-sonnet-4-6', { top_p: 0.5 }), options: v2023 },
    { name: 'Opus 4.6 accepts a non-default temperature with thinking off', payload: body('claude-opus-4-6', { temperature: 0.2 }), options: v2023 },
    { name: 'thinking on, temperature 1 and top_p 0.95', payload: body('claude-haiku-4-5', { thinking, temperature: 1 }), options: v2023 },
    { name: 'thinking on, top_p 0.95', payload: body('claude-haiku-4-5', { thinking, top_p: 0.95 }), options: v2023 },
    { name: 'thinking disabled: anything goes on a not-both model', payload: body('claude-haiku-4-5', { thinking: { type: 'disabled' }, temperature: 0 }), options: v2023 },
    { name: 'unknown model: silent', payload: body('claude-unknown-9', { temperature: 0.1, top_k: 3 }), options: v2023 },
    { name: 'retired model: left to no-retired-model', payload: body('claude-3-5-sonnet-20241022', { temperature: 0.1, top_p: 0.5 }), options: v2023 },
    { name: 'model not a literal', payload: body('x', { model: unknownValue(), temperature: 0.1, top_k: 3 }), options: v2023 },
    { name: 'unknown temperature value', payload: body('claude-opus-5-5', { temperature: unknownValue() }), options: v2023 },
    { name: 'unknown thinking: no thinking limits', payload: body('claude-haiku-4-5', { thinking: unknownValue(), temperature: 0.5 }), options: v2023 },
    { name: 'rule is off under 2026-10-21', payload: body('claude-opus-5-5', { temperature: 0.5 }) },
    { name: 'count_tokens bodies are the schema rule\'s', payload: { model: 'claude-opus-5-5', messages: [user('Hi')], temperature: 0.5 }, options: { ...v2023, kind: 'count-tokens' } },
  ],
  invalid: [
    {
      name: 'defaults-only model: non-default temperature, top_p, any top_k',
      payload: body('claude-opus-5-5', { temperature: 0.7, top_p: 0.9, top_k: 40 }),
      options: v2023,
      errors: [
        { messageId: 'onlyDefaultTemperature', pointer: '/temperature', messageIncludes: '`temperature` is deprecated for this model.', suggestions: [body('claude-opus-5-5', { top_p: 0.9, top_k: 40 })] },
        { messageId: 'onlyDefaultTopP', pointer: '/top_p' },
        { messageId: 'noTopK', pointer: '/top_k' },
      ],
    },
    { name: 'top_k at any value', payload: body('claude-opus-4-7', { top_k: 0 }), options: v2023, errors: [{ messageId: 'noTopK', pointer: '/top_k' }] },
    {
      name: 'not-both model with both',
      payload: body('claude-sonnet-4-5', { temperature: 0.5, top_p: 0.9 }),
      options: v2023,
      errors: [{ messageId: 'notBoth', pointer: '/top_p', suggestions: [body('claude-sonnet-4-5', { temperature: 0.5 }), body('claude-sonnet-4-5', { top_p: 0.9 })] }],
    },
    {
      name: 'thinking on: temperature and top_p limits',
      payload: body('claude-haiku-4-5', { thinking, temperature: 0.3 }),
      options: v2023,
      errors: [{ messageId: 'thinkingTemperature', pointer: '/temperature', data: { thinking: 'enabled' } }],
    },
    { name: 'thinking on: top_p below 0.95', payload: body('claude-opus-4-5', { thinking, top_p: 0.9 }), options: v2023, errors: [{ messageId: 'thinkingTopP', pointer: '/top_p' }] },
    { name: 'adaptive thinking counts as on', payload: body('claude-sonnet-4-6', { thinking: { type: 'adaptive' }, temperature: 0.5 }), options: v2023, errors: [{ messageId: 'thinkingTemperature', pointer: '/temperature', data: { thinking: 'adaptive' } }] },
    {
      name: 'one finding per field: the model limit wins over the thinking limit',
      payload: body('claude-opus-4-7', { thinking: { type: 'adaptive' }, temperature: 0.5 }),
      options: v2023,
      errors: [{ messageId: 'onlyDefaultTemperature', pointer: '/temperature' }],
    },
    {
      name: 'in a batch',
      payload: { requests: [{ custom_id: 'a', params: body('claude-haiku-5-5', { top_k: 5 }) }] },
      options: { ...v2023, kind: 'batch' },
      errors: [{ messageId: 'noTopK', pointer: '/requests/0/params/top_k' }],
    },
  ],
});
