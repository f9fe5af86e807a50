import rule from '../../rules/cache-control-ttl-order.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const text = (t: string, cache_control: unknown) => ({ type: 'text', text: t, cache_control });
const h1 = { type: 'ephemeral', ttl: '1h' };
const m5 = { type: 'ephemeral', ttl: '5m' };
const dflt = { type: 'ephemeral' };
const tool = (cache_control: unknown) => ({ name: 'f', description: 'd', input_schema: { type: 'object' }, cache_control });
const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const withMessage = (extra: Record<string, unknown>, cc: unknown) => body({ ...extra, messages: [{ role: 'user', content: [text('q', cc)] }] });

ruleTable(rule, {
  valid: [
    { name: '1h then 5m', payload: withMessage({ tools: [tool(h1)], system: [text('s', h1)] }, m5) },
    { name: 'all default', payload: withMessage({ system: [text('s', dflt)] }, dflt) },
    { name: 'unknown ttl is not judged', payload: withMessage({ system: [text('s', { type: 'ephemeral', ttl: unknownValue() })] }, h1) },
    { name: 'open cache_control may hold a ttl', payload: withMessage({ system: [text('s', markOpen({ type: 'ephemeral' }))] }, h1) },
    { name: 'top-level 5m lands last, after 1h breakpoints', payload: withMessage({ cache_control: m5, system: [text('s', h1)] }, h1) },
    { name: 'top-level 1h with only 1h explicit breakpoints', payload: withMessage({ cache_control: h1, system: [text('s', h1)] }, h1) },
    { name: 'top-level 1h alone', payload: body({ cache_control: h1 }) },
  ],
  invalid: [
    {
      name: 'top-level 1h: its breakpoint on the last block comes after an explicit 5m one',
      payload: body({ cache_control: h1, system: [text('s', dflt)] }),
      errors: [{ messageId: 'longAfterShort', pointer: '/cache_control/ttl', data: { earlier: 'system[0]' }, suggestions: [body({ cache_control: m5, system: [text('s', dflt)] })] }],
    },
    {
      name: '1h message breakpoint after a default (5m) system breakpoint',
      payload: withMessage({ system: [text('s', dflt)] }, h1),
      errors: [{ messageId: 'longAfterShort', pointer: '/messages/0/content/0/cache_control/ttl', data: { earlier: 'system[0]' }, suggestions: [withMessage({ system: [text('s', dflt)] }, m5)] }],
    },
    {
      name: '1h system after a 5m tool',
      payload: body({ tools: [tool(m5)], system: [text('s', h1)] }),
      errors: [{ messageId: 'longAfterShort', pointer: '/system/0/cache_control/ttl', messageIncludes: "must not come after a `ttl='5m'` cache_control block" }],
    },
  ],
});
