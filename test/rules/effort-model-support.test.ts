import rule from '../../rules/effort-model-support.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown, outputConfig: unknown) => ({ model, max_tokens: 1024, output_config: outputConfig, messages: [user('Hello')] });

ruleTable(rule, {
  valid: [
    { name: 'max on Opus 5.5', payload: body('claude-opus-5-5', { effort: 'max' }) },
    { name: 'max on Opus 4.6', payload: body('claude-opus-4-6', { effort: 'max' }) },
    { name: 'xhigh where unconfirmed', payload: body('claude-sonnet-5-5', { effort: 'xhigh' }) },
    { name: 'high on Opus 4.5', payload: body('claude-opus-4-5', { effort: 'high' }) },
    { name: 'effort null', payload: body('claude-haiku-4-5', { effort: null }) },
    { name: 'format only', payload: body('claude-haiku-4-5', { format: { type: 'json_schema', schema: { type: 'object', additionalProperties: false } } }) },
    { name: 'runtime effort', payload: body('claude-haiku-4-5', { effort: unknownValue() }) },
    { name: 'runtime model', payload: body(unknownValue(), { effort: 'xhigh' }) },
    { name: 'an invalid level is request-schema\'s', payload: body('claude-haiku-4-5', { effort: 'extreme' }) },
  ],
  invalid: [
    {
      name: 'effort on a model without effort',
      payload: body('claude-haiku-4-5', { effort: 'low' }),
      errors: [{ messageId: 'effortUnsupported', pointer: '/output_config/effort', suggestions: [body('claude-haiku-4-5', {})] }],
    },
    {
      name: 'xhigh on Opus 4.6',
      payload: body('claude-opus-4-6', { effort: 'xhigh' }),
      errors: [{ messageId: 'effortLevelUnsupported', pointer: '/output_config/effort', suggestions: [body('claude-opus-4-6', { effort: 'high' }), body('claude-opus-4-6', { effort: 'max' })] }],
    },
    { name: 'max on Opus 4.5', payload: body('claude-opus-4-5-20251101', { effort: 'max' }), errors: [{ messageId: 'effortLevelUnsupported', pointer: '/output_config/effort', suggestions: [body('claude-opus-4-5-20251101', { effort: 'high' })] }] },
  ],
});
