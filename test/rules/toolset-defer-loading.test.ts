import rule from '../../rules/toolset-defer-loading.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const body = (configs: unknown, type = 'browser_toolset_20260801') => ({
  model: 'claude-opus-5-5',
  max_tokens: 1024,
  tools: [{ type, configs }],
  messages: [{ role: 'user', content: 'Open example.com' }],
});

ruleTable(rule, {
  valid: [
    { name: 'no configs', payload: body(null) },
    { name: 'the same value on every enabled member', payload: body({ navigate: { enabled: true, defer_loading: true }, screenshot: { enabled: true, defer_loading: true } }) },
    { name: 'a disabled member may differ', payload: body({ navigate: { enabled: true, defer_loading: true }, screenshot: { enabled: false, defer_loading: false } }) },
    { name: 'enabled by default is not known: not compared', payload: body({ navigate: { enabled: true, defer_loading: true }, screenshot: { defer_loading: false } }) },
    { name: 'a default defer_loading is not known: not compared', payload: body({ navigate: { enabled: true, defer_loading: true }, screenshot: { enabled: true } }) },
    { name: 'a value not known', payload: body({ navigate: { enabled: true, defer_loading: true }, screenshot: { enabled: true, defer_loading: unknownValue() } }) },
    { name: 'not a toolset', payload: { ...body(null), tools: [{ name: 'f', input_schema: { type: 'object' }, defer_loading: true }, { name: 'g', input_schema: { type: 'object' }, defer_loading: false }] } },
  ],
  invalid: [
    {
      name: 'two enabled browser members that load differently',
      payload: body({ navigate: { enabled: true, defer_loading: true }, screenshot: { enabled: true, defer_loading: false } }),
      errors: [{ messageId: 'mixedDeferLoading', pointer: '/tools/0/configs/screenshot/defer_loading', data: { value: 'false', firstValue: 'true' } }],
    },
    {
      name: 'computer toolset',
      payload: body({ key: { enabled: true, defer_loading: false }, type: { enabled: true, defer_loading: false }, zoom: { enabled: true, defer_loading: true } }, 'computer_toolset_20260801'),
      errors: [{ messageId: 'mixedDeferLoading', pointer: '/tools/0/configs/zoom/defer_loading' }],
    },
  ],
});
