import rule from '../../rules/fast-mode-model-support.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const body = (model: unknown, extra: Record<string, unknown> = {}) => ({ model, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });

ruleTable(rule, {
  valid: [
    { name: 'standard speed on Opus 4.7', payload: body('claude-opus-4-7', { speed: 'standard' }) },
    { name: 'speed null on Opus 4.7', payload: body('claude-opus-4-7', { speed: null }) },
    { name: 'no speed on Opus 4.7', payload: body('claude-opus-4-7') },
    { name: 'fast on Opus 4.8 before its fast mode was removed', payload: body('claude-opus-4-8', { speed: 'fast' }), options: { date: '2026-11-29' } },
    { name: 'fast on Opus 4.7 before its fast mode was removed', payload: body('claude-opus-4-7', { speed: 'fast' }), options: { date: '2026-07-23' } },
    { name: 'standard speed on Opus 4.8 after fast mode was removed', payload: body('claude-opus-4-8', { speed: 'standard' }), options: { date: '2026-12-07' } },
    { name: 'fast on Opus 5 (supported)', payload: body('claude-opus-5', { speed: 'fast' }) },
    { name: 'fast on Opus 4.6 (runs at standard speed, no error)', payload: body('claude-opus-4-6', { speed: 'fast' }) },
    { name: 'fast on a model the docs do not cover is not judged', payload: body('claude-sonnet-5-5', { speed: 'fast' }) },
    { name: 'fast on a model not in the catalogue', payload: body('claude-made-up', { speed: 'fast' }) },
    { name: 'runtime model', payload: body(unknownValue(), { speed: 'fast' }) },
    { name: 'runtime speed', payload: body('claude-opus-4-7', { speed: unknownValue() }) },
    { name: 'open body without a seen speed', payload: markOpen(body('claude-opus-4-7')) },
    { name: 'count_tokens bodies are not judged', payload: { model: 'claude-opus-4-7', messages: [{ role: 'user', content: 'Hi' }], speed: 'fast' }, options: { kind: 'count-tokens' } },
    { name: 'Vertex client: not judged', payload: body('claude-opus-4-7', { speed: 'fast' }), options: { platform: 'vertex' } },
    { name: 'Bedrock client: not judged', payload: body('claude-opus-4-7', { speed: 'fast' }), options: { platform: 'bedrock' } },
  ],
  invalid: [
    {
      name: 'fast on Opus 4.7',
      payload: body('claude-opus-4-7', { speed: 'fast' }),
      errors: [{ messageId: 'fastModeRemoved', pointer: '/speed', data: { model: 'claude-opus-4-7', until: '2026-07-24' }, messageIncludes: 'rejects speed "fast"', suggestions: [body('claude-opus-4-7')] }],
    },
    {
      name: 'fast on Opus 4.8 from the day its fast mode was removed',
      payload: body('claude-opus-4-8', { speed: 'fast' }),
      options: { date: '2026-11-30' },
      errors: [{ messageId: 'fastModeRemoved', pointer: '/speed', data: { model: 'claude-opus-4-8', until: '2026-11-30' }, suggestions: [body('claude-opus-4-8')] }],
    },
    { name: 'fast on Opus 4.7 through the Claude API client', payload: body('claude-opus-4-7', { speed: 'fast' }), options: { platform: 'anthropic' }, errors: [{ messageId: 'fastModeRemoved', pointer: '/speed' }] },
    { name: 'a known speed in an open body', payload: markOpen(body('claude-opus-4-7', { speed: 'fast' })), errors: [{ messageId: 'fastModeRemoved', pointer: '/speed' }] },
    {
      name: 'in a batch',
      payload: { requests: [{ custom_id: 'a', params: body('claude-opus-4-7', { speed: 'fast' }) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'fastModeRemoved', pointer: '/requests/0/params/speed' }],
    },
  ],
});
