import rule from '../../rules/thread-unsupported-fields.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const thread = { type: 'create' };

ruleTable(rule, {
  valid: [
    { name: 'thread alone', payload: body({ thread }) },
    { name: 'thread null with cache_control', payload: body({ thread: null, cache_control: { type: 'ephemeral' } }) },
    { name: 'unknown thread', payload: body({ thread: unknownValue(), fallbacks: 'default' }) },
    { name: 'block-level cache_control is not the request field', payload: body({ thread, system: [{ type: 'text', text: 's', cache_control: { type: 'ephemeral' } }] }) },
    { name: 'thinking disabled is thinking off', payload: body({ thread, thinking: { type: 'disabled' } }) },
    { name: 'thinking between_tools is not judged (unconfirmed)', payload: body({ thread, thinking: { type: 'between_tools' } }) },
    { name: 'thinking null', payload: body({ thread, thinking: null }) },
    { name: 'unknown thinking', payload: body({ thread, thinking: unknownValue() }) },
    { name: 'unknown thinking type', payload: body({ thread, thinking: { type: unknownValue() } }) },
    { name: 'thinking without thread', payload: body({ thinking: { type: 'adaptive' } }) },
    { name: 'unknown thread with thinking', payload: body({ thread: unknownValue(), thinking: { type: 'adaptive' } }) },
  ],
  invalid: [
    {
      name: 'thread with top-level cache_control and fallbacks',
      payload: body({ thread, cache_control: { type: 'ephemeral' }, fallbacks: 'default' }),
      errors: [
        { messageId: 'unsupportedWithThread', pointer: '/cache_control', data: { field: 'cache_control' }, suggestions: [body({ thread, fallbacks: 'default' })] },
        { messageId: 'unsupportedWithThread', pointer: '/fallbacks' },
      ],
    },
    {
      name: 'thread with adaptive thinking',
      payload: body({ thread, thinking: { type: 'adaptive' } }),
      errors: [{ messageId: 'thinkingWithThread', pointer: '/thinking', data: { type: 'adaptive' }, messageIncludes: 'unsupported: ["thinking"]', suggestions: [] }],
    },
    {
      name: 'thread continue with manual thinking and cache_control',
      payload: body({ thread: { type: 'continue', previous_message_id: 'msg_1' }, cache_control: { type: 'ephemeral' }, thinking: { type: 'enabled', budget_tokens: 2048 } }),
      errors: [
        { messageId: 'unsupportedWithThread', pointer: '/cache_control' },
        { messageId: 'thinkingWithThread', pointer: '/thinking', data: { type: 'enabled' } },
      ],
    },
    {
      name: 'in a batch request',
      payload: { requests: [{ custom_id: 'r1', params: body({ thread, thinking: { type: 'adaptive' } }) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'thinkingWithThread', pointer: '/requests/0/params/thinking' }],
    },
    { name: 'thread continue with context_management', payload: body({ thread: { type: 'continue', previous_message_id: 'msg_1' }, context_management: { edits: [] } }), errors: [{ messageId: 'unsupportedWithThread', pointer: '/context_management' }] },
  ],
});
