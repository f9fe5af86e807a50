import rule from '../../rules/thinking-model-support.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown, thinking: unknown, extra: Record<string, unknown> = {}) => ({ model, max_tokens: 4096, thinking, messages: [user('Hello')], ...extra });
const enabled = { type: 'enabled', budget_tokens: 2048 };

ruleTable(rule, {
  valid: [
    { name: 'adaptive on a 5.5 model', payload: body('claude-opus-5-5', { type: 'adaptive' }) },
    { name: 'enabled on a 4.5 model', payload: body('claude-haiku-4-5', enabled) },
    { name: 'enabled on Opus 4.6 (deprecated: no-deprecated-thinking warns)', payload: body('claude-opus-4-6', enabled) },
    { name: 'disabled on a model that can turn thinking off', payload: body('claude-opus-4-6', { type: 'disabled' }) },
    { name: 'disabled on Opus 4.7: unconfirmed, not judged', payload: body('claude-opus-4-7', { type: 'disabled' }) },
    { name: 'disabled on Haiku 5.5 at effort high', payload: body('claude-haiku-5-5', { type: 'disabled' }, { output_config: { effort: 'high' } }) },
    { name: 'disabled on Haiku 5.5 at the default effort', payload: body('claude-haiku-5-5', { type: 'disabled' }) },
    { name: 'disabled on Haiku 5.5 with a runtime effort', payload: body('claude-haiku-5-5', { type: 'disabled' }, { output_config: { effort: unknownValue() } }) },
    { name: 'between_tools on Sonnet 5.5', payload: body('claude-sonnet-5-5', { type: 'between_tools' }) },
    { name: 'between_tools on Opus 5.5: unconfirmed', payload: body('claude-opus-5-5', { type: 'between_tools' }) },
    { name: 'no thinking', payload: { model: 'claude-opus-5-5', max_tokens: 10, messages: [user('x')] } },
    { name: 'runtime thinking', payload: body('claude-opus-5-5', unknownValue()) },
    { name: 'runtime model', payload: body(unknownValue(), enabled) },
    { name: 'unknown model', payload: body('claude-made-up', { type: 'adaptive' }) },
  ],
  invalid: [
    {
      name: 'enabled on a model without manual thinking',
      payload: body('claude-opus-5-5', { type: 'enabled', budget_tokens: 2048, display: 'omitted' }),
      errors: [{ messageId: 'enabledUnsupported', pointer: '/thinking/type', messageIncludes: 'is not supported for this model. Use \\"thinking.type.adaptive\\"', suggestions: [body('claude-opus-5-5', { type: 'adaptive', display: 'omitted' })] }],
    },
    { name: 'adaptive on a 4.5 model', payload: body('claude-sonnet-4-5', { type: 'adaptive' }), errors: [{ messageId: 'adaptiveUnsupported', pointer: '/thinking/type', messageIncludes: 'adaptive thinking is not supported on this model' }] },
    {
      name: 'disabled on an always-on model',
      payload: body('claude-fable-5-2', { type: 'disabled' }),
      errors: [{ messageId: 'disabledUnsupported', pointer: '/thinking/type', suggestions: [{ model: 'claude-fable-5-2', max_tokens: 4096, messages: [user('Hello')] }] }],
    },
    {
      name: 'disabled on Sonnet 5.5: between_tools is its lowest setting',
      payload: body('claude-sonnet-5-5', { type: 'disabled' }),
      errors: [{ messageId: 'disabledUnsupported', pointer: '/thinking/type', messageIncludes: 'between_tools', suggestions: [body('claude-sonnet-5-5', { type: 'between_tools' }), { model: 'claude-sonnet-5-5', max_tokens: 4096, messages: [user('Hello')] }] }],
    },
    {
      name: 'disabled on Opus 5 at effort max',
      payload: body('claude-opus-5', { type: 'disabled' }, { output_config: { effort: 'max' } }),
      errors: [{ messageId: 'disabledAtEffort', pointer: '/thinking/type', data: { effort: 'max' }, suggestions: [body('claude-opus-5', { type: 'disabled' }, { output_config: { effort: 'high' } })] }],
    },
  ],
});
