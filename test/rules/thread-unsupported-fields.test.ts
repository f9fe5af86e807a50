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
    { name: 'thinking is not judged', payload: body({ thread, thinking: { type: 'disabled' } }) },
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
    { name: 'thread continue with context_management', payload: body({ thread: { type: 'continue', previous_message_id: 'msg_1' }, context_management: { edits: [] } }), errors: [{ messageId: 'unsupportedWithThread', pointer: '/context_management' }] },
  ],
});
